import { expect, test, type Page } from '@playwright/test';
import { HUNDRED_THOUSAND, writeScenarioFile, type TestScenario } from '../scenarioFiles';
import { countGlPerFrame, glSummary, resetGlCounts } from '../glCounts';
import { describeTask, longestTasks, traceMainThread } from '../mainThreadTasks';

/** Animation frames the live stage has rendered since the page loaded. */
function stageRenders(page: Page): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { __goschedStage: { renders(): number } }).__goschedStage.renders(),
  );
}

/** Writes a scenario file and opens it through the app's file input. */
async function openScenario(page: Page, name: string, scenario: TestScenario): Promise<void> {
  await page.getByTestId('open-input').setInputFiles(writeScenarioFile(name, scenario));
}

const bufferedAndGC = `package main

import (
\t"fmt"
\t"runtime"
)

func main() {
\tch := make(chan int, 3)
\tch <- 1
\tch <- 2
\truntime.GC()
\tfmt.Println(<-ch, len(ch))
}
`;

test.describe('stage detail (browser build)', () => {
  test('a channel shows its buffer fill, and runtime.GC shows the stop-the-world overlay', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await expect(page.getByTestId('engine-status')).toHaveText(/M:P:N/);
    await openScenario(page, 'gc.gosched', {
      title: 'buffer and GC',
      settings: { cores: 2, seed: 1 },
      program: bufferedAndGC,
      beats: [
        { at: { fn: 'runtime.stopTheWorldWithSema', nth: 1 }, caption: 'GC stops the world', pause: true },
      ],
    });
    const stage = page.getByTestId('stage');
    await expect(page.getByTestId('speed')).toBeVisible();
    await page.getByTestId('speed').selectOption('100');
    await page.getByTestId('play').click();
    await expect(page.getByTestId('beat')).toContainText('GC stops the world', { timeout: 30_000 });
    await expect(stage).toHaveAttribute('data-stw', 'stopping');
    await expect(page.getByTestId('stage-showing')).toContainText('stopping the world');
    // The channel's box is on the stage (zones: ch1) while the world stops.
    await expect.poll(async () => Number(await stage.getAttribute('data-zones'))).toBeGreaterThan(0);
    const shot = testInfo.outputPath('stw-and-buffer.png');
    await page.screenshot({ path: shot });
    await testInfo.attach('stw-and-buffer', { path: shot, contentType: 'image/png' });
    await page.getByTestId('play').click();
    await expect(page.getByTestId('ended')).toBeVisible({ timeout: 30_000 });
    await expect(stage).toHaveAttribute('data-stw', '');
  });

  test('a window shrunk to 400×300 still shows every P and says what it shows', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize({ width: 400, height: 300 });
    await page.goto('/');
    await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
    await page.getByTestId('lessons').selectOption('05-multicore/01-work-stealing.gosched');
    const stage = page.getByTestId('stage');
    await expect(stage).toHaveAttribute('data-ps-drawn', '4');
    await page.getByTestId('speed').selectOption('100');
    await page.getByTestId('play').click();
    await expect(page.getByTestId('beat')).toBeVisible({ timeout: 30_000 });
    await expect.poll(async () => Number(await stage.getAttribute('data-tokens'))).toBeGreaterThan(0);
    await expect(page.getByTestId('stage-showing')).toHaveText(/goroutine/);
    expect(errors).toEqual([]);
  });

  // The frame-time target at 100 000 goroutines (issue 10 item 6: no main-thread task over 50 ms) lives in the
  // bench (stage.longestTaskMs_100k), as speed targets do; this test checks what a person sees and records
  // the frame figures of its run and its longest main-thread tasks from a Chromium trace.
  // Both live renderers, forced by ?renderer=: Canvas 2D (the choice without a GPU) and WebGL (with one).
  // Canvas 2D runs where the app runs its stage, in a worker; WebGL in the page (`?stage=main`), where this test
  // can count what each frame asks of WebGL (the page's hooks do not reach into a worker), with the same
  // drawing code.
  for (const renderer of ['canvas', 'webgl'] as const)
    test(`100 000 goroutines, ${renderer}: the stage says how many it shows, ends in Go's deadlock and then rests`, async ({
      page,
      browser,
    }) => {
      // Tracing slows the page down; the run itself takes tens of seconds on a shared machine.
      test.setTimeout(300_000);
      await countGlPerFrame(page);
      await page.goto(`/?perf&renderer=${renderer}${renderer === 'webgl' ? '&stage=main' : ''}`);
      await expect(page.getByTestId('engine-status')).toHaveText(/M:P:N/);
      await expect(page.getByTestId('stage')).toHaveAttribute('data-renderer', renderer);
      await openScenario(page, 'big.gosched', HUNDRED_THOUSAND);
      await page.getByTestId('speed').selectOption('100');
      await page.evaluate(() =>
        (window as unknown as { __goschedPerf: { reset(): void } }).__goschedPerf.reset(),
      );
      const showing = page.getByTestId('stage-showing');
      await resetGlCounts(page);
      const tasks = await traceMainThread(browser, page, async () => {
        await page.getByTestId('play').click();
        await expect
          .poll(async () => Number(await showing.getAttribute('data-goroutines')), { timeout: 150_000 })
          .toBeGreaterThan(50_000);
      });
      const longest = longestTasks(tasks);
      test.info().annotations.push(
        { type: 'longest main-thread task, ms', description: String(longest.all) },
        {
          type: 'longest main-thread task without the software GPU read-back, ms',
          description: String(longest.withoutReadback),
        },
        { type: 'longest main-thread task, CPU ms', description: String(longest.cpu) },
        { type: 'longest tasks', description: tasks.slice(0, 3).map(describeTask).join(' | ') },
      );
      // A generous bound only (the target, 50 ms of wall time, is the bench's): CPU time, which a loaded machine
      // inflates far less than wall time. Before the stage reused its geometry and glyphs, frames took 150–200 ms
      // of CPU; on Canvas 2D, with native curves, canvas labels and layout in a task of its own, 10–30 ms.
      expect(longest.cpu).toBeLessThan(renderer === 'canvas' ? 60 : 150);
      // What each frame asks of the GPU, counted on the CPU side: with at most a few thousand tokens drawn it
      // stays small. (Thousands of overlapping highlight rings once made 3.5 M indices and 128 MB of uploads in one
      // frame, seconds of software rasterising.)
      const gl = await glSummary(page);
      test
        .info()
        .annotations.push({ type: 'WebGL work per frame (max, mean)', description: JSON.stringify(gl) });
      if (renderer === 'canvas') {
        // Canvas 2D: nothing of the stage goes through WebGL (no SwiftShader frame to wait for and read back).
        expect(gl.frames).toBe(0);
      } else {
        expect(gl.frames).toBeGreaterThan(0);
        expect(gl.max.indices).toBeLessThan(1_000_000);
        expect(gl.max.bytes).toBeLessThan(32 * 1024 * 1024);
        // Every glyph the stage's labels use is in the atlas before the run: a label showing a new character
        // mid-run re-uploaded a whole atlas page (up to 12 uploads, 13 MB, in one frame).
        expect(gl.max.textureUploads).toBeLessThanOrEqual(1);
      }
      await expect(showing).toHaveText(/^showing [\d\u202f]+ of [\d\u202f]+ goroutines/);
      const shown = Number(await showing.getAttribute('data-shown'));
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(5_000);
      // The deadlock at the end is Go's: every goroutine waits on ch.
      await expect(page.getByTestId('ended')).toContainText('deadlock', { timeout: 120_000 });
      const frameMs = (p: number): Promise<number> =>
        page.evaluate(
          (q) =>
            (
              window as unknown as { __goschedPerf: { percentile(p: number): number } }
            ).__goschedPerf.percentile(q),
          p,
        );
      test
        .info()
        .annotations.push(
          { type: 'worst stage frame, ms', description: String(await frameMs(100)) },
          { type: '95th percentile stage frame, ms', description: String(await frameMs(95)) },
        );
      // Ended, nothing changes: the live player renders no frame at all.
      const renders = (): Promise<number> => stageRenders(page);
      await page.waitForTimeout(1500);
      const before = await renders();
      await page.waitForTimeout(3000);
      expect(await renders()).toBe(before);
    });

  test('after a jump to a state with more tokens than one frame makes, the stage rests', async ({ page }) => {
    await page.goto('/?perf');
    await expect(page.getByTestId('engine-status')).toHaveText(/M:P:N/);
    await openScenario(page, 'crowd.gosched', {
      title: 'nine hundred queued',
      settings: { cores: 4, seed: 1 },
      program: `package main

import (
\t"sync"
\t"time"
)

func main() {
\tvar wg sync.WaitGroup
\tfor i := 0; i < 1000; i++ {
\t\twg.Add(1)
\t\tgo func() {
\t\t\tdefer wg.Done()
\t\t\twork(time.Millisecond)
\t\t}()
\t}
\twg.Wait()
}
`,
      beats: [{ at: { fn: 'runtime.newproc', nth: 900 }, caption: 'nine hundred made', pause: true }],
    });
    await expect(page.getByText('nine hundred queued').first()).toBeVisible();
    await page.getByTestId('speed').selectOption('100');
    await page.getByTestId('play').click();
    await expect(page.getByTestId('beat')).toContainText('nine hundred made', { timeout: 60_000 });
    // Back to the start (a few tokens), then a jump to the beat: hundreds of queued goroutines to make tokens
    // for at once, which the live stage spreads over several frames; once all are made it must stop drawing.
    const scrub = page.getByTestId('scrub');
    const there = await scrub.inputValue();
    const seek = (value: string) =>
      scrub.evaluate((el: HTMLInputElement, v) => {
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);
    const stage = page.getByTestId('stage');
    const tokens = async () => Number(await stage.getAttribute('data-tokens'));
    await seek('0');
    await expect.poll(tokens).toBeLessThan(10);
    await seek(there);
    // More than NEW_TOKENS_PER_FRAME (150): made over several frames.
    await expect.poll(tokens).toBeGreaterThan(200);
    const renders = (): Promise<number> => stageRenders(page);
    await page.waitForTimeout(1500);
    const settled = await renders();
    await page.waitForTimeout(2000);
    expect(await renders()).toBe(settled);
  });

  test('paused, the stage renders nothing until something changes', async ({ page }) => {
    await page.goto('/?perf');
    await expect(page.getByTestId('engine-status')).toHaveText(/M:P:N/);
    await page.getByTestId('lessons').selectOption('05-multicore/01-work-stealing.gosched');
    const stage = page.getByTestId('stage');
    await expect(stage).toHaveAttribute('data-ps-drawn', '4');
    // The e2e's Chromium has no GPU (--disable-gpu: WebGL is SwiftShader), so the live stage chose Canvas 2D.
    await expect(stage).toHaveAttribute('data-renderer', 'canvas');
    const renders = (): Promise<number> => stageRenders(page);
    await page.waitForTimeout(1000);
    const before = await renders();
    await page.waitForTimeout(3000);
    expect(await renders()).toBe(before);
    // A step changes the picture: it is rendered (and its motion played out), then the stage rests again.
    await page.getByTestId('step').click();
    await expect.poll(renders).toBeGreaterThan(before);
    await page.waitForTimeout(1500);
    const after = await renders();
    await page.waitForTimeout(2000);
    expect(await renders()).toBe(after);
  });
});
