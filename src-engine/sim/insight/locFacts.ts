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

/** Works out {@link LocFacts} of `l` (the index caches them per string id: see `SourceFacts`). */
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
