/**
 * Events per second of every scheduler model on the §11.7 comparison workloads (target ≥ 1 000 000 events/s
 * for every model), compiled from Go source like any scenario. Figures are `models.<id>.<workload>.eventsPerSec`
 * (wall clock) and `.eventsPerCpuSec` (this process's CPU time: the machine may be shared), and
 * `models.cpuSeconds` for the whole suite.
 */
import { performance } from 'node:perf_hooks';
import { compileSource } from '../src-engine/lang/compile';
import { MODEL_IDS } from '../src-engine/sim/models/catalog';
import { createModelRun } from '../src-engine/sim/models/registry';
import { BENCH_WORKLOADS } from '../src-engine/sim/models/workloads';

const gc = (globalThis as { gc?: () => void }).gc;

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Events simulated per wall and per CPU second, at steady state: runs are first repeated for `warmMs` (and at
 * least 3 times) so the measured runs execute the engine's optimised code rather than its tier-up (one warm-up
 * run left the small workloads, a few hundred events per run, measuring the JIT); then whole runs (to the end
 * or `maxEvents`) are timed in batches of at least `batchMs` until `minMs` of run time, with a collection
 * between batches (outside the timer), so each batch pays for its own runs' garbage (and not for the
 * concurrent sweeping of a forced collection before every short run). Only `runToEnd` is timed (not compiling
 * or constructing the run); large workloads are one run per batch.
 */
function eventsPerSec(
  src: string,
  model: string,
  cores: number,
  minMs = 300,
  maxEvents = 3_000_000,
  warmMs = 200,
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

export async function benchModels(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const c0 = cpuMs();
  for (const id of MODEL_IDS) {
    for (const [name, w] of Object.entries(BENCH_WORKLOADS)) {
      const r = eventsPerSec(w.src, id, w.cores);
      out[`models.${id}.${name}.eventsPerSec`] = r.wall;
      out[`models.${id}.${name}.eventsPerCpuSec`] = r.cpu;
      await new Promise<void>((r) => setImmediate(r));
    }
  }
  out['models.cpuSeconds'] = Math.round(cpuMs() - c0) / 1000;
  return out;
}
