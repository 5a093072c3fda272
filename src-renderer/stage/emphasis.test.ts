import { describe, expect, it } from 'vitest';
import type { SchedEvent } from '../../src-engine/sim/events';
import { emphasesOf } from './emphasis';

const ev = (fn: string, p?: number, g?: number): SchedEvent => ({
  seq: 0,
  t: 0,
  kind: 'g.move',
  fn,
  reason: '',
  ...(p !== undefined ? { p } : {}),
  ...(g !== undefined ? { g } : {}),
});

describe('emphasesOf', () => {
  it('picks steals, hand-offs and preemptions, with their P and G', () => {
    expect(
      emphasesOf([
        ev('runtime.execute', 0, 6),
        ev('runtime.runqsteal', 2, 9),
        ev('runtime.handoffp', 0),
        ev('runtime.gopreempt_m', 1, 6),
      ]),
    ).toEqual([
      { kind: 'steal', p: 2, g: 9 },
      { kind: 'handoff', p: 0 },
      { kind: 'preempt', p: 1, g: 6 },
    ]);
  });
  it('ignores everything else', () => {
    expect(emphasesOf([ev('runtime.newproc', 0, 7), ev('runtime.ready', 0, 8)])).toEqual([]);
  });
});
