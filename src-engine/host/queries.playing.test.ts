import { describe, expect, it } from 'vitest';
import type { SchedulerRun } from '../sim/SchedulerRun';
import { MAX_INDEX_PER_SLICE, PLAYING_SLICE_MS, InsightService, SLICE_MS } from './queries';
import { createRun } from './services';
import { ManualClock } from './testing';

/** A clock whose every reading is 1 ms later than the one before (indexing "costs" 1 ms per look). */
class SlowClock extends ManualClock {
  private readings = 0;
  override now(): number {
    return this.readings++;
  }
}

/** A finished run of a few tens of thousands of events (six thousand goroutines on four cores). */
function bigRun(): SchedulerRun {
  const made = createRun({
    title: 'big',
    program: `package main

import "sync"

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 6000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(1000)
		}()
	}
	wg.Wait()
}
`,
    settings: { cores: 4, seed: 1 },
  });
  if ('diagnostics' in made) throw new Error(made.diagnostics.map((d) => d.message).join('\n'));
  made.runUntil(Number.MAX_SAFE_INTEGER, 1_000_000);
  return made;
}

describe('InsightService: the event index yields to playback (queries.ts, PLAYING_SLICE_MS)', () => {
  it('indexes a short slice per turn while the run plays, a full one paused', () => {
    const run = bigRun();
    expect(run.eventCount).toBeGreaterThan(2 * MAX_INDEX_PER_SLICE);
    for (const playing of [true, false]) {
      const counted: number[] = [];
      const insight = new InsightService(
        new SlowClock(),
        (n) => counted.push(n),
        () => playing,
      );
      insight.reset(run);
      counted.length = 0;
      insight.grew(run.eventCount);
      const first = counted[0]!;
      if (playing) expect(first).toBeLessThanOrEqual((PLAYING_SLICE_MS + 2) * 512);
      else expect(first).toBe(MAX_INDEX_PER_SLICE);
      expect(first).toBeGreaterThan(0);
      expect(SLICE_MS).toBeGreaterThan(PLAYING_SLICE_MS);
    }
  });

  it('a query indexes a full slice first, playing or not', () => {
    const run = bigRun();
    const counted: number[] = [];
    const insight = new InsightService(
      new SlowClock(),
      (n) => counted.push(n),
      () => true,
    );
    insight.reset(run);
    insight.grew(run.eventCount);
    counted.length = 0;
    insight.answer({ kind: 'metrics' } as never, run.eventCount - 1, run.now);
    expect(counted[0]).toBe(MAX_INDEX_PER_SLICE);
  });
});
