import { describe, expect, it } from 'vitest';
import { createGoRun } from '../index';
import type { SchedEvent } from '../events';
import {
  body,
  go,
  newWaitGroup,
  now,
  program,
  rec,
  ref,
  sleep,
  wgAdd,
  wgDone,
  wgWait,
  work,
} from '../testing/bodyBuilder';
import { checkedRun } from '../testing/checkedRun';
import { runProgram } from '../testing/run';

const MS = 1_000_000;

/** Running slices of goroutine g: [start, end) from execute to leaving running. */
function slices(events: SchedEvent[], g: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (const e of events) {
    if (e.g !== g || e.kind !== 'g.move') continue;
    if (e.to?.startsWith('running')) start = e.t;
    else if (e.from?.startsWith('running') && start >= 0) {
      out.push([start, e.t]);
      start = -1;
    }
  }
  return out;
}

describe('sysmon retake → preemptone (forcePreemptNS = 10ms)', () => {
  it('S10 two CPU-bound goroutines on P=1 alternate with 10–20ms slices; preempted Gs go to the global queue', () => {
    const hog = body('main.hog', [work(150 * MS), wgDone(ref('wg'))]);
    const r = runProgram([
      newWaitGroup('wg'),
      wgAdd(ref('wg'), 2),
      go(hog, (v) => ({ wg: v.wg })),
      go(hog, (v) => ({ wg: v.wg })),
      wgWait(ref('wg')),
    ]);
    expect(r.run.exit?.code).toBe(0);
    for (const g of [6, 7]) {
      const s = slices(r.events, g);
      expect(s.length).toBeGreaterThan(4);
      // the steady-state slices (sysmon backed off to 10ms sleeps)
      for (const [a, b] of s.slice(1, -1)) {
        expect(b - a).toBeGreaterThanOrEqual(10 * MS);
        expect(b - a).toBeLessThanOrEqual(20.1 * MS);
      }
    }
    const pre = r.events.filter((e) => e.fn === 'runtime.gopreempt_m');
    expect(pre.length).toBeGreaterThan(8);
    for (const e of pre) expect(e.to).toBe('globrunq');
  });
  it('S10 a lone CPU-bound goroutine is still preempted every 10–20ms and resumes from the global queue', () => {
    const r = runProgram([work(60 * MS)]);
    const pre = r.events.filter((e) => e.fn === 'runtime.gopreempt_m' && e.g === 1);
    expect(pre.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < pre.length; i++) {
      const d = (pre[i] as SchedEvent).t - (pre[i - 1] as SchedEvent).t;
      expect(d).toBeGreaterThanOrEqual(10 * MS);
      expect(d).toBeLessThanOrEqual(20.1 * MS);
    }
  });
});

describe('timers (runtime.(*timers).check, goroutineReady)', () => {
  const sleeper = [
    now('t0'),
    sleep(1 * MS),
    now('t1'),
    rec((v) => String((v.t1 as number) - (v.t0 as number))),
  ];
  it('S11a P=1 with a CPU hog runnable: Sleep(1ms) lasts 10–20ms (the timer fires at the next schedule)', () => {
    const hog = body('main.hog', [work(100 * MS)]);
    const r = runProgram([go(hog), ...sleeper]);
    const d = Number(r.lines[0]);
    expect(d).toBeGreaterThanOrEqual(10 * MS);
    expect(d).toBeLessThanOrEqual(21 * MS);
  });
  it('S11b/S25 P=2: Sleep(1ms) lasts ~1ms; the netpoll M wakes, steals the timer and the G runs on P1 inheriting', () => {
    const hog = body('main.hog', [work(100 * MS)]);
    const run = createGoRun(program([go(hog), work(10_000), ...sleeper]), { gomaxprocs: 2, seed: 1 });
    checkedRun(run, 20_000, 25);
    const d = Number(run.output()[0]?.text);
    expect(d).toBeGreaterThanOrEqual(1 * MS);
    expect(d).toBeLessThanOrEqual(1.2 * MS);
    const evs = Array.from({ length: run.eventCount }, (_, i) => run.event(i));
    const wake = evs.find((e) => e.g === 1 && e.fn === 'runtime.goroutineReady');
    expect(wake?.from).toBe('timers(P0)');
    expect(wake?.to).toBe('runnext(P1)');
    const exec = evs.find((e) => e.g === 1 && e.seq > (wake?.seq ?? 0) && e.to === 'running(P1)');
    expect(exec?.reason).toContain('inheritTime');
  });
  it('Sleep(0) returns at once without yielding', () => {
    const r = runProgram([sleep(0), rec('x')]);
    expect(r.events.some((e) => e.g === 1 && e.to?.startsWith('timers'))).toBe(false);
  });
  it('time.After delivers on its channel; Stop before firing returns true', () => {
    const r = runProgram([
      { k: 'op', op: { op: 'after', ns: 2 * MS }, as: 'c' },
      { k: 'op', op: (v) => ({ op: 'recv', ch: v.c as number }), as: 'x' },
      rec((v) => `fired at ${String(v.x)}`),
      { k: 'op', op: { op: 'newTimer', ns: 5 * MS }, as: 'c2' },
      { k: 'op', op: (v) => ({ op: 'timerStop', ch: v.c2 as number }), okAs: 'stopped' },
      rec((v) => `stopped ${String(v.stopped)}`),
    ]);
    expect(r.lines[0]).toMatch(/^fired at 2\d{6}$/);
    expect(r.lines[1]).toBe('stopped true');
  });
});

describe('runqgrab runnext steal after usleep(3)', () => {
  it('S12 P=1: a new goroutine starts only when its busy creator is preempted (10–20ms)', () => {
    const f = body('main.f', [now('t'), rec((v) => `f ${String(v.t)}`)]);
    const r = runProgram([now('t0'), rec((v) => `go ${String(v.t0)}`), go(f), work(40 * MS)]);
    const t0 = Number(r.lines[0]?.split(' ')[1]);
    const t1 = Number(r.lines[1]?.split(' ')[1]);
    expect(t1 - t0).toBeGreaterThanOrEqual(10 * MS);
    expect(t1 - t0).toBeLessThanOrEqual(20.2 * MS);
  });
  it('S12 P=2: the spinning M steals the runnext in round 4 after usleep(3), within 0.05–1.5ms', () => {
    const f = body('main.f', [now('t'), rec((v) => `f ${String(v.t)}`)]);
    const r = runProgram([now('t0'), rec((v) => `go ${String(v.t0)}`), go(f), work(40 * MS)], {
      gomaxprocs: 2,
    });
    const t0 = Number(r.lines[0]?.split(' ')[1]);
    const t1 = Number(r.lines[1]?.split(' ')[1]);
    expect(t1 - t0).toBeGreaterThanOrEqual(50_000);
    expect(t1 - t0).toBeLessThanOrEqual(1.5 * MS);
    expect(r.events.some((e) => e.kind === 'steal.usleep')).toBe(true);
    const exec = r.events.find((e) => e.g === 6 && e.to?.startsWith('running'));
    expect(exec?.from).toBe('runnext(P0)');
    expect(exec?.to).toBe('running(P1)');
  });
});
