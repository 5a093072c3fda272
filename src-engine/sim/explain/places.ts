/** Plain-English names of the places and states events mention (the explanation's nouns). */
import { parseLocation } from '../events';

/** Names already made, by location (locations come from a bounded set: Ps, Ms, channels, sync objects). */
const names = new Map<string, string>();

/** A location parsed and named once: its kind, its argument, its name and its name as a destination. */
export interface Place {
  readonly kind: string;
  readonly arg: string | undefined;
  /** {@link placeName} of the location. */
  readonly name: string;
  /** {@link destination} of the location. */
  readonly destination: string;
}

const places = new Map<string, Place>();

/** The {@link Place} of a location string, made once per location (a bounded set; the cache is capped). */
export function placeOf(l: string): Place {
  let p = places.get(l);
  if (p === undefined) {
    const { kind, arg } = parseLocation(l);
    p = { kind, arg, name: placeName(l), destination: destination(l) };
    if (places.size < 65_536) places.set(l, p);
  }
  return p;
}

/** "P0's runnext", "the global run queue", "ch3's recvq", … for a location string (see `Location`). */
export function placeName(l: string): string {
  let n = names.get(l);
  if (n === undefined) {
    n = makePlaceName(l);
    if (names.size < 65_536) names.set(l, n);
  }
  return n;
}

function makePlaceName(l: string): string {
  const { kind, arg } = parseLocation(l);
  switch (kind) {
    case 'runnext':
      return `${arg}'s runnext`;
    case 'runq':
      return `${arg}'s local run queue`;
    case 'globrunq':
      return 'the global run queue';
    case 'running':
      return `${arg} (running)`;
    case 'timers':
      return `${arg}'s timer heap`;
    case 'syscall':
      return `a system call on ${arg}`;
    case 'recvq':
      return `${arg}'s recvq (waiting receivers)`;
    case 'sendq':
      return `${arg}'s sendq (waiting senders)`;
    case 'sema':
      return arg?.startsWith('wg') ? `WaitGroup ${arg}'s waiters` : `mutex ${arg}'s semaphore queue`;
    case 'select':
      return arg ? `a select over ${arg.split(',').join(', ')}` : 'a select with no ready case';
    case 'netpoll':
      return 'the network poller';
    case 'nextg':
      return `its locked thread ${arg}`;
    case 'dead':
      return 'the dead list';
    default:
      return l;
  }
}

/** Where a goroutine moves to, as the end of "G7 … to …" ("P0's runnext", "run on P1"). */
export function destination(l: string): string {
  const { kind, arg } = parseLocation(l);
  if (kind === 'running') return `run on ${arg}`;
  if (kind === 'dead') return 'dead';
  return placeName(l);
}

/** A P status name in words. */
export function pStatusName(s: string | undefined): string {
  switch (s) {
    case '_Pidle':
      return 'idle';
    case '_Prunning':
      return 'running';
    case '_Psyscall':
      return 'in a syscall';
    case '_Pgcstop':
      return 'stopped for the world';
    case '_Pdead':
      return 'dead';
    default:
      return s ?? '?';
  }
}

/** An M state name in words. */
export function mStateName(s: string | undefined): string {
  switch (s) {
    case 'running':
      return 'running a goroutine';
    case 'scheduling':
      return 'in the scheduler';
    case 'spinning':
      return 'spinning (looking for work)';
    case 'syscall':
      return 'in a system call';
    case 'netpoll':
      return 'blocked in netpoll';
    case 'idle':
      return 'parked';
    case 'locked-idle':
      return 'parked, waiting for its locked goroutine';
    case 'sysmon':
      return 'running sysmon';
    default:
      return s ?? '?';
  }
}
