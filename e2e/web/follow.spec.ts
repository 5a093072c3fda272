import { expect, test, type Page } from '@playwright/test';
import type { WorldView } from '../../src-engine/sim/WorldView';
import { writeScenarioFile } from '../scenarioFiles';

interface StageHook {
  screenPositionOf(id: number): { x: number; y: number } | undefined;
  view(): WorldView | undefined;
}

/** The drawn view, from the stage's test hook (`?perf`). */
async function stageView(page: Page): Promise<WorldView> {
  const v = await page.evaluate(() =>
    (window as unknown as { __goschedStage: StageHook }).__goschedStage.view(),
  );
  if (v === undefined) throw new Error('the stage has no view');
  return v;
}

/** Clicks goroutine `id`'s token where the stage draws it, as a person would. */
async function clickGoroutine(page: Page, id: number): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        (g) => (window as unknown as { __goschedStage: StageHook }).__goschedStage.screenPositionOf(g),
        id,
      ),
    )
    .toBeDefined();
  // Let the token finish its motion, so the click lands on it.
  await page.waitForTimeout(500);
  const at = await page.evaluate(
    (g) => (window as unknown as { __goschedStage: StageHook }).__goschedStage.screenPositionOf(g),
    id,
  );
  const box = await page.getByTestId('stage').boundingBox();
  if (!at || !box) throw new Error(`G${id} is not drawn`);
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await expect(page.getByTestId('stage')).toHaveAttribute('data-selected', String(id));
}

/** Steps one event at a time (up to `max`), collecting where the selected goroutine is after each. */
async function followSteps(page: Page, max: number, done: (locs: string[]) => boolean): Promise<string[]> {
  const locs: string[] = [];
  const panel = page.getByTestId('selected-goroutine');
  for (let i = 0; i < max && !done(locs); i++) {
    const before = await page.getByText(/^\d+ events$/).textContent();
    await page.getByTestId('step').click();
    await expect(page.getByText(/^\d+ events$/)).not.toHaveText(before ?? '');
    const text = (await panel.textContent()) ?? '';
    const loc = /at (\S+)/.exec(text)?.[1];
    if (loc && locs.at(-1) !== loc) locs.push(loc);
  }
  return locs;
}

const handOff = `// A blocking system call on 4 cores while the other Ps are busy.
package main

import (
\t"fmt"
\t"sync"
\t"time"
)

func main() {
\tvar wg sync.WaitGroup
\tfor i := 0; i < 5; i++ {
\t\twg.Add(1)
\t\tgo func() {
\t\t\twork(3 * time.Millisecond)
\t\t\twg.Done()
\t\t}()
\t}
\twg.Add(1)
\tgo func() {
\t\tblockingSyscall(2 * time.Millisecond)
\t\twg.Done()
\t}()
\twork(4 * time.Millisecond)
\twg.Wait()
\tfmt.Println("done")
}
`;

test.describe('following one goroutine on 4 cores (browser build)', () => {
  test('a stolen goroutine is followed from P0 to the thief', async ({ page }, testInfo) => {
    await page.goto('/?perf');
    await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
    await page.getByTestId('lessons').selectOption('05-multicore/01-work-stealing.gosched');
    await expect(page.getByTestId('stage')).toHaveAttribute('data-ps-drawn', '4');
    await page.getByTestId('speed').selectOption('100');
    // Beat 2 pauses at the first runqsteal; P0 still holds the oldest workers, which the next thief takes.
    for (let beat = 1; beat <= 2; beat++) {
      await page.getByTestId('play').click();
      await expect(page.getByTestId('beat')).toContainText(`${beat} /`, { timeout: 30_000 });
      await expect(page.getByTestId('play')).toHaveText('Play');
    }
    const head = (await stageView(page)).ps[0]?.runq[0];
    expect(head, "P0's run queue has a head").toBeDefined();
    await clickGoroutine(page, head!);
    await expect(page.getByTestId('selected-goroutine')).toContainText(`G${head} `);
    await expect(page.getByTestId('selected-goroutine')).toContainText('at runq(P0)');
    const locs = await followSteps(page, 400, (l) => l.some((x) => /\(P[123]\)$/.test(x)));
    expect(
      locs.some((x) => /^(runq|runnext|running)\(P[123]\)$/.test(x)),
      locs.join(' → '),
    ).toBe(true);
    await page.waitForTimeout(600);
    const shot = testInfo.outputPath('follow-steal.png');
    await page.screenshot({ path: shot });
    await testInfo.attach('follow-steal', { path: shot, contentType: 'image/png' });
  });

  test('a goroutine is followed into a system call and back, while its P is handed off', async ({
    page,
  }, testInfo) => {
    await page.goto('/?perf');
    await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
    const file = writeScenarioFile('handoff.gosched', {
      title: 'hand-off on 4 cores',
      settings: { cores: 4, seed: 1 },
      program: handOff,
      beats: [{ at: { fn: 'runtime.entersyscall', nth: 1 }, caption: 'into the kernel', pause: true }],
    });
    await page.getByTestId('open-input').setInputFiles(file);
    await expect(page.getByTestId('stage')).toHaveAttribute('data-ps-drawn', '4');
    await page.getByTestId('speed').selectOption('100');
    await page.getByTestId('play').click();
    await expect(page.getByTestId('beat')).toContainText('into the kernel', { timeout: 30_000 });
    const inSyscall = (await stageView(page)).gs.find((g) => g.loc.startsWith('syscall('));
    expect(inSyscall, 'a goroutine is in a system call').toBeDefined();
    await clickGoroutine(page, inSyscall!.id);
    await page.getByTestId('speed').selectOption('10');
    // Play on until it is back on a P; the P it left was handed off meanwhile (sysmon's retake).
    const panel = page.getByTestId('selected-goroutine');
    await page.getByTestId('play').click();
    await expect(panel).toContainText(/at (running|runnext|runq)\(P\d\)|at dead/, { timeout: 60_000 });
    await page.getByTestId('play').click();
    await expect(page.getByTestId('stage')).toHaveAttribute('data-selected', String(inSyscall!.id));
    const shot = testInfo.outputPath('follow-syscall.png');
    await page.screenshot({ path: shot });
    await testInfo.attach('follow-syscall', { path: shot, contentType: 'image/png' });
  });
});
