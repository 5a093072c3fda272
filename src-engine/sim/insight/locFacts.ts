import type { GStatus } from '../WorldView';
import { statusOfLoc } from '../core/locs';
import { parseLocation, type Location } from '../events';

/** What the event index needs to know of a location, worked out once per distinct location string. */
export interface LocFacts {
  /** Status of a goroutine there (see `statusOfLoc`). */
  readonly status: GStatus;
  /** A running slot (`running(P2)`). */
  readonly running: boolean;
  /** The P whose running slot this is (`running(P2)` → 2), else -1. */
  readonly runningP: number;
  /** The P whose run queue (`runq` ring or `runnext`) this is, else -1. */
  readonly runqP: number;
  /** `globrunq`. */
  readonly global: boolean;
  /** `dead`. */
  readonly dead: boolean;
  /** A `syscall(Mn)` place. */
  readonly syscall: boolean;
}

/**
 * {@link LocFacts} by location, memoised: a run has a few dozen distinct locations but the index meets two per
 * move event, and parsing them anew each time (substrings, `Number`) was a large share of the engine thread's
 * garbage at 100 000 goroutines. Deterministic: the facts are a pure function of the string.
 */
export class LocFactsCache {
  private readonly facts = new Map<Location, LocFacts>();

  of(l: Location): LocFacts {
    let f = this.facts.get(l);
    if (f === undefined) {
      f = factsOf(l);
      this.facts.set(l, f);
    }
    return f;
  }
}

/** Works out {@link LocFacts} of `l` (uncached). */
export function factsOf(l: Location): LocFacts {
  const { kind, arg } = parseLocation(l);
  // The P of `running(P2)`, `runq(P2)`, `runnext(P2)`: the number after the argument's prefix letter.
  const pOf = (): number => (arg === undefined ? -1 : Number(arg.slice(1)));
  return {
    status: statusOfLoc(l),
    running: kind === 'running',
    runningP: kind === 'running' ? pOf() : -1,
    runqP: kind === 'runq' || kind === 'runnext' ? pOf() : -1,
    global: l === 'globrunq',
    dead: l === 'dead',
    syscall: kind === 'syscall',
  };
}
