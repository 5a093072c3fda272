/**
 * Seeded PRNG (Mulberry32) with forked, independent streams per subsystem.
 *
 * @remarks
 * The engine must never use `Math.random`: every random choice (steal order, select poll order) comes from a
 * stream forked from the run's seed, so the same seed gives the same event log. A stream's whole state is one
 * uint32 kept in plain data, so keyframes clone it with the rest of the state.
 */
export interface PrngState {
  /** Current uint32 state. */
  s: number;
}

/** Creates a stream from a seed (any number; only its low 32 bits matter). */
export function prngFromSeed(seed: number): PrngState {
  return { s: seed >>> 0 };
}

/** Next uint32 from the stream (Mulberry32). Mutates `st`. */
export function nextU32(st: PrngState): number {
  st.s = (st.s + 0x6d2b79f5) >>> 0;
  let t = st.s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** Uniform integer in [0, n) (n ≥ 1), like the runtime's `cheaprandn`. */
export function nextN(st: PrngState, n: number): number {
  // Lemire's multiply-shift reduction, as cheaprandn does.
  return Math.floor((nextU32(st) * n) / 4294967296);
}

/**
 * Forks an independent stream for subsystem `name` from a parent seed: the child depends only on the seed and
 * the name, so adding a new subsystem never perturbs the others.
 */
export function forkStream(seed: number, name: string): PrngState {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < name.length; i++) {
    h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  }
  const st = { s: h };
  nextU32(st);
  return st;
}
