import { describe, expect, it } from 'vitest';
import { injectglist } from '../core/netpoll';
import type { SchedEvent } from '../events';
import { createGoRun } from '../index';
import type { PState } from '../state/types';
import { bareRt, fakeG } from '../testing/bare';
import {
  body,
  fanOut,
  go,
  gosched,
  loop,
  netRead,
  newWaitGroup,
  now,
  program,
  rec,
  ref,
  sleep,
  syscall,
  wgAdd,
  wgDone,
  wgWait,
  work,
} from '../testing/bodyBuilder';
import { checkedRun } from '../testing/checkedRun';
import { runProgram } from '../testing/run';

const MS = 1_000_000;
const firstRun = (ev: SchedEvent[], g: number) =>
  ev.find((e) => e.g === g && e.kind === 'g.move' && e.to?.startsWith('running'));

describe('retake of a P in a syscall + handoffp (runtime.retake, runtime.handoffp)', () => {
  it('S15 P=1: a queued G starts only after sysmon retakes the P (~20–200µs), on a new or parked M', () => {
    const sys = body('main.sys', [syscall(50 * MS), wgDone(ref('wg'))]);
    const other = body('main.other', [now('t'), rec((v) => String(v.t)), wgDone(ref('wg'))]);
    const r = runProgram([
      newWaitGroup('wg'),
      wgAdd(ref('wg'), 2),
      go(other, (v) => ({ wg: v.wg })),
      go(sys, (v) => ({ wg: v.wg })),
      wgWait(ref('wg')),
    ]);
    const enter = r.events.find((e) => e.fn === 'runtime.entersyscall');
    const retake = r.events.find((e) => e.fn === 'runtime.retake');
    expect(enter && retake).toBeTruthy();
    const t = Number(r.lines[0]);
    expect(t - (enter as SchedEvent).t).toBeGreaterThanOrEqual(20_000);
    expect(t - (enter as SchedEvent).t).toBeLessThanOrEqual(200_000);
    expect(r.events.some((e) => e.kind === 'm.startm' && e.reason === 'handoffp: P has work')).toBe(true);
    expect(r.run.exit?.code).toBe(0);
  });

  it('S16 GOMAXPROCS=4, 5ms syscall, nothing else runnable: the P stays _Psyscall; fast path re-wires the same P; no new thread', () => {
    const r = runProgram([work(1000), syscall(5 * MS), rec('back')], { gomaxprocs: 4 });
    const enter = r.events.find((e) => e.fn === 'runtime.entersyscall') as SchedEvent;
    const exit = r.events.find((e) => e.fn === 'runtime.exitsyscall') as SchedEvent;
    expect(exit.reason).toBe('exitsyscall fast path (own P)');
    expect(exit.to).toBe('running(P0)');
    expect(r.events.some((e) => e.fn === 'runtime.retake')).toBe(false);
    expect(r.events.filter((e) => e.kind === 'm.create' && e.t > enter.t && e.t < exit.t)).toHaveLength(0);
  });

  it('S16 variant 50ms: the P is retaken at ~10ms; on return the G takes an idle P (fast path b)', () => {
    const r = runProgram([work(1000), syscall(50 * MS), rec('back')], { gomaxprocs: 4 });
    const enter = r.events.find((e) => e.fn === 'runtime.entersyscall') as SchedEvent;
    const retake = r.events.find((e) => e.fn === 'runtime.retake') as SchedEvent;
    expect(retake.t - enter.t).toBeGreaterThanOrEqual(10 * MS);
    expect(retake.t - enter.t).toBeLessThanOrEqual(20 * MS);
    const exit = r.events.find((e) => e.fn === 'runtime.exitsyscall') as SchedEvent;
    expect(exit.reason).toBe('exitsyscall fast path (idle P)');
  });

  it('S17 slow syscall exit: no idle P → G to the global queue, M parks; G runs after the CPU hog is preempted', () => {
    const cpu = body('main.cpu', [work(100 * MS)]);
    const r = runProgram([go(cpu), syscall(30 * MS), now('t'), rec((v) => String(v.t))]);
    const slow = r.events.find((e) => e.fn === 'runtime.exitsyscall0') as SchedEvent;
    expect(slow.from).toMatch(/^syscall\(M\d+\)$/);
    expect(slow.to).toBe('globrunq');
    const park = r.events.find((e) => e.kind === 'm.status' && e.seq > slow.seq && e.to === 'idle');
    expect(park?.m).toBe(0);
    const t = Number(r.lines[0]);
    expect(t - slow.t).toBeGreaterThan(0);
    expect(t - slow.t).toBeLessThanOrEqual(20.2 * MS);
  });

  it('S18 threads grow with blocking syscalls and never shrink; sleeping goroutines cost no thread', () => {
    const sys = body('main.sys', [syscall(300 * MS), wgDone(ref('wg'))]);
    const sl = body('main.sl', [sleep(300 * MS), wgDone(ref('wg'))]);
    const run = createGoRun(
      program([
        ...fanOut(50, sys),
        rec('phase2'),
        wgAdd(ref('wg'), 50),
        loop(50, 'i', [go(sl, (v) => ({ wg: v.wg }))]),
        wgWait(ref('wg')),
      ]),
      { gomaxprocs: 2, seed: 1 },
    );
    run.runUntil(150 * MS);
    const mid = run.view();
    expect(mid.ps.every((p) => p.status === '_Pidle')).toBe(true);
    const threadsMid = mid.ms.length;
    expect(threadsMid).toBeGreaterThanOrEqual(51);
    run.runUntil(Number.MAX_SAFE_INTEGER);
    expect(run.exit?.code).toBe(0);
    expect(run.view().ms.length).toBe(threadsMid);
  });
});

