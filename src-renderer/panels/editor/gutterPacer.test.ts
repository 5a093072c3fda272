import { describe, expect, it } from 'vitest';
import { GutterPacer, SLOW_GUTTER_MS, type PacerClock } from './gutterPacer';

/** A clock whose frames and timers run when the test says. */
function fakeClock() {
  let next = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { run: () => void; ms: number }>();
  const clock: PacerClock = {
    requestFrame: (run) => (frames.set(next, run), next++),
    cancelFrame: (h) => void frames.delete(h),
    setTimer: (run, ms) => (timers.set(next, { run, ms }), next++),
    clearTimer: (h) => void timers.delete(h),
  };
  const flush = <T>(m: Map<number, T>, call: (x: T) => void) => {
    const all = [...m.values()];
    m.clear();
    all.forEach(call);
  };
  return {
    clock,
    frames,
    timers,
    frame: () => flush(frames, (r) => r()),
    timeout: () => flush(timers, (t) => t.run()),
  };
}

describe('GutterPacer', () => {
  it('runs once at the next animation frame however many normal views arrived', () => {
    const c = fakeClock();
    let runs = 0;
    const p = new GutterPacer(() => runs++, c.clock);
    p.request(false);
    p.request(false);
    p.request(false);
    expect(c.frames.size).toBe(1);
    expect(c.timers.size).toBe(0);
    c.frame();
    expect(runs).toBe(1);
    p.request(false);
    c.frame();
    expect(runs).toBe(2);
  });

  it('serves trimmed views in a task of its own, at most every SLOW_GUTTER_MS, never postponed', () => {
    const c = fakeClock();
    let runs = 0;
    const p = new GutterPacer(() => runs++, c.clock);
    p.request(true);
    p.request(true);
    expect(c.frames.size).toBe(0);
    expect([...c.timers.values()].map((t) => t.ms)).toEqual([SLOW_GUTTER_MS]);
    c.frame();
    expect(runs).toBe(0);
    c.timeout();
    expect(runs).toBe(1);
    // A normal view while a slow run is pending waits for it (one run serves both).
    p.request(true);
    p.request(false);
    expect(c.frames.size).toBe(0);
    c.timeout();
    expect(runs).toBe(2);
  });

  it('drops a pending run when cancelled', () => {
    const c = fakeClock();
    let runs = 0;
    const p = new GutterPacer(() => runs++, c.clock);
    p.request(true);
    p.cancel();
    expect(c.timers.size).toBe(0);
    p.request(false);
    p.cancel();
    expect(c.frames.size).toBe(0);
    p.request(false);
    c.frame();
    expect(runs).toBe(1);
  });
});
