/**
 * Parsed locations ({@link LocInfo}): a location string with its interned id, kind code, number and implied G
 * status, cached by string and, for the hot families (`running(Pn)`, `sendq(chN)`, …), by number, so hot
 * moves neither build nor hash a string.
 */
import type { Interner } from '../log/Interner';
import { name, type Name } from './names';
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

/** What a location string says, whatever the run: {@link LocInfo} without the log's id. */
interface ParsedLoc {
  readonly str: string;
  readonly kind: number;
  readonly num: number;
  readonly status: GStatus;
}

/** Parses a location string (see locs.ts). */
function parseLoc(s: string): ParsedLoc {
  return { str: s, kind: LOC_KINDS[locKind(s)] ?? LK_OTHER, num: locNum(s), status: statusOfLoc(s) };
}

/**
 * The family locations parsed once per process, by family and number (bounded like the location strings
 * locs.ts caches: one per P, M, channel or sync object), with their registered names.
 */
const familyParsed: (ParsedLoc & { readonly name: Name })[][] = FAMILIES.map(() => []);

function parsedOf(family: number, n: number): ParsedLoc & { readonly name: Name } {
  const t = familyParsed[family] as (ParsedLoc & { readonly name: Name })[];
  let p = t[n];
  if (p === undefined) {
    const s = (FAMILIES[family] as (n: number) => string)(n);
    p = { ...parseLoc(s), name: name(s) };
    t[n] = p;
  }
  return p;
}

/**
 * Location caches of one run (ids come from that run's log).
 *
 * @remarks
 * Parsing is process-wide ({@link parsedOf}); a run only pairs a parsed family location with its log id,
 * by the location's registered name (an array index, see {@link Interner.idOfName}). Parsing, hashing and
 * interning the ~20 locations of a run like the §11.7 cpuAndSyscall case afresh cost ~7 µs (~2.5 µs this
 * way), a share of a short run (a comparison pane, the bench's small workloads). Other strings (a
 * `select(...)` over several channels) are parsed per run.
 */
export class LocTable {
  private readonly byStr = new Map<string, LocInfo>();
  /** Per family, by number; each made on first use. */
  private readonly families: ((LocInfo | undefined)[] | undefined)[] = FAMILIES.map(() => undefined);

  constructor(private readonly strings: Interner) {}

  /** Parsed, interned location (cached: locations repeat constantly). */
  loc(s: string): LocInfo {
    let l = this.byStr.get(s);
    if (l === undefined) {
      const p = parseLoc(s);
      l = { str: s, id: this.strings.id(s), kind: p.kind, num: p.num, status: p.status };
      this.byStr.set(s, l);
    }
    return l;
  }

  /** Parsed location of a family for P/M/channel/sync `n` (0 for the single ones), cached by number. */
  locOf(family: number, n: number): LocInfo {
    let t = this.families[family];
    if (t === undefined) this.families[family] = t = sparseArray<LocInfo>();
    let l = t[n];
    if (l === undefined) {
      const p = parsedOf(family, n);
      // The same object `loc` answers for this string, so each location has one LocInfo per run.
      l = this.byStr.get(p.str);
      if (l === undefined) {
        l = { str: p.str, id: this.strings.idOfName(p.name), kind: p.kind, num: p.num, status: p.status };
        this.byStr.set(p.str, l);
      }
      t[n] = l;
    }
    return l;
  }
}
