/**
 * The program's own random stream (the runtime's `rand()`: map iteration order; math/rand's default source):
 * a PRNG state in a hidden global, seeded on first use by one `rand` op from the engine's stream for the
 * program (forked from the scenario seed), then drawn without ops. Same seed, same draws; never Math.random.
 */
import { nextU32, type PrngState } from '../../../sim/rand/Prng';
import { type E, type Frame } from '../runtime/types';
import type { Builder } from './Builder';
import type { Unit } from './Unit';

/** The program's stream: `seeded` is 0 until the first draw's op has run. */
export interface ProgramRand extends PrngState {
  seeded: number;
}

/** The program's streams: the runtime's (map iteration) and math/rand's default source. */
export type RandStream = 'runtime' | 'math/rand';

const slots = new WeakMap<Unit, Map<RandStream, number>>();

function slotOf(unit: Unit, stream: RandStream): number {
  let m = slots.get(unit);
  if (m === undefined) {
    m = new Map();
    slots.set(unit, m);
  }
  let s = m.get(stream);
  if (s === undefined) {
    s = unit.hiddenGlobal((): ProgramRand => ({ s: 0, seeded: 0 }));
    m.set(stream, s);
  }
  return s;
}

/**
 * Emits the seeding op (a no-op once seeded) and returns a reader of the program's stream. Call where an
 * instruction may be emitted, before the closures that draw from it run.
 */
export function programRand(b: Builder, stream: RandStream = 'runtime'): (f: Frame) => ProgramRand {
  const slot = slotOf(b.unit, stream);
  b.emitOp(
    (_g, f) => ((f.gl[slot] as ProgramRand).seeded === 0 ? { op: 'rand' } : null),
    (_g, f, input) => {
      const st = f.gl[slot] as ProgramRand;
      st.s = (input.value as number) >>> 0;
      st.seeded = 1;
    },
  );
  return (f) => f.gl[slot] as ProgramRand;
}

/** A uint32 drawn from the program's stream (after {@link programRand} was emitted). */
export function drawU32(st: E): E {
  return (f) => nextU32(st(f) as ProgramRand);
}
