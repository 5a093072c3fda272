/**
 * `math/rand`'s top-level functions on a default source of the program's own: seeded from the scenario seed
 * (through the engine's `rand` op) unless the program calls `rand.Seed`. Real Go 1.23 seeds its default
 * source randomly at start-up, so a program whose output depends on these values matches real Go only in
 * distribution (docs/language.md); `rand.Seed(n)` makes a run repeatable but not Go's own sequence.
 */
import { nextU32 } from '../../../sim/rand/Prng';
import type { ProgramRand } from '../compiler/rand';
import { bigOf, type Int, normInt } from '../runtime/ints';
import { makeSlice } from '../runtime/slices';
import { GoPanic, type RV, type SliceVal } from '../runtime/types';

const TWO32 = 4294967296;

/**
 * A uniform integer in [0, n) for n > 0 (Lemire's reduction for 32-bit n, 53 bits up to 2^53, and 96 bits
 * reduced modulo n beyond, whose bias is below 2^-32).
 */
function below(st: ProgramRand, n: Int): Int {
  if (typeof n === 'bigint') {
    const u = (BigInt(nextU32(st)) << 64n) | (BigInt(nextU32(st)) << 32n) | BigInt(nextU32(st));
    return normInt(u % n);
  }
  if (n <= TWO32) return Math.floor((nextU32(st) * n) / TWO32);
  const u = (nextU32(st) >>> 5) * 67108864 + (nextU32(st) >>> 6); // 53 random bits
  return Math.floor((u / 9007199254740992) * n);
}

/** A non-negative 63-bit value, exact (a bigint beyond 2^53, see runtime/ints.ts). */
function int63(st: ProgramRand): Int {
  return normInt((BigInt(nextU32(st) >>> 1) << 32n) | BigInt(nextU32(st)));
}

function positive(n: Int, name: string): Int {
  if (n <= 0) throw new GoPanic(`invalid argument to ${name}`);
  return n;
}

/** `rand.Perm(n)`: the permutation Go builds (`m[i] = m[j]; m[j] = i` with `j = Intn(i+1)`). */
function perm(st: ProgramRand, n: number): SliceVal {
  const s = makeSlice(n, n, 0);
  for (let i = 0; i < n; i++) {
    const j = below(st, i + 1) as number;
    s.a[i] = s.a[j];
    s.a[j] = i;
  }
  return s;
}

/** `rand.Seed(seed)`: the default source restarts from `seed` (both 32-bit halves mixed in). */
function seed(st: ProgramRand, v: Int): void {
  const lo = Number(BigInt.asUintN(32, bigOf(v)));
  const hi = Number(BigInt.asUintN(32, bigOf(v) >> 32n));
  st.s = (lo ^ Math.imul(hi, 0x9e3779b1)) >>> 0;
  st.seeded = 1;
}

/** The functions of math/rand by `pkg.Name`: the program's math/rand stream and the evaluated arguments. */
export const RAND_FUNCS: Readonly<Record<string, (st: ProgramRand, a: RV[]) => RV>> = {
  'math/rand.Intn': (st, a) => below(st, positive(a[0], 'Intn')),
  'math/rand.Int31n': (st, a) => below(st, positive(a[0], 'Int31n')),
  'math/rand.Int63n': (st, a) => below(st, positive(a[0], 'Int63n')),
  'math/rand.Int': (st) => int63(st),
  'math/rand.Int63': (st) => int63(st),
  'math/rand.Int31': (st) => nextU32(st) >>> 1,
  'math/rand.Perm': (st, a) => perm(st, a[0]),
  'math/rand.Seed': (st, a) => seed(st, a[0]),
  // rand.go: Float64 is Int63n(1<<53) / (1<<53), Float32 is Int31n(1<<24) / (1<<24): uniform in [0, 1).
  // A value below 2^53 is always held as a number (runtime/ints.ts), hence the casts.
  'math/rand.Float64': (st) => (below(st, 9007199254740992) as number) / 9007199254740992,
  'math/rand.Float32': (st) => (below(st, 16777216) as number) / 16777216,
};
