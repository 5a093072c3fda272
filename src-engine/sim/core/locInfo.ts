/**
 * Parsed locations ({@link LocInfo}): a location string with its interned id, kind code, number and implied G
 * status, cached by string and, for the hot families (`running(Pn)`, `sendq(chN)`, …), by number, so hot
 * moves neither build nor hash a string.
 */
import type { Interner } from '../log/Interner';
import { sparseArray } from '../util/arrays';
import type { GStatus } from '../WorldView';
import {
  L_DEAD,
  L_GLOBRUNQ,
  locKind,
  locNum,
  nextgLoc,
  recvqLoc,
  runnextLoc,
  runningLoc,
  runqLoc,
  semaLoc,
  semaWgLoc,
  sendqLoc,
  statusOfLoc,
  syscallLoc,
  timersLoc,
} from './locs';

/** Location kind codes. */
export const LK_OTHER = 0;
export const LK_RUNNEXT = 1;
export const LK_RUNQ = 2;
export const LK_GLOBRUNQ = 3;
export const LK_RUNNING = 4;
export const LK_SYSCALL = 5;
export const LK_TIMERS = 6;
const LOC_KINDS: Record<string, number> = {
  timers: LK_TIMERS,
  runnext: LK_RUNNEXT,
  runq: LK_RUNQ,
  globrunq: LK_GLOBRUNQ,
  running: LK_RUNNING,
  syscall: LK_SYSCALL,
};

/** Location families for {@link LocTable.locOf}, by P, M, channel or sync id (0 for the single ones). */
export const LP_RUNNING = 0;
export const LP_RUNNEXT = 1;
export const LP_RUNQ = 2;
export const LP_TIMERS = 3;
export const LM_SYSCALL = 4;
export const LM_NEXTG = 5;
export const LC_SENDQ = 6;
export const LC_RECVQ = 7;
export const LS_SEMA = 8;
export const LS_SEMA_WG = 9;
export const L1_GLOBRUNQ = 10;
export const L1_DEAD = 11;
const FAMILIES: readonly ((n: number) => string)[] = [
  runningLoc,
  runnextLoc,
  runqLoc,
  timersLoc,
  syscallLoc,
  nextgLoc,
  sendqLoc,
  recvqLoc,
  semaLoc,
  semaWgLoc,
  () => L_GLOBRUNQ,
  () => L_DEAD,
];

/** A parsed location: interned id, kind code, numeric argument, implied G status. */
export interface LocInfo {
  readonly str: string;
  readonly id: number;
  readonly kind: number;
  readonly num: number;
  readonly status: GStatus;
}

/** Location caches of one run (ids come from that run's log). */
export class LocTable {
  private readonly byStr = new Map<string, LocInfo>();
  private readonly families: (LocInfo | undefined)[][] = FAMILIES.map(() => sparseArray<LocInfo>());

  constructor(private readonly strings: Interner) {}

  /** Parsed, interned location (cached: locations repeat constantly). */
  loc(s: string): LocInfo {
    let l = this.byStr.get(s);
    if (l === undefined) {
      l = {
        str: s,
        id: this.strings.id(s),
        kind: LOC_KINDS[locKind(s)] ?? LK_OTHER,
        num: locNum(s),
        status: statusOfLoc(s),
      };
      this.byStr.set(s, l);
    }
    return l;
  }

  /** Parsed location of a family for P/M/channel/sync `n` (0 for the single ones), cached by number. */
  locOf(family: number, n: number): LocInfo {
    const t = this.families[family] as (LocInfo | undefined)[];
    return (t[n] ??= this.loc((FAMILIES[family] as (n: number) => string)(n)));
  }
}
