import { performance } from 'node:perf_hooks';
import { compileSource } from '../src-engine/lang/compile';
import { createGoRun } from '../src-engine/sim';

/** 8 goroutines spinning in `for {}` on 4 cores: only async preemption (sysmon's forcePreemptNS) moves them. */
export const SPIN_PROGRAM = `package main

import (
	"fmt"
	"time"
)

func spin() {
	for {
	}
}

func main() {
	for i := 0; i < 8; i++ {
		go spin()
	}
	time.Sleep(time.Hour)
	fmt.Println("unreachable")
}
`;

/** Simulated seconds the benchmark runs. */
const SIM_SECONDS = 10;

/**
 * Preemption-only programs (issue 10, item 7; `gosched run spin.go --cores 4 --until 10s` took 134 s before the
 * interpreter ran `for {}` in bulk):
 * - `engine.spinSimSecPerWallSec`: simulated seconds per wall-clock second for {@link SPIN_PROGRAM} on 4 Ps
 *   (target ≥ 1, i.e. at least 10× the 0.08–0.12 measured before);
 * - `engine.spinSimSecPerCpuSec`: the same per second of this process's CPU time (steadier on a shared machine).
 */
export async function benchSpin(): Promise<Record<string, number>> {
  const c = compileSource(SPIN_PROGRAM, 'spin.go');
  if ('diagnostics' in c) throw new Error(`spin program does not compile: ${JSON.stringify(c.diagnostics)}`);
  const run = createGoRun(c.program, { gomaxprocs: 4, seed: 1 });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  run.runUntil(SIM_SECONDS * 1e9);
  const wallSec = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  await Promise.resolve();
  return {
    'engine.spinSimSecPerWallSec': Math.round((SIM_SECONDS / wallSec) * 100) / 100,
    'engine.spinSimSecPerCpuSec': Math.round((SIM_SECONDS / ((cpu.user + cpu.system) / 1e6)) * 100) / 100,
  };
}
