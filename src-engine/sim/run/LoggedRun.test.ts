import { describe, expect, it } from 'vitest';
import { AT_NONE, NO_ARG } from '../log/EventLog';
import type { OutputChunk } from '../SchedulerRun';
import type { WorldView } from '../WorldView';
import { LoggedRun, type RunEngine, type ViewStore } from './LoggedRun';

/**
 * A toy model: action k (at time 10·k ns) records `perAction[k]` events; the fold is the number of events
 * seen, so every view says exactly where the playhead is.
 */
class Toy extends LoggedRun<{ n: number }> {
  readonly modelName = 'toy';
  readonly boundaries: number[] = [];
  readonly folded: number[] = [];
  readonly restores: number[] = [];
  private k = 0;
  private ended = false;
  private readonly outputs: { seq: number; chunk: OutputChunk }[] = [];

  constructor(
    private readonly perAction: readonly number[],
    kfEvery: number,
    stepActions: number,
    lazy: boolean,
  ) {
    super(kfEvery, stepActions);
    this.log.strings.id('why');
    this.log.fns.id('toy.act');
    const isEnded = (): boolean => this.ended;
    const engine: RunEngine = {
      get ended() {
        return isEnded();
      },
      exitCode: 0,
      exitReason: 'main returned',
      outputs: this.outputs,
      advance: () => (this.act() ? 1 : 0),
      nextTime: () => (this.k < this.perAction.length ? 10 * this.k : Infinity),
    };
    const kfs = new Map<number, number>([[0, 0]]);
    const store: ViewStore<{ n: number }> = {
      posAtOrBefore: (pos) => Math.max(...[...kfs.keys()].filter((p) => p <= pos)),
      restore: (pos) => {
        const p = Math.max(...[...kfs.keys()].filter((q) => q <= pos));
        this.restores.push(p);
        return { pos: p, f: { n: kfs.get(p) as number } };
      },
      fold: (f, from, to) => {
        f.n += to - from;
      },
      toView: (f) => ({ seq: f.n - 1 }) as WorldView,
      ...(lazy
        ? {
            atFolded: (n: number, f: { n: number }) => {
              this.folded.push(n);
              kfs.set(n, f.n);
            },
          }
        : {
            atBoundary: (n: number) => {
              this.boundaries.push(n);
              kfs.set(n, n);
            },
          }),
    };
    this.attach(engine, store);
  }

  private act(): boolean {
    if (this.k >= this.perAction.length) {
      this.ended = true;
      this.log.push(10 * this.k, this.log.kinds.id('program.exit'), -1, -1, -1, -1, -1, 0, 0, AT_NONE, 0, 0);
      return false;
    }
    const n = this.perAction[this.k] as number;
    for (let i = 0; i < n; i++)
      this.log.push(10 * this.k, this.log.kinds.id('tick'), 1, 0, 0, -1, -1, 0, 0, AT_NONE, NO_ARG, 0);
    if (n > 0 && this.k === 0) this.outputs.push({ seq: 0, chunk: { t: 0, stream: 'stdout', text: 'hi\n' } });
    this.k++;
    return true;
  }
}

describe('LoggedRun (the log, playhead, seeking and keyframe cadence every model shares)', () => {
  const actions = [3, 0, 0, 2, 5, 0, 1, 4, 4, 0, 0, 0, 7, 1];
  const total = actions.reduce((a, b) => a + b, 0) + 1;

  it('takes eager keyframes at the first action boundary at or past each interval', () => {
    const r = new Toy(actions, 4, Infinity, false);
    r.runToEnd();
    expect(r.recordedCount).toBe(total);
    // Log lengths after each action: 3 3 3 5 10 10 11 15 19 19 19 19 26 27.
    expect(r.boundaries).toEqual([5, 10, 15, 19, 26]);
    expect(r.actions).toBe(actions.length + 1);
    expect(r.exit).toEqual({ code: 0, t: 140, reason: 'main returned' });
  });

  it('takes lazy keyframes as the fold passes each multiple of the interval, and seeks by restore + replay', () => {
    const r = new Toy(actions, 4, Infinity, true);
    r.runToEnd();
    r.seekToEvent(20);
    expect(r.view().seq).toBe(20);
    expect(r.folded).toEqual([4, 8, 12, 16, 20]);
    r.seekToEvent(9);
    expect(r.view().seq).toBe(9);
    // Back from 21 to 10: restored from the keyframe at 8, not from the start.
    expect(r.restores.at(-1)).toBe(8);
    expect(r.folded).toEqual([4, 8, 12, 16, 20]);
  });

  it('bounds a step by its action budget when actions record nothing (and continues on the next call)', () => {
    const r = new Toy([0, 0, 0, 0, 0, 1], 4, 2, false);
    expect(r.step()).toBeUndefined();
    expect(r.step()).toBeUndefined();
    expect(r.step()?.kind).toBe('tick');
    expect(r.actions).toBe(6);
    expect(r.step()?.kind).toBe('program.exit');
    expect(r.step()).toBeUndefined();
  });

  it('runUntil stops at the time, or after maxEvents (an action is never cut), with output up to the playhead', () => {
    const r = new Toy(actions, 4, Infinity, false);
    r.runUntil(25);
    expect(r.eventCount).toBe(3);
    expect(r.output()).toEqual([{ t: 0, stream: 'stdout', text: 'hi\n' }]);
    r.runUntil(1_000, 4);
    // From 3: the next actions record 0, 0, 2, 5 events; the bound is reached inside the last one.
    expect(r.eventCount).toBe(10);
    r.seekToEvent(-1);
    expect(r.eventCount).toBe(0);
    expect(r.output()).toEqual([]);
    expect(r.now).toBe(0);
    r.runUntil(1_000, 2);
    expect(r.eventCount).toBe(2);
    expect(() => r.seekToEvent(-2)).toThrow(RangeError);
  });
});