describe('netpoll and injectglist (runtime.netpoll, runtime.injectglist)', () => {
  it('S19 with a P: one G per idle P to the global queue (starting those Ps), the rest to the local ring', () => {
    const rt = bareRt(3);
    const p0 = rt.st.ps[0] as PState;
    const ids = [100, 101, 102, 103];
    for (const id of ids) fakeG(rt, id).loc = 'netpoll';
    injectglist(rt, ids, p0);
    expect(rt.st.sched.globq.slice(rt.st.sched.globhead)).toEqual([100, 101]);
    expect(Array.from(p0.runq.slice(p0.runqhead, p0.runqtail))).toEqual([102, 103]);
  });
  it('S19 without a P (sysmon): everything goes to the global queue', () => {
    const rt = bareRt(3);
    const ids = [100, 101, 102, 103, 104];
    for (const id of ids) fakeG(rt, id).loc = 'netpoll';
    injectglist(rt, ids, null);
    expect(rt.st.sched.globq.slice(rt.st.sched.globhead)).toEqual(ids);
  });
  it('netRead parks the G in netpoll ("IO wait") without holding an M; it is readied after the data arrives', () => {
    const reader = body('main.reader', [
      netRead(2 * MS),
      now('t'),
      rec((v) => String(v.t)),
      wgDone(ref('wg')),
    ]);
    const run = createGoRun(program([...fanOut(3, reader)]), { gomaxprocs: 2, seed: 9 });
    checkedRun(run, 50_000, 10);
    expect(run.exit?.code).toBe(0);
    const evs = Array.from({ length: run.eventCount }, (_, i) => run.event(i));
    expect(evs.filter((e) => e.to === 'netpoll' && e.reason === 'IO wait')).toHaveLength(3);
    const ts = run.output().map((o) => Number(o.text));
    for (const t of ts) expect(t).toBeGreaterThanOrEqual(2 * MS);
    expect(evs.some((e) => e.kind === 'm.status' && e.to === 'netpoll')).toBe(true);
    expect(firstRun(evs, 6)).toBeDefined();
  });
  it('gosched + netRead mix stays consistent under checks', () => {
    const g = body('main.g', [gosched(), netRead(100_000), wgDone(ref('wg'))]);
    const run = createGoRun(program([...fanOut(8, g)]), {
      gomaxprocs: 3,
      seed: 2,
    });
    checkedRun(run);
    expect(run.exit?.code).toBe(0);
  });
});
