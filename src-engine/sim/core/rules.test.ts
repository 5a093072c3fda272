import { describe, expect, it } from 'vitest';
import { createGoRun } from '../index';
import type { PState } from '../state/types';
import { bareRt, fakeG } from '../testing/bare';
import { body, go, netRead, now, program, rec, work } from '../testing/bodyBuilder';
import { checkedRun } from '../testing/checkedRun';
import { findRunnable } from './schedule';
import { acquirep, handoffp, newm, wakep } from './procs';
import { runqput } from './runq';
import { coprimes, stealOrder } from './steal';

const MS = 1_000_000;

describe('stealWork order (runtime.randomOrder)', () => {
  it('coprimes of GOMAXPROCS and a visit order covering every P once', () => {
    expect(coprimes(4)).toEqual([1, 3]);
    expect(coprimes(6)).toEqual([1, 5]);
    for (const n of [1, 4, 7, 8, 64]) {
      for (const r of [0, 5, 12345, 987654321])
        expect([...stealOrder(n, r)].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
    }
    expect(stealOrder(4, 2)).toEqual([2, 3, 0, 1]);
    expect(stealOrder(4, 6)).toEqual([2, 1, 0, 3]);
  });
});

describe('findRunnable spinning cap (2*nmspinning < gomaxprocs - npidle)', () => {
  it('S14a with the cap reached an M skips stealing, releases its P and parks', () => {
    const rt = bareRt(8);
    const s = rt.st.sched;
    // all 8 Ps held by Ms; 4 of those Ms already spinning
    while (s.pidle.length > 0) {
      const pid = s.pidle.pop() as number;
      const m = newm(rt);
      if (pid >= 4) m.spinning = true;
      acquirep(rt, m, pid);
    }
    s.nmspinning = 4;
    const victim = rt.st.ps[1] as PState;
    runqput(rt, victim, fakeG(rt, 500), false, 'test', 'test');
    // P0's M (M0) runs out of work
    const m0 = rt.m(0);
    const main = rt.g(1);
    main.loc = 'dead';
    main.status = '_Gdead';
    s.ngLive--;
    m0.curg = -1;
    const got = findRunnable(rt, m0, { inherit: false, extraNs: 0 }, false);
    expect(got).toBe(0);
    expect(m0.spinning).toBe(false);
    expect(victim.runqtail - victim.runqhead).toBe(1);
    expect(s.pidle).toContain(0);
  });
});

describe('wakep (runtime.wakep)', () => {
  it('does nothing while an M spins; with no idle P sets needspinning', () => {
    const rt = bareRt(2);
    const s = rt.st.sched;
    s.nmspinning = 1;
    const before = rt.log.length;
    wakep(rt);
    expect(rt.log.length).toBe(before);
    s.nmspinning = 0;
    s.pidle.length = 0;
    wakep(rt);
    expect(s.needspinning).toBe(true);
    expect(s.nmspinning).toBe(0);
  });
});

describe('handoffp decision list (runtime.handoffp)', () => {
  it('rule 1: local work → startm(p, false)', () => {
    const rt = bareRt(2);
    const p = rt.st.ps[1] as PState;
    rt.st.sched.pidle = rt.st.sched.pidle.filter((x) => x !== 1);
    runqput(rt, p, fakeG(rt, 300), false, 'test', 'test');
    handoffp(rt, p);
    const last = rt.log.get(rt.log.length - 1);
    expect(last.kind).toBe('m.startm');
    expect(last.reason).toBe('handoffp: P has work');
  });
  it('rule 4: no spinning M and no idle P → startm(p, spinning)', () => {
    const rt = bareRt(2);
    const p = rt.st.ps[1] as PState;
    rt.st.sched.pidle.length = 0;
    handoffp(rt, p);
    expect(rt.st.sched.nmspinning).toBe(1);
    expect(rt.log.get(rt.log.length - 1).reason).toBe('handoffp: no spinning M and no idle P');
  });
  it('rule 8: the last running P with no M in netpoll gets an M; rule 9: otherwise it becomes idle', () => {
    const rt = bareRt(3);
    const p = rt.st.ps[2] as PState;
    rt.st.sched.pidle = [1];
    rt.st.sched.nmspinning = 1;
    handoffp(rt, p);
    expect(rt.st.sched.pidle).toEqual([1, 2]);
    const rt2 = bareRt(2);
    rt2.st.sched.nmspinning = 1;
    handoffp(rt2, rt2.st.ps[0] as PState);
    expect(rt2.log.get(rt2.log.length - 1).reason).toBe('handoffp: last running P, someone must poll');
  });
});

describe('sysmon (runtime.sysmon)', () => {
  it('sleeps 20µs, doubles after 50 idle ticks, caps at 10ms; deep-sleeps when every P is idle', () => {
    const run = createGoRun(program([work(200 * MS)]), { gomaxprocs: 2, seed: 1 });
    run.runUntil(500_000);
    expect(run.internals.st.sysmon.delayUs).toBe(20);
    run.runUntil(40 * MS);
    expect(run.internals.st.sysmon.delayUs).toBe(10_000);
    const idle = createGoRun(program([{ k: 'op', op: { op: 'sleep', ns: 500 * MS } }]), {
      gomaxprocs: 2,
      seed: 1,
    });
    idle.runUntil(100 * MS);
    expect(idle.internals.st.sysmon.wait).toBe(true);
  });
  it('polls the network when nobody has for 10ms: readied Gs go to the global queue', () => {
    const hog = body('main.hog', [work(100 * MS)]);
    const reader = body('main.reader', [netRead(1 * MS), now('t'), rec((v) => String(v.t))]);
    const run = createGoRun(program([go(reader), go(hog), work(60 * MS)]), { gomaxprocs: 1, seed: 1 });
    checkedRun(run, 50_000, 20);
    const evs = Array.from({ length: run.eventCount }, (_, i) => run.event(i));
    const inj = evs.find((e) => e.g === 6 && e.fn === 'runtime.injectglist');
    expect(inj?.to).toBe('globrunq');
    expect(evs.some((e) => e.kind === 'sysmon.netpoll')).toBe(true);
  });
});
