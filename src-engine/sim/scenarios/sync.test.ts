import { describe, expect, it } from 'vitest';
import {
  body,
  exec,
  forever,
  go,
  gosched,
  ifThen,
  lock,
  loop,
  newMutex,
  newOnce,
  newRWMutex,
  newWaitGroup,
  now,
  op,
  rec,
  ref,
  rlock,
  runlock,
  sleep,
  tryLock,
  unlock,
  wgAdd,
  wgDone,
  wgWait,
  work,
  type Stmt,
} from '../testing/bodyBuilder';
import { runProgram } from '../testing/run';

describe('WaitGroup (sync.(*WaitGroup).Add → semrelease w times)', () => {
  it('S07 release order on one P: [4 1 2 3]', () => {
    const W = body('main.W', [wgWait(ref('wg2')), rec((v) => String(v.i)), wgDone(ref('wg'))]);
    const r = runProgram([
      newWaitGroup('wg'),
      newWaitGroup('wg2'),
      wgAdd(ref('wg2'), 1),
      wgAdd(ref('wg'), 4),
      loop(4, 'i', [go(W, (v) => ({ wg: v.wg, wg2: v.wg2, i: (v.i as number) + 1 })), gosched()]),
      wgDone(ref('wg2')),
      wgWait(ref('wg')),
    ]);
    expect(r.lines).toEqual(['4', '1', '2', '3']);
  });
  it('panics with "sync: negative WaitGroup counter" (exit status 2)', () => {
    const r = runProgram([newWaitGroup('wg'), wgDone(ref('wg'))]);
    expect(r.stderr).toMatch(/^panic: sync: negative WaitGroup counter\n\ngoroutine 1 \[running\]:\n/);
    expect(r.run.exit?.code).toBe(2);
  });
});

describe('sync.Mutex (lockSlow/unlockSlow, semacquire1/semrelease1)', () => {
  it('S22 normal mode lets the holder re-acquire; starvation mode (1ms) hands off directly', () => {
    const G1 = body('main.G1', [
      forever([
        lock(ref('mu')),
        work(100_000),
        unlock(ref('mu')),
        exec((v) => void (v.n = ((v.n as number) ?? 0) + 1)),
      ]),
    ]);
    const G2 = body('main.G2', [
      now('t0'),
      lock(ref('mu')),
      now('t'),
      rec((v) => `G2 ${(v.t as number) - (v.t0 as number)}`),
      unlock(ref('mu')),
      wgDone(ref('wg')),
    ]);
    const r = runProgram([
      newMutex('mu'),
      newWaitGroup('wg'),
      wgAdd(ref('wg'), 1),
      go(G1, (v) => ({ mu: v.mu })),
      gosched(),
      go(G2, (v) => ({ mu: v.mu, wg: v.wg })),
      wgWait(ref('wg')),
    ]);
    const t = Number((r.lines[0] ?? '').split(' ')[1]);
    expect(t).toBeGreaterThanOrEqual(10_000_000);
    expect(t).toBeLessThanOrEqual(21_000_000);
    // the starvation handoff: G1 goyields to its local ring tail, G2 runs from runnext on the same P
    const y = r.events.find((e) => e.fn === 'runtime.goyield_m');
    expect(y?.to).toBe('runq(P0)');
    const unlocks = r.events.filter((e) => e.fn === 'sync.(*Mutex).unlockSlow').length;
    expect(unlocks).toBeGreaterThanOrEqual(2);
  });
  it('fatal error: sync: unlock of unlocked mutex (exit status 2)', () => {
    const r = runProgram([newMutex('mu'), unlock(ref('mu'))]);
    expect(r.stderr).toMatch(/^fatal error: sync: unlock of unlocked mutex\n/);
    expect(r.run.exit?.code).toBe(2);
  });
  it('TryLock fails while locked, succeeds when free', () => {
    const r = runProgram([
      newMutex('mu'),
      tryLock(ref('mu'), 'a'),
      tryLock(ref('mu'), 'b'),
      unlock(ref('mu')),
      tryLock(ref('mu'), 'c'),
      rec((v) => `${String(v.a)} ${String(v.b)} ${String(v.c)}`),
    ]);
    expect(r.lines).toEqual(['true false true']);
  });
  it('canSpin (sync_runtime_canSpin): spinning only with more than one P and another P running', () => {
    const H = body('main.H', [lock(ref('mu')), work(30_000), unlock(ref('mu')), wgDone(ref('wg'))]);
    const W = body('main.W', [work(5_000), lock(ref('mu')), unlock(ref('mu')), wgDone(ref('wg'))]);
    const prog: Stmt[] = [
      newMutex('mu'),
      newWaitGroup('wg'),
      wgAdd(ref('wg'), 2),
      go(H, (v) => ({ mu: v.mu, wg: v.wg })),
      go(W, (v) => ({ mu: v.mu, wg: v.wg })),
      wgWait(ref('wg')),
    ];
    const one = runProgram(prog, { gomaxprocs: 1 });
    expect(one.run.exit?.code).toBe(0);
    const four = runProgram(prog, { gomaxprocs: 4 });
    expect(four.run.exit?.code).toBe(0);
  });
});

