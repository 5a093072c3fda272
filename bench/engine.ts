import { performance } from 'node:perf_hooks';
import { createGoRun } from '../src-engine/sim/index';
import { benchSpin } from './spin';
import type { GoRun } from '../src-engine/sim/GoRun';
import {
  body,
  go,
  ifThen,
  lock,
  loop,
  makechan,
  newMutex,
  newWaitGroup,
  program,
  recv,
  ref,
  send,
  sleep,
  syscall,
  unlock,
  wgAdd,
  wgDone,
  wgWait,
  work,
} from '../src-engine/sim/testing/bodyBuilder';

const GOROUTINES = 10_000;
const PROCS = 64;
const MUTEXES = 16;

/** Each worker: compute, a short critical section, a channel round trip, a sleep, every 4th round a syscall. */
const worker = body('main.worker', [
  loop(12, 'k', [
    work((v) => 5_000 + (((v.i as number) * 7919 + (v.k as number) * 104_729) % 20_000)),
    lock(ref('mu')),
    work(1_000),
    unlock(ref('mu')),
    send(ref('ch'), (v) => v.k as number),
    recv(ref('ch')),
    sleep(ref('nap')),
    ifThen((v) => (v.k as number) % 4 === 3, [syscall(30_000)]),
  ]),
  wgDone(ref('wg')),
]);

function benchProgram(goroutines = GOROUTINES) {
  const main = [
    newWaitGroup('wg'),
    makechan('ch', 128),
    ...Array.from({ length: MUTEXES }, (_, k) => newMutex(`mu${k}`)),
    wgAdd(ref('wg'), goroutines),
    loop(goroutines, 'i', [
      go(worker, (v) => {
        const i = v.i as number;
        return { i, wg: v.wg, ch: v.ch, mu: v[`mu${i % MUTEXES}`], nap: 20_000 + (i % 50) * 1_000 };
      }),
    ]),
    wgWait(ref('wg')),
  ];
  return program(main);
}

function heapBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function collect(): boolean {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
  return g !== undefined;
}

/**
 * Engine benchmarks:
 * - `engine.eventsPerSec`: events produced per wall-clock second running 10 000 goroutines on 64 Ps that use
 *   channels, mutexes, syscalls and sleeps (target ≥ 2 000 000);
 *   (`engine.eventsPerCpuSec`: the same per second of this process's CPU time, which a loaded machine
 *   distorts less);
 * - `engine.seekMsP95`: 95th percentile of `seekToEvent` to random positions in that run, which has more
 *   than 1 000 000 events (target ≤ 20 ms);
 * - `engine.bytesPerEvent`: retained heap + array-buffer bytes per event after the run, log and keyframes
 *   included (target ≤ 150); measured after `global.gc()` when node runs with `--expose-gc`
 *   (`engine.bytesPerEventGcExposed` = 1), else from raw `process.memoryUsage()` deltas (= 0).
 */
export async function benchEngine(): Promise<Record<string, number>> {
  // Warm the JIT with one full run of the same program under another seed (figures are steady-state).
  {
    const warm = createGoRun(benchProgram(), { gomaxprocs: PROCS, seed: 2 });
    warm.runToEnd();
    for (let i = 0; i < 20; i++) warm.seekToEvent(Math.floor((warm.eventCount * i) / 20));
  }
  const gcExposed = collect();
  const before = heapBytes();
  const run: GoRun = createGoRun(benchProgram(), { gomaxprocs: PROCS, seed: 1 });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  run.runToEnd();
  const t1 = performance.now();
  const cpu = process.cpuUsage(c0);
  const events = run.eventCount;
  const exitCode = run.exit?.code ?? -1;
  collect();
  const after = heapBytes();
  const eventsPerSec = events / ((t1 - t0) / 1000);

  let x = 12345;
  const rnd = (n: number) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % n;
  };
  const times: number[] = [];
  for (let i = 0; i < 5; i++) run.seekToEvent(rnd(events));
  for (let i = 0; i < 60; i++) {
    const seq = rnd(events);
    const s0 = performance.now();
    run.seekToEvent(seq);
    run.view();
    times.push(performance.now() - s0);
  }
  times.sort((a, b) => a - b);
  const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0;
  await Promise.resolve();
  return {
    'engine.events': events,
    'engine.exitCode': exitCode,
    'engine.eventsPerSec': Math.round(eventsPerSec),
    'engine.eventsPerCpuSec': Math.round(events / ((cpu.user + cpu.system) / 1e6)),
    'engine.seekMsP95': Math.round(p95 * 100) / 100,
    'engine.bytesPerEvent': Math.round((after - before) / events),
    'engine.bytesPerEventGcExposed': gcExposed ? 1 : 0,
    ...(await benchSpin()),
  };
}
