/** Location strings (see events.ts `Location`), cached so hot paths do not rebuild them. */
import type { GStatus } from '../WorldView';
import { nameCache } from './names';

const cache = (f: (i: number) => string): ((i: number) => string) => {
  const arr: string[] = [];
  return (i) => (arr[i] ??= f(i));
};

export const L_GLOBRUNQ = 'globrunq';
export const L_NETPOLL = 'netpoll';
export const L_DEAD = 'dead';
export const L_NONE = 'nowhere';
export const runqLoc = cache((p) => `runq(P${p})`);
export const runnextLoc = cache((p) => `runnext(P${p})`);
export const runningLoc = cache((p) => `running(P${p})`);
export const timersLoc = cache((p) => `timers(P${p})`);
export const syscallLoc = cache((m) => `syscall(M${m})`);
export const recvqLoc = cache((c) => `recvq(ch${c})`);
export const sendqLoc = cache((c) => `sendq(ch${c})`);
export const semaLoc = cache((s) => `sema(mu${s})`);
export const semaWgLoc = cache((s) => `sema(wg${s})`);
export const nextgLoc = cache((m) => `nextg(M${m})`);

/** Reasons that name a P, as cached {@link Name}s (they are emitted on hot paths). */
export const stolenFromReason = nameCache((p) => `stolen from P${p}`);
export const thiefTimerReason = nameCache((p) => `timer of P${p} run by a thief`);
export const usleepReason = nameCache((p) => `usleep(3) before stealing runnext of P${p}`);

/** `_Grunnable` in queues, `_Grunning` when running, `_Gsyscall` in a syscall, `_Gdead`, else `_Gwaiting`. */
export function statusOfLoc(loc: string): GStatus {
  const c = loc.charCodeAt(0);
  if (loc.startsWith('runq') || loc.startsWith('runnext') || loc === L_GLOBRUNQ || loc.startsWith('nextg')) {
    return '_Grunnable';
  }
  if (c === 114 /* r */ && loc.startsWith('running')) return '_Grunning';
  if (loc.startsWith('syscall')) return '_Gsyscall';
  if (loc === L_DEAD) return '_Gdead';
  return '_Gwaiting';
}

/** Kind of a location: the part before '('. */
export function locKind(loc: string): string {
  const i = loc.indexOf('(');
  return i < 0 ? loc : loc.slice(0, i);
}

/** Numeric argument of a location like `running(P3)` → 3 (−1 when absent). */
export function locNum(loc: string): number {
  const i = loc.indexOf('(');
  if (i < 0) return -1;
  const n = parseInt(loc.slice(i + 2, -1), 10);
  return Number.isNaN(n) ? -1 : n;
}
