import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BeatInput } from '../protocol';
import type { SchedEvent } from '../sim/events';
import type { SchedulerRun } from '../sim/SchedulerRun';
import { BEAT_CHECKPOINT_EVENTS, BeatCursor } from './BeatCursor';

const FNS = ['runtime.newproc', 'runtime.execute', 'runtime.gopark', 'runtime.goready'];

/** A run over a fixed log whose position can be set (only what the cursor reads). */
function fakeRun(n: number): SchedulerRun & { at: number } {
  const events: SchedEvent[] = Array.from({ length: n }, (_, seq) => ({
    seq,
    t: seq * 10,
    kind: 'g.move',
    fn: FNS[(seq * 7) % FNS.length]!,
    reason: '',
    g: 1 + (seq % 5),
  }));
  const run = {
    at: n,
    get eventCount() {
      return run.at;
    },
    event: (seq: number) => events[seq]!,
  };
  return run as unknown as SchedulerRun & { at: number };
}

/** The last beat the first `count` events reach, by scanning them all from the start. */
function lastByFullScan(beats: BeatInput[], run: SchedulerRun & { at: number }, count: number) {
  const saved = run.at;
  run.at = count;
  const fresh = new BeatCursor(beats);
  let last: { index: number; seq: number } | undefined;
  for (const hit of fresh.advance(run).reached) last = hit;
  run.at = saved;
  return last;
}

describe('BeatCursor', () => {
  const N = 5 * BEAT_CHECKPOINT_EVENTS + 123;

  it('a rescan after a seek resumes from the nearest checkpoint: same beat as scanning from the start, at most one checkpoint interval scanned', () => {
    const beatArb = fc.oneof(
      fc.record({ seq: fc.integer({ min: 0, max: N - 1 }) }),
      fc.record({ timeNs: fc.integer({ min: 0, max: N * 10 }) }),
      fc.record({
        fn: fc.constantFrom(...FNS),
        g: fc.integer({ min: 1, max: 5 }),
        nth: fc.integer({ min: 1, max: 3000 }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(beatArb, { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: N }), { minLength: 1, maxLength: 6 }),
        (ats, seeks) => {
          const beats: BeatInput[] = ats.map((at, i) => ({ at, caption: `b${i}` }) as BeatInput);
          const run = fakeRun(N);
          const cursor = new BeatCursor(beats);
          cursor.advance(run);
          for (const to of seeks) {
            run.at = to;
            expect(cursor.rescan(run)).toEqual(lastByFullScan(beats, run, to));
            expect(cursor.lastRescanEvents).toBeLessThanOrEqual(BEAT_CHECKPOINT_EVENTS);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('1 000 beats that never fire and one on the last event: only the last is reached, where it pauses', () => {
    const beats: BeatInput[] = Array.from({ length: 1_000 }, (_, i) => ({
      at: { fn: `runtime.never${i}`, nth: 1 },
      caption: 'x',
    }));
    beats.push({ at: { seq: N - 1 }, caption: 'last', pause: true });
    const run = fakeRun(N);
    const cursor = new BeatCursor(beats);
    expect(cursor.advance(run)).toEqual({ reached: [{ index: 1_000, seq: N - 1 }], pauseAt: N - 1 });
  });
});
