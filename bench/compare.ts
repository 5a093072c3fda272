/**
 * The comparison view's JS time per frame with 4 panes of 1 000 goroutines (target p95 ≤ 8 ms): the time the
 * page spends handling one frame from the comparison worker and drawing every pane's new view (layout and
 * scene building; software rasterising by SwiftShader is left out, as in the stage suite).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../e2e/chromiumPath';
import { writeScenarioFile } from '../e2e/scenarioFiles';
import { blockingIO } from '../src-engine/sim/models/workloads';

const root = resolve(import.meta.dirname, '..');

function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
}

export async function benchCompare(): Promise<Record<string, number>> {
  if (!existsSync(join(root, 'dist-web', 'index.html')))
    throw new Error('build the browser build first: npm run build');
  const port = Number(process.env['GOSCHED_BENCH_PORT'] ?? 4181);
  const server = await preview({
    root: join(root, 'src-renderer'),
    configFile: join(root, 'vite.web.config.ts'),
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?perf`);
    await page.getByTestId('engine-status').filter({ hasText: 'M:P:N' }).waitFor();
    // 1 000 goroutines, all alive at once (each blocked in I/O, then a little work), on 8 cores.
    const file = writeScenarioFile('thousand.gosched', {
      title: 'thousand',
      settings: { cores: 8, seed: 1 },
      program: blockingIO(1000, 20, 200),
    });
    await page.getByTestId('open-input').setInputFiles(file);
    await page.getByText('thousand').first().waitFor();
    await page.getByTestId('compare-open').click();
    await page.locator('[data-testid^="compare-pane-"]').nth(3).waitFor();
    await page.getByTestId('compare-speed').selectOption('1000');
    await page.getByTestId('compare-play').click();
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      (
        window as unknown as { __goschedComparePerf: { frameMs: number[] } }
      ).__goschedComparePerf.frameMs.length = 0;
    });
    await page.waitForTimeout(8000);
    const ms = await page.evaluate(() => [
      ...(window as unknown as { __goschedComparePerf: { frameMs: number[] } }).__goschedComparePerf.frameMs,
    ]);
    const r = (x: number) => Math.round(x * 100) / 100;
    return {
      'compare.frameMsP50_4x1000': r(percentile(ms, 50)),
      'compare.frameMsP95_4x1000': r(percentile(ms, 95)),
      'compare.frameMsMax_4x1000': r(percentile(ms, 100)),
      'compare.framesMeasured_4x1000': ms.length,
    };
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}