describe('sync.RWMutex', () => {
  it('readers share, a writer waits for readers and blocks new readers', () => {
    const R = body('main.R', [
      rlock(ref('rw')),
      rec((v) => `r${String(v.i)} in`),
      sleep(1_000_000),
      rec((v) => `r${String(v.i)} out`),
      runlock(ref('rw')),
      wgDone(ref('wg')),
    ]);
    const Wr = body('main.Wr', [lock(ref('rw')), rec('w in'), unlock(ref('rw')), wgDone(ref('wg'))]);
    const r = runProgram(
      [
        newRWMutex('rw'),
        newWaitGroup('wg'),
        wgAdd(ref('wg'), 3),
        go(R, (v) => ({ rw: v.rw, wg: v.wg, i: 1 })),
        go(R, (v) => ({ rw: v.rw, wg: v.wg, i: 2 })),
        gosched(),
        go(Wr, (v) => ({ rw: v.rw, wg: v.wg })),
        wgWait(ref('wg')),
      ],
      { gomaxprocs: 1 },
    );
    expect(r.run.exit?.code).toBe(0);
    expect(r.lines.slice(0, 2).sort()).toEqual(['r1 in', 'r2 in']);
    expect(r.lines[4]).toBe('w in');
    expect(r.events.some((e) => e.reason === 'sync.RWMutex.Lock')).toBe(true);
  });
  it('fatal error: sync: RUnlock of unlocked RWMutex', () => {
    const r = runProgram([newRWMutex('rw'), runlock(ref('rw'))]);
    expect(r.stderr).toMatch(/^fatal error: sync: RUnlock of unlocked RWMutex\n/);
  });
});

describe('sync.Once', () => {
  it('runs f exactly once; concurrent callers wait for it', () => {
    const D = body('main.D', [
      op((v) => ({ op: 'onceDo', once: v.once as number }), undefined, 'run'),
      ifThen(
        (v) => v.run === true,
        [rec('f'), work(100_000), op((v) => ({ op: 'onceDone', once: v.once as number }))],
      ),
      rec('after'),
      wgDone(ref('wg')),
    ]);
    const r = runProgram(
      [
        newOnce('once'),
        newWaitGroup('wg'),
        wgAdd(ref('wg'), 3),
        loop(3, 'i', [go(D, (v) => ({ once: v.once, wg: v.wg }))]),
        wgWait(ref('wg')),
      ],
      { gomaxprocs: 3 },
    );
    expect(r.lines.filter((l) => l === 'f')).toHaveLength(1);
    expect(r.lines.filter((l) => l === 'after')).toHaveLength(3);
    expect(r.lines[0]).toBe('f');
  });
});
