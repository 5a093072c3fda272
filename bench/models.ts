/**
 * Events per second of every scheduler model on the §11.7 comparison workloads (target ≥ 1 000 000 events/s
 * for every model), compiled from Go source like any scenario. Figures are `models.<id>.<workload>.eventsPerSec`.
 */
import { performance } from 'node:perf_hooks';
import { compileSource } from '../src-engine/lang/compile';
import { MODEL_IDS } from '../src-engine/sim/models/catalog';
import { createModelRun } from '../src-engine/sim/models/registry';
import { blockingIO, cpuAndSyscall, fairness, pingPong } from '../src-engine/sim/models/workloads';

/** The §11.7 workloads at full size (the ping-pong row at 10 000 goroutines), with their cores. */
const WORKLOADS: Record<string, { src: string; cores: number }> = {
  pingPong10k: { src: pingPong(5_000, 20), cores: 8 },
  cpuAndSyscall: { src: cpuAndSyscall(8, 50, 20), cores: 8 },
  blockingIO1000: { src: blockingIO(1_000, 5), cores: 8 },
  fairness: { src: fairness(50, 20), cores: 1 },
};

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Events simulated per wall second: whole runs (to the end or `maxEvents`) repeated until `minMs` of run
 * time, after one warm-up run, with a collection before each run so one run's garbage is not charged to
 * the next. Small workloads (few events: CPU-bound work is one action and no event per slice of work) are
 * repeated many times.
 */
function eventsPerSec(src: string, model: string, cores: number, minMs = 300, maxEvents = 3_000_000): number {
  const c = compileSource(src, 'main.go');
  if ('diagnostics' in c) throw new Error(c.diagnostics.map((d) => d.message).join('\n'));
  createModelRun(model, c.program, { cores, seed: 1 }).runToEnd(maxEvents);
  let events = 0;
  let ms = 0;
  while (ms < minMs) {
    gc?.();
    const run = createModelRun(model, c.program, { cores, seed: 1 });
    const t0 = performance.now();
    run.runToEnd(maxEvents);
    ms += performance.now() - t0;
    events += run.recordedCount;
  }
  return Math.round(events / (ms / 1000));
}

export async function benchModels(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const id of MODEL_IDS) {
    for (const [name, w] of Object.entries(WORKLOADS)) {
      out[`models.${id}.${name}.eventsPerSec`] = eventsPerSec(w.src, id, w.cores);
      await new Promise<void>((r) => setImmediate(r));
    }
  }
  return out;
}
