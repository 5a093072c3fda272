import { defineConfig } from '@playwright/test';

/** e2e tests of the desktop shell with Playwright's `_electron`; run by e2e/electron/run.mjs. */
export default defineConfig({
  testDir: './electron',
  testMatch: '*.electron.spec.ts',
  outputDir: '../test-results/electron',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
});
