/**
 * Events per second of every scheduler model on the §11.7 comparison workloads (target ≥ 1 000 000 events/s
 * for every model), compiled from Go source like any scenario. Figures are `models.<id>.<workload>.eventsPerSec`
 * (wall clock) and `.eventsPerCpuSec` (the case's process CPU time: the machine may be shared),
 * `models.minEventsPerSec` (the slowest case) and `models.cpuSeconds` for the whole suite.
 *
 * @remarks Each model × workload runs in a process of its own (`bench/modelCase.ts`, bundled as the app ships the
 * engine), so each figure is that
 * model's own speed. Measured one after another in one process, a case ran up to 2× slower as the 27th than alone:
 * V8 had specialised the interpreter and the kernel for the models before it, a cost of the harness that depended
 * on the order of the cases (go on blockingIO1000 varied 0.45–1.98 M from run to run).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { MODEL_IDS } from '../src-engine/sim/models/catalog';
import { BENCH_WORKLOADS } from '../src-engine/sim/models/workloads';

const CASE = resolve(import.meta.dirname, 'modelCase.ts');

/**
 * Bundles {@link CASE} with the engine as the app ships it (Vite, as electron-vite and the CLI build do) into
 * `dir`, and returns the script. Run through tsx instead, every function and class made at run time went through
 * its `__name` helper: go's figures came out 25–35 % lower than the shipped engine's.
 */
async function bundleCase(dir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: CASE,
      outDir: dir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'modelCase.mjs' } },
    },
  });
  return join(dir, 'modelCase.mjs');
}

export async function benchModels(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'gosched-models-'));
  try {
    return await measure(await bundleCase(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(script: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  let min = Infinity;
  let cpuMs = 0;
  for (const id of MODEL_IDS) {
    for (const name of Object.keys(BENCH_WORKLOADS)) {
      const text = execFileSync(process.execPath, ['--expose-gc', script, id, name], {
        encoding: 'utf8',
      });
      const r = JSON.parse(text.trim().split('\n').at(-1)!) as {
        wall: number;
        cpu: number;
        processCpuMs: number;
      };
      out[`models.${id}.${name}.eventsPerSec`] = r.wall;
      out[`models.${id}.${name}.eventsPerCpuSec`] = r.cpu;
      min = Math.min(min, r.wall);
      cpuMs += r.processCpuMs;
      await new Promise<void>((r) => setImmediate(r));
    }
  }
  out['models.minEventsPerSec'] = min;
  out['models.cpuSeconds'] = Math.round(cpuMs) / 1000;
  return out;
}
