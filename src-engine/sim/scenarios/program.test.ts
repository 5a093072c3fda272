import { describe, expect, it } from 'vitest';
import { procresize } from '../core/stw';
import { globrunqput, runqput } from '../core/runq';
import { createGoRun, EngineLimitError, SettingsError } from '../index';
import type { PState } from '../state/types';
import { bareRt, fakeG } from '../testing/bare';
import {
  body,
  close,
  fanOut,
  gc,
  go,
  gomaxprocs,
  gosched,
  lockOSThread,
  loop,
  makechan,
  newWaitGroup,
  print,
  program,
  rec,
  recv,
  ref,
  send,
  sleep,
  wgAdd,
  wgDone,
  wgWait,
  work,
} from '../testing/bodyBuilder';
import { checkedRun } from '../testing/checkedRun';
import { runProgram } from '../testing/run';

const MS = 1_000_000;

describe('checkdead (runtime.checkdead)', () => {
  it('S20a <-make(chan int) → fatal error with goroutine 1 [chan receive], exit status 2', () => {
    const r = runProgram([makechan('c'), recv(ref('c'))]);
    expect(r.stderr).toBe(
      'fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n',
    );
    expect(r.run.exit?.code).toBe(2);
    expect(r.run.exit?.reason).toBe('fatal error: all goroutines are asleep - deadlock!');
  });
  it('S20b a pending timer (a sleeper) suppresses the report until it is gone', () => {
    const s = body('main.s', [sleep(200 * MS)]);
    const r = runProgram([makechan('c'), go(s), recv(ref('c'))]);
    expect(r.run.exit?.code).toBe(2);
    expect(r.run.exit?.t).toBeGreaterThanOrEqual(200 * MS);
    expect(r.stderr.startsWith('fatal error: all goroutines are asleep - deadlock!')).toBe(true);
  });
  it('lists every waiting goroutine with its wait reason', () => {
    const w = body('main.w', [send(ref('c'), 1)]);
    const r = runProgram([makechan('c'), makechan('d'), go(w, (v) => ({ c: v.c })), recv(ref('d'))]);
    expect(r.stderr).toBe(
      'fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n\ngoroutine 6 [chan send]:\n',
    );
  });
  it('a goroutine in a syscall (its M running) suppresses the report', () => {
    const s = body('main.s', [{ k: 'op', op: { op: 'syscall', ns: 30 * MS } }]);
    const r = runProgram([makechan('c'), go(s), gosched(), recv(ref('c'))]);
    expect(r.run.exit?.t).toBeGreaterThanOrEqual(30 * MS);
  });
});

describe('runtime.main exit', () => {
  it('S21 returning from main ends the program at once; other goroutines never finish', () => {
    const bye = body('main.bye', [work(1 * MS), print('bye\n')]);
    const r = runProgram([go(bye), go(bye)], { gomaxprocs: 4 });
    expect(r.stdout).toBe('');
    expect(r.run.exit?.code).toBe(0);
    expect(r.run.exit?.reason).toBe('main returned');
    expect(r.run.exit?.t).toBeLessThan(1 * MS);
  });
});

describe('faults end the program the way Go does', () => {
  it('panic: close of closed channel', () => {
    const r = runProgram([makechan('c'), close(ref('c')), close(ref('c'))]);
    expect(r.stderr).toMatch(/^panic: close of closed channel\n\ngoroutine 1 \[running\]:\n/);
    expect(r.run.exit?.code).toBe(2);
  });
  it('panic: send on closed channel', () => {
    const r = runProgram([makechan('c', 1), close(ref('c')), send(ref('c'), 1)]);
    expect(r.stderr).toMatch(/^panic: send on closed channel\n/);
  });
  it('panic(msg) from a body', () => {
    const r = runProgram([{ k: 'op', op: { op: 'panic', msg: 'boom' } }]);
    expect(r.stderr).toBe('panic: boom\n\ngoroutine 1 [running]:\n');
    expect(r.run.exit?.code).toBe(2);
  });
});

