/**
 * Differential test against the real Go 1.23 toolchain (skipped without it): a program of random fmt calls
 * and integer expressions must print exactly what `go build` + run prints.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmtProgram } from './testing/fmtProgram';
import { intProgram } from './testing/intProgram';
import { HAVE_GO, realGo } from './testing/likeGo';
import { mapProgram } from './testing/mapProgram';
import { sliceProgram } from './testing/sliceProgram';
import { stringProgram } from './testing/stringProgram';
import { runGo } from './testing/runGo';

/** Compares the simulator's stdout with real Go's, line by line, naming the statement of a differing line. */
function expectSameAsGo(src: string): void {
  const want = realGo(src).stdout.split('\n');
  const sim = runGo(src);
  const got = sim.stdout.split('\n');
  const printing = src.split('\n').filter((l) => /^\tfmt\.Println\(/.test(l));
  for (let i = 0; i < want.length; i++)
    expect(got[i], `output line ${i + 1} (${printing[i] ?? ''})`).toBe(want[i]);
  expect(sim.exitCode).toBe(0);
}

/** Seeds to try: 1..GOSCHED_DIFF_SEEDS when set (for longer hunts), else three. */
const SEEDS = process.env['GOSCHED_DIFF_SEEDS']
  ? Array.from({ length: Number(process.env['GOSCHED_DIFF_SEEDS']) }, (_, i) => i + 1)
  : [1, 2, 3];

describe.skipIf(!HAVE_GO)('compared with real Go 1.23', () => {
  it.each(SEEDS)(
    'random fmt and integer program (seed %i)',
    (seed) => {
      const [src] = fc.sample(fmtProgram(120), { numRuns: 1, seed });
      if (src === undefined) throw new Error('no sample');
      expectSameAsGo(src);
    },
    120_000,
  );

  it.each(SEEDS)(
    'random integer program over int8…uint64, int, uint, uintptr: exact 64-bit wrap-around (seed %i)',
    (seed) => {
      const [src] = fc.sample(intProgram(40), { numRuns: 1, seed });
      if (src === undefined) throw new Error('no sample');
      expectSameAsGo(src);
    },
    120_000,
  );

  it.each(SEEDS)(
    'random slice program (seed %i)',
    (seed) => {
      const [src] = fc.sample(sliceProgram(80), { numRuns: 1, seed });
      if (src === undefined) throw new Error('no sample');
      expectSameAsGo(src);
    },
    120_000,
  );

  it.each(SEEDS)(
    'random map program (seed %i)',
    (seed) => {
      const [src] = fc.sample(mapProgram(60), { numRuns: 1, seed });
      if (src === undefined) throw new Error('no sample');
      expectSameAsGo(src);
    },
    120_000,
  );

  it.each(SEEDS)(
    'random string program (seed %i)',
    (seed) => {
      const [src] = fc.sample(stringProgram(60), { numRuns: 1, seed });
      if (src === undefined) throw new Error('no sample');
      expectSameAsGo(src);
    },
    120_000,
  );
});
