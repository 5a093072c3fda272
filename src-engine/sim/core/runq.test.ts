import { describe, expect, it } from 'vitest';
import { bareRt, fakeG } from '../testing/bare';
import type { PState } from '../state/types';
import { globrunqget, globsize, runqget, runqItems, runqput, runqsteal } from './runq';

const P = (rt: ReturnType<typeof bareRt>, i: number): PState => rt.st.ps[i] as PState;
const glob = (rt: ReturnType<typeof bareRt>): number[] => rt.st.sched.globq.slice(rt.st.sched.globhead);

describe('runqput (runtime.runqput)', () => {
  it('next=true puts the G in runnext and kicks the old runnext to the ring tail', () => {
    const rt = bareRt(2);
    const p = P(rt, 1);
    runqput(rt, p, fakeG(rt, 100), false, 'test', 'test');
    runqput(rt, p, fakeG(rt, 101), true, 'test', 'test');
    runqput(rt, p, fakeG(rt, 102), true, 'test', 'test');
    expect(p.runnext).toBe(102);
    expect(runqItems(p)).toEqual([100, 101]);
    expect(rt.g(101).loc).toBe('runq(P1)');
    expect(rt.g(102).loc).toBe('runnext(P1)');
  });
  it('runqputslow (runtime.runqputslow): a full ring moves its oldest 128 plus the G to the global tail', () => {
    const rt = bareRt(2);
    const p = P(rt, 1);
    for (let i = 0; i < 256; i++) runqput(rt, p, fakeG(rt, 1000 + i), false, 'test', 'test');
    runqput(rt, p, fakeG(rt, 5000), false, 'test', 'test');
    expect(glob(rt)).toEqual([...Array.from({ length: 128 }, (_, i) => 1000 + i), 5000]);
    expect(runqItems(p)).toEqual(Array.from({ length: 128 }, (_, i) => 1128 + i));
  });
});

describe('runqget (runtime.runqget)', () => {
  it('takes runnext first with inheritTime, then the ring head without', () => {
    const rt = bareRt(2);
    const p = P(rt, 1);
    runqput(rt, p, fakeG(rt, 100), false, 'test', 'test');
    runqput(rt, p, fakeG(rt, 101), true, 'test', 'test');
    const out = { inherit: false };
    expect(runqget(p, out)).toBe(101);
    expect(out.inherit).toBe(true);
    expect(runqget(p, out)).toBe(100);
    expect(out.inherit).toBe(false);
    expect(runqget(p, out)).toBe(0);
  });
});

describe('globrunqget (runtime.globrunqget)', () => {
  it('n = size/gomaxprocs + 1: 10 Gs on 4 Ps → run 1, move 2 locally', () => {
    const rt = bareRt(4);
    rt.st.sched.globq.push(...Array.from({ length: 10 }, (_, i) => fakeG(rt, 200 + i).id));
    for (const id of rt.st.sched.globq) rt.g(id).loc = 'globrunq';
    const p = P(rt, 2);
    expect(globrunqget(rt, p, 0)).toBe(200);
    expect(runqItems(p)).toEqual([201, 202]);
    expect(globsize(rt)).toBe(7);
  });
  it('caps the batch at max and at 128', () => {
    const rt = bareRt(1);
    rt.st.sched.globq.push(...Array.from({ length: 300 }, (_, i) => fakeG(rt, 200 + i).id));
    for (const id of rt.st.sched.globq) rt.g(id).loc = 'globrunq';
    const p = P(rt, 0);
    expect(globrunqget(rt, p, 1)).toBe(200);
    expect(runqItems(p)).toEqual([]);
    globrunqget(rt, p, 0);
    expect(runqItems(p).length).toBe(127);
  });
});

describe('runqsteal (runtime.runqgrab + runtime.runqsteal)', () => {
  it('S13 steal-half arithmetic: [A..F] → thief runs C, keeps [A B]; victim keeps [D E F] and runnext', () => {
    const rt = bareRt(3);
    const victim = P(rt, 1);
    const thief = P(rt, 2);
    for (let i = 0; i < 6; i++) runqput(rt, victim, fakeG(rt, 10 + i), false, 'test', 'test');
    runqput(rt, victim, fakeG(rt, 99), true, 'test', 'test');
    victim.runnext = 99;
    expect(runqsteal(rt, thief, victim)).toBe(12);
    expect(runqItems(thief)).toEqual([10, 11]);
    expect(runqItems(victim)).toEqual([13, 14, 15]);
    expect(victim.runnext).toBe(99);
  });
  it.each([
    [1, 1],
    [2, 1],
    [3, 2],
    [6, 3],
    [7, 4],
  ])('S13 ring of %i → %i stolen (ceil(k/2))', (k, n) => {
    const rt = bareRt(3);
    const victim = P(rt, 1);
    const thief = P(rt, 2);
    for (let i = 0; i < k; i++) runqput(rt, victim, fakeG(rt, 10 + i), false, 'test', 'test');
    const g = runqsteal(rt, thief, victim);
    expect(g).toBe(10 + n - 1);
    expect(runqItems(thief).length + 1).toBe(n);
    expect(runqItems(victim).length).toBe(k - n);
  });
});
