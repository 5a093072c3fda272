/**
 * One model on one §11.7 workload, in a process of its own (`bench/models.ts` starts one per case):
 * `node --expose-gc <bundle of this file> <model> <workload>` (or `--import tsx bench/modelCase.ts …`) prints `{"wall":…,"cpu":…,"processCpuMs":…}`:
 * events per wall second and per CPU second of the timed runs, and the process's whole CPU time.
 */
import { performance } from 'node:perf_hooks';
import { compileSource } from '../src-engine/lang/compile';
import { createModelRun } from '../src-engine/sim/models/registry';
import { BENCH_WORKLOADS } from '../src-engine/sim/models/workloads';

const gc = (globalThis as { gc?: () => void }).gc;

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Events simulated per wall and per CPU second, at steady state: runs are first repeated for `warmMs` (and at
 * least 3 times) so the measured runs execute the engine's optimised code rather than its tier-up (200 ms left
 * the first measurement of a model 30–50 % below a repeat); then whole runs (to the end or `maxEvents`) are
 * timed in batches of at least `batchMs` until `minMs` of run time (a second: this VM's speed drifts by tens of per cent over a few hundred ms), with a collection between batches (outside
 * the timer), so each batch pays for its own runs' garbage (and not for the concurrent sweeping of a forced
 * collection before every short run). Only `runToEnd` is timed (not compiling or constructing the run); large
 * workloads are one run per batch.
 */
export function eventsPerSec(
  src: string,
  model: string,
  cores: number,
  minMs = 1_000,
  maxEvents = 3_000_000,
  warmMs = 600,
  batchMs = 30,
): { wall: number; cpu: number } {
  const c = compileSource(src, 'main.go');
  if ('diagnostics' in c) throw new Error(c.diagnostics.map((d) => d.message).join('\n'));
  const w0 = performance.now();
  for (let n = 0; n < 3 || performance.now() - w0 < warmMs; n++)
    createModelRun(model, c.program, { cores, seed: 1 }).runToEnd(maxEvents);
  let events = 0;
  let ms = 0;
  let cpu = 0;
  while (ms < minMs) {
    gc?.();
    let batchWallMs = 0;
    while (batchWallMs < batchMs) {
      const run = createModelRun(model, c.program, { cores, seed: 1 });
      const c0 = cpuMs();
      const t0 = performance.now();
      run.runToEnd(maxEvents);
      const runMs = performance.now() - t0;
      cpu += cpuMs() - c0;
      batchWallMs += runMs;
      events += run.recordedCount;
    }
    ms += batchWallMs;
  }
  return { wall: Math.round(events / (ms / 1000)), cpu: Math.round(events / (Math.max(cpu, 0.001) / 1000)) };
}

const [model, workload] = process.argv.slice(2, 4);
if (model !== undefined && workload !== undefined) {
  const w = BENCH_WORKLOADS[workload];
  if (w === undefined) throw new Error(`no workload ${workload}`);
  const r = eventsPerSec(w.src, model, w.cores);
  // The process's whole CPU time (start-up and compiling included), for the suite's total.
  process.stdout.write(`${JSON.stringify({ ...r, processCpuMs: Math.round(cpuMs()) })}\n`);
}
