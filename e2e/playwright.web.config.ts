import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './chromiumPath';

/**
 * Port of the preview server: `GOSCHED_E2E_PORT` lets several work trees on one machine run their e2e
 * tests at once, each against its own build.
 */
const port = Number(process.env['GOSCHED_E2E_PORT'] ?? 4173);

/** e2e tests of the browser build (engine in a Web Worker), served by `vite preview` of `dist-web/`. */
export default defineConfig({
  testDir: './web',
  outputDir: '../test-results/web',
  timeout: 60_000,
  expect: { timeout: 15_000, toHaveScreenshot: { maxDiffPixelRatio: 0.01 } },
  // Golden images live beside the specs, one folder per spec file, without a per-platform suffix: the
  // tests run in Debian's Chromium on Linux only.
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: resolveChromium(), args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
