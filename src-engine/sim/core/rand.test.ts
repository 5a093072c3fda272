/**
 * The `rand` op (the runtime's `rand()` for the program: map iteration order, math/rand's default seed): a
 * uint32 from the run's own stream `lang`, forked from the scenario seed, in the Go engine and in the
 * historical models alike. No scheduling point, and it never perturbs the steal and select streams.
 */
import { describe, expect, it } from 'vitest';
import { createGoRun } from '../index';
import { compileSource } from '../../lang/compile';
import { runModel } from '../models/testing/runModel';
import { forkStream, nextU32 } from '../rand/Prng';
import { loop, op, print, program } from '../testing/bodyBuilder';

const draws = program([loop(3, 'i', [op({ op: 'rand' }, 'r'), print((v) => `${String(v['r'])}\n`)])]);

function stdout(run: { output(): readonly { text: string }[] }): string {
  return run
    .output()
    .map((o) => o.text)
    .join('');
}

describe('rand (runtime.rand for the program): the seeded stream "lang"', () => {
  it('gives the stream forked from the scenario seed, the same for the same seed', () => {
    const st = forkStream(7, 'lang');
    const want = [nextU32(st), nextU32(st), nextU32(st)].map((x) => `${x}\n`).join('');
    const run = createGoRun(draws, { gomaxprocs: 1, seed: 7 });
    run.runToEnd();
    expect(stdout(run)).toBe(want);
    const other = createGoRun(draws, { gomaxprocs: 1, seed: 8 });
    other.runToEnd();
    expect(stdout(other)).not.toBe(want);
  });

  it('the historical models draw from their own "lang" stream too: same program, same seed, same values', () => {
    const src = `package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(1000000), rand.Intn(1000000), rand.Perm(5))
}
`;
    const compiled = compileSource(src);
    if ('diagnostics' in compiled) throw new Error('does not compile');
    const go = createGoRun(compiled.program, { gomaxprocs: 1, seed: 7 });
    go.runToEnd();
    expect(runModel(src, 'n-to-1', { seed: 7 }).stdout).toBe(stdout(go));
    expect(runModel(src, 'n-to-1', { seed: 8 }).stdout).not.toBe(stdout(go));
  });
});
