import { expect, test } from '@playwright/test';
import type { Stage } from '../../src-renderer/stage/Stage';
import type { ViewFeed, ViewUpdate } from '../../src-renderer/state/viewFeed';
import { writeScenarioFile } from '../scenarioFiles';

/** What the page exposes with `?perf` (see StageView.svelte). */
interface SeamWindow {
  __goschedSeam: { Stage: typeof Stage; views: ViewFeed };
  __recorded: ViewUpdate[];
}

/** Workers passing values through an unbuffered channel on 2 Ps: a steady stream of moves for a long while. */
const busy = `package main

import "time"

func main() {
\tch := make(chan int)
\tfor i := 0; i < 6; i++ {
\t\tgo func() {
\t\t\tfor j := 0; j < 400; j++ {
\t\t\t\twork(3 * time.Microsecond)
\t\t\t\tch <- j
\t\t\t}
\t\t}()
\t}
\tfor k := 0; k < 2400; k++ {
\t\t<-ch
\t}
}
`;

/**
 * The stage's rendering seam: `renderAt(t)` draws the picture of virtual time t from the states fed to it,
 * whatever was drawn before. States are recorded from the live session, then replayed into offscreen stages.
 */
test.describe('stage rendering seam (browser build)', () => {
  test('the same virtual time gives the same pixels, whatever the history before it', async ({ page }) => {
    await page.goto('/?perf');
    await expect(page.getByTestId('engine-status')).not.toHaveText('connecting');
    await page
      .getByTestId('open-input')
      .setInputFiles(
        writeScenarioFile('busy.gosched', { title: 'busy', settings: { cores: 2, seed: 1 }, program: busy }),
      );
    await expect(page.getByTestId('stage')).toHaveAttribute('data-ps-drawn', '2');
    // Record every state the session publishes while the program plays.
    await page.evaluate(() => {
      const w = window as unknown as SeamWindow;
      w.__recorded = [];
      w.__goschedSeam.views.subscribe((u) => w.__recorded.push(u));
    });
    await page.getByTestId('speed').selectOption('10');
    // Play (on through any pause) enough states were recorded.
    const recorded = (): Promise<number> =>
      page.evaluate(() => (window as unknown as { __recorded: unknown[] }).__recorded.length);
    const deadline = Date.now() + 30_000;
    while (
      (await recorded()) < 60 &&
      (await page.getByTestId('ended').count()) === 0 &&
      Date.now() < deadline
    ) {
      if ((await page.getByTestId('play').textContent())?.trim() === 'Play')
        await page.getByTestId('play').click();
      await page.waitForTimeout(200);
    }
    expect(await recorded()).toBeGreaterThan(40);
    if ((await page.getByTestId('play').textContent())?.trim() !== 'Play')
      await page.getByTestId('play').click();

    const r = await page.evaluate(async () => {
      const w = window as unknown as SeamWindow;
      const { Stage } = w.__goschedSeam;
      const updates = w.__recorded;
      // A state with moves in it, well into the run: the probe is mid-way through one of its moves.
      const pace = 50; // virtual ns per ms of video
      const moveNs = 320 * pace;
      // (History B starts from a snap of state 3: the probe's moves start well after those of state 3 ended.)
      const i = updates.findIndex(
        (u) => u.view.t > updates[3]!.view.t + 3 * moveNs && u.events.some((e) => e.kind === 'g.move'),
      );
      const moveAt = updates[i]!.events.find((e) => e.kind === 'g.move')!.t;
      const probe = moveAt + moveNs / 2;
      const feed = (stage: Stage, from: number, to: number, every: number): void => {
        for (let k = from; k <= to; k++) {
          const u = updates[k]!;
          stage.setView(u.view, { snap: k === from, events: k === from ? [] : u.events });
          if (every > 0 && k % every === 0) stage.renderAt(u.view.t);
        }
      };
      const hash = (stage: Stage): string => {
        const { pixels } = stage.readPixels();
        let h = 2166136261;
        for (let k = 0; k < pixels.length; k++) h = Math.imul(h ^ pixels[k]!, 16777619);
        return `${pixels.length}:${(h >>> 0).toString(16)}`;
      };
      const last = Math.max(
        i,
        updates.findLastIndex((u) => u.view.t <= probe),
      );
      // History A: a fresh stage, every state drawn as it comes, then frames at 60 per video second.
      const a = await Stage.createOffscreen({ width: 800, height: 500, theme: 'light' });
      a.setPace(pace);
      feed(a, 0, last, 1);
      for (let t = moveAt - moveNs; t < probe; t += pace * (1000 / 60)) a.renderAt(t);
      a.renderAt(probe);
      const hashA = hash(a);
      // History B: the same stage, after a jump elsewhere and other themes; states fed from an earlier
      // snap, drawn only now and then, at 30 per second, then straight to the probe.
      a.setView(updates.at(-1)!.view, { snap: true });
      a.setTheme('dark');
      a.renderAt(updates.at(-1)!.view.t);
      a.setTheme('light');
      feed(a, 3, last, 7);
      for (let t = moveAt - moveNs; t < probe; t += pace * (1000 / 30)) a.renderAt(t);
      a.renderAt(probe);
      const hashB = hash(a);
      // History C: a second stage on the same page, rendering the probe only.
      const c = await Stage.createOffscreen({ width: 800, height: 500, theme: 'light' });
      c.setPace(pace);
      feed(c, 0, last, 0);
      c.renderAt(probe);
      const hashC = hash(c);
      // The probe is mid-motion: once the moves are over the picture is a different one.
      c.renderAt(probe + 2 * moveNs);
      const settled = hash(c);
      a.destroy();
      c.destroy();
      return { hashA, hashB, hashC, settled };
    });
    expect(r.hashA).toBe(r.hashB);
    expect(r.hashA).toBe(r.hashC);
    expect(r.settled).not.toBe(r.hashA);
  });
});
