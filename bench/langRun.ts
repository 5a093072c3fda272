/**
 * Benchmark of the scenario-language interpreter: a CPU-heavy program (nested loops with arithmetic, slice
 * indexing and appends, function calls) compiled and run on the engine. `lang.stepsPerSec` counts the
 * statement/expression steps the interpreter executed per second of wall-clock time.
 */
import { compileSource } from '../src-engine/lang/compile';
import { createGoRun } from '../src-engine/sim';

const PROGRAM = `package main

import "fmt"

func mix(a, b int) int {
	return (a*31 + b) % 1000003
}

func main() {
	primes := []int{}
	for n := 2; len(primes) < 400; n++ {
		prime := true
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				prime = false
				break
			}
		}
		if prime {
			primes = append(primes, n)
		}
	}
	h := 0
	for round := 0; round < 60; round++ {
		acc := []int{}
		for i := 0; i < 2000; i++ {
			h = mix(h, primes[i%len(primes)]+round)
			if i%3 == 0 {
				acc = append(acc, h&1023)
			}
		}
		h += len(acc)
	}
	fmt.Println(h)
}
`;

/** Runs the program once; returns steps executed and wall-clock ms. */
function once(): { steps: number; ms: number } {
  const c = compileSource(PROGRAM, 'bench.go');
  if ('diagnostics' in c) throw new Error(`bench program does not compile: ${JSON.stringify(c.diagnostics)}`);
  const run = createGoRun(c.program, { gomaxprocs: 1, seed: 1 });
  const before = c.program.machine.steps;
  const t0 = performance.now();
  run.runToEnd();
  const ms = performance.now() - t0;
  if (run.exit?.code !== 0) throw new Error(`bench program failed: ${run.exit?.reason ?? 'did not end'}`);
  return { steps: c.program.machine.steps - before, ms };
}

/** `lang.stepsPerSec` (best of 5 runs after a warm-up), plus the steps of one run and its wall time. */
export async function benchLangRun(): Promise<Record<string, number>> {
  once();
  let best = { steps: 0, ms: Infinity };
  for (let i = 0; i < 5; i++) {
    const r = once();
    if (r.ms < best.ms) best = r;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return {
    'lang.stepsPerSec': Math.round((best.steps / best.ms) * 1000),
    'lang.stepsPerRun': best.steps,
    'lang.runMs': Math.round(best.ms * 10) / 10,
  };
}
