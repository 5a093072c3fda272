import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const OUT = join(import.meta.dirname, '../../test-results/export');

test.describe.configure({ timeout: 240_000 });

/** Opens a lesson and the export dialog, watching the page's long tasks from then on. */
async function openDialog(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
  await page.getByTestId('lessons').selectOption('06-failures/01-deadlock.gosched');
  await expect(page.getByTestId('doc-title')).toHaveText(/[Dd]eadlock/);
  await page.getByTestId('export-video').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

const longestTaskMs = (page: Page) =>
  page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));

test('File → Export Video: formats from the encoder, progress, a downloaded MP4 and WebVTT', async ({
  page,
}) => {
  mkdirSync(OUT, { recursive: true });
  await openDialog(page);
  const format = page.getByTestId('export-format');
  await expect(format.locator('option', { hasText: 'MP4 (H.264)' })).toBeEnabled();
  await expect(format.locator('option', { hasText: 'WebM (VP9)' })).toBeEnabled();
  await expect(format.locator('option', { hasText: 'MP4 (AV1)' })).toHaveCount(1);
  await page.getByTestId('export-resolution').selectOption({ label: '720p (1280×720)' });
  await page.getByTestId('export-fit').check();
  await page.getByTestId('export-seconds').fill('20');
  await page.getByTestId('export-seconds').press('Tab');
  const downloads: string[] = [];
  page.on('download', (d) => {
    downloads.push(d.suggestedFilename());
    void d.saveAs(join(OUT, `dialog-${d.suggestedFilename()}`));
  });
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-frames')).toHaveText(/\d+ \/ 600 frames/, { timeout: 60_000 });
  await expect(page.getByTestId('export-message')).toHaveText(
    /Exported .*deadlock.*\.mp4: 600 frames at 30 fps/i,
    {
      timeout: 200_000,
    },
  );
  await expect.poll(() => downloads.map((n) => n.replace(/^.*\./, '')).sort()).toEqual(['mp4', 'vtt']);
});

// The export runs in a worker (its own offscreen stage in an OffscreenCanvas, the compositor and the encoder):
// the UI thread only relays bytes and progress, so no task of its own comes near what drawing and encoding a
// frame there would cost.
test('the UI stays responsive while exporting: no export frame is drawn on the UI thread', async ({
  page,
}) => {
  await openDialog(page);
  await page.getByTestId('export-resolution').selectOption({ label: '1080p (1920×1080)' });
  await page.getByTestId('export-fit').check();
  await page.getByTestId('export-seconds').fill('20');
  await page.getByTestId('export-seconds').press('Tab');
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-message')).toHaveText(/Exported/, { timeout: 200_000 });
  const longest = await longestTaskMs(page);
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: number[] }).__longTasks.length,
  );
  console.log(
    `longest main-thread task while exporting: ${longest.toFixed(0)} ms (${tasks} tasks over 50 ms)`,
  );
  test.info().annotations.push({ type: 'longestTaskMs', description: longest.toFixed(0) });
  // The 100 ms target is a speed target, measured by `npm run bench -- export`
  // (export.uiLongestTaskMs_1080p30, and its CPU time export.uiLongestTaskCpuMs_1080p30, a few ms): on this
  // shared 2-core machine a task's wall time depends on the load (a 3-ms task was seen lasting 300 ms). What
  // this test must catch is export work done on the UI thread, which would hold it for much longer.
  expect(longest).toBeLessThan(400);
});

test('Cancel stops within a second and nothing is downloaded', async ({ page }) => {
  await openDialog(page);
  await page.getByTestId('export-fit').check();
  await page.getByTestId('export-seconds').fill('120');
  await page.getByTestId('export-seconds').press('Tab');
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-frames')).toHaveText(/[1-9]\d* \/ 3600 frames/, { timeout: 60_000 });
  const t0 = Date.now();
  await page.getByTestId('export-cancel').click();
  await expect(page.getByTestId('export-message')).toHaveText(/cancelled/);
  const stopMs = Date.now() - t0;
  await expect(page.getByTestId('export-message')).toHaveText(/cancelled; the partial file was removed/);
  console.log(`cancel took ${stopMs} ms`);
  expect(stopMs).toBeLessThan(1000);
  await page.waitForTimeout(500);
  expect(downloaded).toBe(false);
});