describe('settings and limits (EngineLimitError / SettingsError before the run)', () => {
  const p = program([]);
  it.each([0, 300, 1.5, -1])('GOMAXPROCS %s is rejected naming MAX_GOMAXPROCS', (n) => {
    expect(() => createGoRun(p, { gomaxprocs: n, seed: 1 })).toThrow(EngineLimitError);
    expect(() => createGoRun(p, { gomaxprocs: n, seed: 1 })).toThrow(/MAX_GOMAXPROCS/);
  });
  it('too many goroutines is rejected naming MAX_GOROUTINES', () => {
    expect(() => createGoRun(p, { gomaxprocs: 1, seed: 1, maxGoroutines: 200_000 })).toThrow(
      /MAX_GOROUTINES/,
    );
  });
  it('negative durations in the cost model are rejected', () => {
    expect(() => createGoRun(p, { gomaxprocs: 1, seed: 1, cost: { contextSwitchNs: -1 } })).toThrow(
      SettingsError,
    );
    expect(() => createGoRun(p, { gomaxprocs: 1, seed: 1, cost: { statementStepNs: 0 } })).toThrow(
      /statementStepNs/,
    );
  });
  it('exceeding the goroutine limit at run time is a fatal error naming the limit', () => {
    const leaf = body('main.leaf', [sleep(1 * MS)]);
    const run = createGoRun(program([loop(20, 'i', [go(leaf)])]), {
      gomaxprocs: 1,
      seed: 1,
      maxGoroutines: 10,
    });
    run.runToEnd();
    expect(run.exit?.code).toBe(2);
    expect(
      run
        .output()
        .map((o) => o.text)
        .join(''),
    ).toMatch(/more than 10 live goroutines \(MAX_GOROUTINES\)/);
  });
});

describe('GOMAXPROCS and procresize (runtime.procresize, (*p).destroy)', () => {
  it('S24 shrinking pushes removed Ps queues to the global HEAD: [X3 A3 B3 X2 A2 B2 Q]', () => {
    const rt = bareRt(4);
    const ps = rt.st.ps as PState[];
    const put = (p: PState, id: number, next: boolean) => runqput(rt, p, fakeG(rt, id), next, 'test', 'test');
    globrunqput(rt, fakeG(rt, 90), 'test', 'test'); // Q
    put(ps[2] as PState, 21, false); // A2
    put(ps[2] as PState, 22, false); // B2
    put(ps[2] as PState, 20, true); // X2
    put(ps[3] as PState, 31, false);
    put(ps[3] as PState, 32, false);
    put(ps[3] as PState, 30, true);
    const m0 = rt.m(0);
    procresize(rt, m0, 2);
    expect(rt.st.sched.globq.slice(rt.st.sched.globhead)).toEqual([30, 31, 32, 20, 21, 22, 90]);
    expect(ps[2]?.status).toBe('_Pdead');
    expect(ps[3]?.status).toBe('_Pdead');
    expect(rt.st.gomaxprocs).toBe(2);
  });
  it('runtime.GOMAXPROCS(n) stops the world, resizes and returns the previous value', () => {
    const w = body('main.w', [work(3 * MS), wgDone(ref('wg'))]);
    const run = createGoRun(
      program([
        newWaitGroup('wg'),
        wgAdd(ref('wg'), 6),
        loop(6, 'i', [go(w, (v) => ({ wg: v.wg }))]),
        work(500_000),
        gomaxprocs(2, 'prev'),
        rec((v) => `prev ${String(v.prev)}`),
        wgWait(ref('wg')),
        gomaxprocs(6, 'prev'),
        rec((v) => `prev ${String(v.prev)}`),
      ]),
      { gomaxprocs: 4, seed: 3 },
    );
    const v = checkedRun(run, 100_000, 5);
    expect(run.exit?.code).toBe(0);
    expect(run.output().map((o) => o.text)).toEqual(['prev 4\n', 'prev 2\n']);
    expect(v.gomaxprocs).toBe(6);
    const evs = Array.from({ length: run.eventCount }, (_, i) => run.event(i));
    expect(evs.some((e) => e.kind === 'stw')).toBe(true);
    expect(evs.some((e) => e.kind === 'p.status' && e.to === '_Pdead')).toBe(true);
  });
});

describe('stop-the-world for runtime.GC()', () => {
  it('parks every P in _Pgcstop for gcStwNs', () => {
    const w = body('main.w', [work(2 * MS), wgDone(ref('wg'))]);
    const run = createGoRun(
      program([
        newWaitGroup('wg'),
        wgAdd(ref('wg'), 3),
        loop(3, 'i', [go(w, (v) => ({ wg: v.wg }))]),
        work(200_000),
        gc(),
        wgWait(ref('wg')),
      ]),
      { gomaxprocs: 4, seed: 4, cost: { gcStwNs: 300_000 } },
    );
    checkedRun(run, 100_000, 5);
    expect(run.exit?.code).toBe(0);
    const evs = Array.from({ length: run.eventCount }, (_, i) => run.event(i));
    const stopped = evs.find((e) => e.kind === 'stw.stopped');
    const start = evs.find((e) => e.kind === 'stw.start');
    expect(stopped && start).toBeTruthy();
    expect((start?.t ?? 0) - (stopped?.t ?? 0)).toBe(300_000);
    run.seekToEvent(stopped?.seq ?? 0);
    expect(run.view().ps.every((p) => p.status === '_Pgcstop')).toBe(true);
  });
});

