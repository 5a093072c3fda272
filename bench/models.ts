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
 * Events simulated per wall and per CPU second: whole runs (to the end or `maxEvents`) repeated until `minMs`
 * of run time, after one warm-up run, with a collection before each run so one run's garbage is not charged to
 * the next. Only `runToEnd` is timed (not compiling or constructing the run). Small workloads are repeated
 * many times.
 */
function eventsPerSec(
  src: string,
  model: string,
  cores: number,
  minMs = 300,
  maxEvents = 3_000_000,
): { wall: number; cpu: number } {
  const c = compileSource(src, 'main.go');
  if ('diagnostics' in c) throw new Error(c.diagnostics.map((d) => d.message).join('\n'));
  createModelRun(model, c.program, { cores, seed: 1 }).runToEnd(maxEvents);
  let events = 0;
  let ms = 0;
  let cpu = 0;
  while (ms < minMs) {
    gc?.();
    const run = createModelRun(model, c.program, { cores, seed: 1 });
    const c0 = cpuMs();
    const t0 = performance.now();
    run.runToEnd(maxEvents);
    ms += performance.now() - t0;
    cpu += cpuMs() - c0;
    events += run.recordedCount;
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
