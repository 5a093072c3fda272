import { describe, expect, it } from 'vitest';
import type { SchedEvent } from '../sim/events';
import { BeatTracker } from './BeatTracker';

const ev = (seq: number, t: number, fn: string, g?: number): SchedEvent => ({
  seq,
  t,
  kind: 'g.move',
  fn,
  reason: '',
  ...(g ? { g } : {}),
});
const log = [
  ev(0, 0, 'runtime.schedinit'),
  ev(1, 10, 'runtime.newproc', 6),
  ev(2, 20, 'runtime.newproc', 7),
  ev(3, 30, 'runtime.execute', 7),
  ev(4, 40, 'runtime.execute', 6),
];

function fire(beats: ConstructorParameters<typeof BeatTracker>[0]): [number, number][] {
  const t = new BeatTracker(beats);
  return log.flatMap((e) => t.observe(e).map((i) => [i, e.seq] as [number, number]));
}

describe('BeatTracker', () => {
  it('anchors by function, goroutine and occurrence', () => {
    expect(
      fire([
        { fn: 'runtime.newproc', nth: 2 },
        { fn: 'runtime.execute', g: 6, nth: 1 },
      ]),
    ).toEqual([
      [0, 2],
      [1, 4],
    ]);
  });
  it('anchors by event number and by the first event at or after a time', () => {
    expect(fire([{ seq: 3 }, { timeNs: 15 }, { timeNs: 999 }])).toEqual([
      [1, 2],
      [0, 3],
    ]);
  });
  it('fires each beat once', () => {
    expect(fire([{ fn: 'runtime.newproc', nth: 1 }])).toEqual([[0, 1]]);
  });
});