describe('stopTheWorld is exclusive (worldsema)', () => {
  it('concurrent runtime.GC calls on several Ps each get their own pause, one after another', () => {
    const w = body('main.w', [work(30_000), gc(), work(30_000), wgDone(ref('wg'))]);
    const run = createGoRun(program([...fanOut(4, w)]), { gomaxprocs: 4, seed: 8 });
    checkedRun(run, 100_000, 3);
    expect(run.exit?.code).toBe(0);
    const evs = Array.from({ length: run.eventCount }, (_, i) => run.event(i));
    const stw = evs.filter((e) => e.kind === 'stw');
    const start = evs.filter((e) => e.kind === 'stw.start');
    expect(stw).toHaveLength(4);
    expect(start).toHaveLength(4);
    // pauses never overlap: each stop comes after the previous start
    for (let i = 1; i < stw.length; i++) expect((stw[i]?.seq ?? 0) > (start[i - 1]?.seq ?? 0)).toBe(true);
  });
});

describe('LockOSThread (stoplockedm, startlockedm, mexit)', () => {
  it('S23 a locked G parks its M (locked-idle) and hands the P off; the P moves to its thread; exiting locked kills the thread', () => {
    const L = body('main.L', [
      lockOSThread(),
      work(1000),
      recv(ref('c')),
      rec('L resumed'),
      wgDone(ref('wg')),
    ]);
    const run = createGoRun(
      program([
        makechan('c'),
        newWaitGroup('wg'),
        wgAdd(ref('wg'), 1),
        go(L, (v) => ({ c: v.c, wg: v.wg })),
        gosched(),
        work(1000),
        send(ref('c'), 1),
        wgWait(ref('wg')),
      ]),
      { gomaxprocs: 1, seed: 1 },
    );
    checkedRun(run);
    expect(run.exit?.code).toBe(0);
    const evs = Array.from({ length: run.eventCount }, (_, i) => run.event(i));
    const lockedM = evs.find((e) => e.kind === 'm.lock')?.m;
    expect(evs.some((e) => e.kind === 'm.status' && e.to === 'locked-idle' && e.m === lockedM)).toBe(true);
    const start = evs.find((e) => e.fn === 'runtime.startlockedm' && e.kind === 'g.move');
    expect(start?.to).toBe(`nextg(M${lockedM})`);
    const resumed = evs.find((e) => e.g === 6 && e.seq > (start?.seq ?? 0) && e.to?.startsWith('running'));
    expect(resumed?.m).toBe(lockedM);
    // L ran on M0, which cannot exit: it is wedged (parked forever, locked-idle) and keeps its place.
    expect(lockedM).toBe(0);
    expect(run.view().ms.find((m) => m.id === 0)?.state).toBe('locked-idle');
  });
  it('S23 a G exiting while locked takes its thread with it (thread count drops by one)', () => {
    const L = body('main.L', [lockOSThread(), send(ref('d'), 1)]);
    const run = createGoRun(
      program([
        lockOSThread(),
        makechan('d'),
        go(L, (v) => ({ d: v.d })),
        recv(ref('d')),
        work(1000),
        rec('main done'),
      ]),
      { gomaxprocs: 1, seed: 1 },
    );
    checkedRun(run);
    expect(run.exit?.code).toBe(0);
    expect(run.output().map((o) => o.text)).toEqual(['main done\n']);
    const evs = Array.from({ length: run.eventCount }, (_, i) => run.event(i));
    const lockL = evs.filter((e) => e.kind === 'm.lock')[1];
    expect(lockL?.m).not.toBe(0);
    const exit = evs.find((e) => e.kind === 'm.exit');
    expect(exit?.m).toBe(lockL?.m);
    const created = evs.filter((e) => e.kind === 'm.create').length;
    expect(run.view().ms.length).toBe(created - 1);
    // main (locked to M0) resumes on M0 via startlockedm
    const back = evs.find((e) => e.g === 1 && e.to === 'nextg(M0)');
    expect(back?.fn).toBe('runtime.startlockedm');
  });
});
