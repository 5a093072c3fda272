/**
 * Random programs for property tests: main makes channels, mutexes, an RWMutex and a WaitGroup, spawns workers
 * doing random op sequences, then waits. Programs may deadlock or panic; both must end the way Go does.
 */
import fc from 'fast-check';
import type { Stmt } from './bodyBuilder';
import {
  after,
  body,
  close,
  gc,
  go,
  gomaxprocs,
  gosched,
  lock,
  lockOSThread,
  loop,
  makechan,
  netRead,
  newMutex,
  newRWMutex,
  newWaitGroup,
  print,
  recv,
  ref,
  rlock,
  runlock,
  select,
  send,
  sleep,
  syscall,
  tryLock,
  ifThen,
  unlock,
  unlockOSThread,
  wgAdd,
  wgDone,
  wgWait,
  work,
} from './bodyBuilder';

const NCH = 3;
const NMU = 2;

const leaf = body('main.leaf', [work(2_000), print('leaf\n')]);

/** One random worker statement (as a small list of statements). */
const stmtArb: fc.Arbitrary<readonly Stmt[]> = fc.oneof(
  fc.integer({ min: 1, max: 3_000_000 }).map((ns) => [work(ns)]),
  fc.integer({ min: 1, max: 3_000_000 }).map((ns) => [sleep(ns)]),
  fc.integer({ min: 1, max: 15_000_000 }).map((ns) => [syscall(ns)]),
  fc.integer({ min: 1, max: 2_000_000 }).map((ns) => [netRead(ns)]),
  fc.constant([gosched()]),
  fc
    .tuple(fc.integer({ min: 0, max: NMU - 1 }), fc.integer({ min: 1, max: 200_000 }))
    .map(([k, ns]) => [lock(ref(`mu${k}`)), work(ns), unlock(ref(`mu${k}`))]),
  fc
    .integer({ min: 0, max: NMU - 1 })
    .map((k) => [tryLock(ref(`mu${k}`), 'got'), ifThen((v) => v.got === true, [unlock(ref(`mu${k}`))])]),
  fc.integer({ min: 1, max: 100_000 }).map((ns) => [rlock(ref('rw')), work(ns), runlock(ref('rw'))]),
  fc.integer({ min: 1, max: 100_000 }).map((ns) => [lock(ref('rw')), work(ns), unlock(ref('rw'))]),
  fc.tuple(fc.integer({ min: 0, max: NCH - 1 }), fc.integer()).map(([k, x]) => [send(ref(`ch${k}`), x)]),
  fc.integer({ min: 0, max: NCH - 1 }).map((k) => [recv(ref(`ch${k}`), 'x', 'ok')]),
  fc
    .tuple(fc.integer({ min: 0, max: NCH - 1 }), fc.integer({ min: 0, max: NCH - 1 }), fc.boolean())
    .map(([a, b, d]) => [
      select(
        (v) => [
          { dir: 'recv', ch: v[`ch${a}`] as number },
          { dir: 'send', ch: v[`ch${b}`] as number, value: 7 },
        ],
        d,
        'idx',
      ),
    ]),
  fc.constant([go(leaf)]),
  fc.integer({ min: 1, max: 2_000_000 }).map((ns) => [after(ns, 'tc'), recv(ref('tc'))]),
  fc.constant([print('x\n')]),
  fc.integer({ min: 0, max: NCH - 1 }).map((k) => [close(ref(`ch${k}`))]),
  fc.constant([lockOSThread(), work(1_000), unlockOSThread()]),
);

const rareArb: fc.Arbitrary<readonly Stmt[]> = fc.oneof(
  fc.integer({ min: 1, max: 6 }).map((n) => [gomaxprocs(n)]),
  fc.constant([gc()]),
);

/** A random worker body. */
export const workerArb: fc.Arbitrary<Stmt[]> = fc
  .tuple(fc.array(stmtArb, { minLength: 1, maxLength: 8 }), fc.option(rareArb, { freq: 8 }))
  .map(([ss, rare]) => [...ss.flat(), ...(rare ?? []), wgDone(ref('wg'))]);

export interface RandomProgram {
  main: Stmt[];
  gomaxprocs: number;
  seed: number;
}

/** A random main: resources, N workers, then `wg.Wait()` (or not, to test main returning early). */
export const programArb: fc.Arbitrary<RandomProgram> = fc
  .record({
    workers: fc.array(workerArb, { minLength: 1, maxLength: 6 }),
    caps: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: NCH, maxLength: NCH }),
    wait: fc.boolean(),
    gomaxprocs: fc.integer({ min: 1, max: 6 }),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .map(({ workers, caps, wait, gomaxprocs: n, seed }) => {
    const main: Stmt[] = [];
    caps.forEach((c, k) => main.push(makechan(`ch${k}`, c)));
    for (let k = 0; k < NMU; k++) main.push(newMutex(`mu${k}`));
    main.push(newRWMutex('rw'), newWaitGroup('wg'), wgAdd(ref('wg'), workers.length));
    workers.forEach((w, i) => {
      const b = body(`main.worker${i}`, w);
      main.push(
        go(b, (v) => {
          const o: Record<string, number> = { wg: v.wg as number, rw: v.rw as number };
          for (let k = 0; k < NCH; k++) o[`ch${k}`] = v[`ch${k}`] as number;
          for (let k = 0; k < NMU; k++) o[`mu${k}`] = v[`mu${k}`] as number;
          return o;
        }),
      );
    });
    if (wait) main.push(wgWait(ref('wg')));
    main.push(loop(1, 'i', [print('done\n')]));
    return { main, gomaxprocs: n, seed };
  });