test('Save frame as PNG downloads a still of the current moment at the chosen resolution', async ({
  page,
}) => {
  await openDialog(page);
  await page.getByTestId('export-resolution').selectOption({ label: '1440p (2560×1440)' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('save-frame').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/deadlock.*\.png$/i);
  const path = join(OUT, 'dialog-still.png');
  await download.saveAs(path);
  const size = await page.evaluate(
    async (b64) => {
      const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))]));
      return [bmp.width, bmp.height];
    },
    (await import('node:fs')).readFileSync(path).toString('base64'),
  );
  expect(size).toEqual([2560, 1440]);
});

test('a lesson with 10 000 goroutines exports from the app without losing the page', async ({ page }) => {
  test.setTimeout(600_000);
  let crashed = false;
  page.on('crash', () => (crashed = true));
  await page.goto('/');
  await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
  await page.getByTestId('lessons').selectOption('05-multicore/04-goroutines-vs-threads.gosched');
  await page.getByTestId('export-video').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await page.getByTestId('export-resolution').selectOption({ label: '720p (1280×720)' });
  await page.getByTestId('export-fps').selectOption('24');
  await page.getByTestId('export-fit').check();
  // Title card, beat holds and the end hold take 19 s: one more second of motion (holds are drawn once).
  await page.getByTestId('export-seconds').fill('20');
  await page.getByTestId('export-seconds').press('Tab');
  const downloads: string[] = [];
  page.on('download', (d) => {
    downloads.push(d.suggestedFilename());
    void d.saveAs(join(OUT, `dialog-10k-${d.suggestedFilename()}`));
  });
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-message')).toHaveText(/Exported .*: 480 frames at 24 fps/, {
    timeout: 560_000,
  });
  expect(crashed).toBe(false);
  await expect.poll(() => downloads.some((n) => n.endsWith('.mp4'))).toBe(true);
  // The app is still there and answers.
  await expect(page.getByTestId('doc-title')).toBeVisible();
});

test('the comparison view exports its panes as one video from its own button', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
  await page.getByTestId('lessons').selectOption('06-failures/01-deadlock.gosched');
  await page.getByTestId('compare-open').click();
  await page.getByTestId('compare-restart').click();
  await expect(page.locator('[data-testid^="compare-pane-"]')).toHaveCount(4);
  await page.getByTestId('compare-export-video').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await expect(page.locator('#export-title')).toHaveText(/comparison of 4 models/);
  await page.getByTestId('export-resolution').selectOption({ label: '720p (1280×720)' });
  await page.getByTestId('export-fit').check();
  // 3 s title card and 2 s end hold: one second of the four runs side by side.
  await page.getByTestId('export-seconds').fill('6');
  await page.getByTestId('export-seconds').press('Tab');
  const downloads: string[] = [];
  page.on('download', (d) => {
    downloads.push(d.suggestedFilename());
    void d.saveAs(join(OUT, `dialog-compare-${d.suggestedFilename()}`));
  });
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-message')).toHaveText(/Exported .*: 180 frames at 30 fps/, {
    timeout: 200_000,
  });
  await expect.poll(() => downloads.some((n) => n.endsWith('.mp4'))).toBe(true);
  // The toolbar's Export Video is the scenario's own run again.
  await page.getByTestId('export-close').click();
  await page.getByTestId('compare-close').click();
  await page.getByTestId('export-video').click();
  await expect(page.locator('#export-title')).toHaveText('Export video');
});
