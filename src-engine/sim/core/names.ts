/**
 * Names: the fixed strings events carry (kinds, reasons, runtime function names, statuses), registered once
 * per process as small integers, so the hot path passes numbers and finds a name's id in the log's interners
 * by array index instead of hashing the string on every event.
 *
 * @remarks
 * Only register strings from a bounded set (literals, or strings built from a P/M/channel number, cached):
 * the registry is process-wide and never shrinks. Unbounded text (panic messages, exit reasons) goes through
 * {@link Rt.emitStr}. A log's ids do not depend on registration order: {@link NameIds} interns a name into
 * its log on first use, exactly when the string would have been interned.
 */
import type { Interner } from '../log/Interner';
import type { MState, PStatus } from '../WorldView';

/** A registered string: an index into the process-wide registry (branded so raw numbers are not mixed in). */
export type Name = number & { readonly __name: 'Name' };

/** "No string" for an event's optional `from` / `to`. */
export const NO_NAME = -1 as Name;

const strs: string[] = [];
const codes = new Map<string, Name>();

/** The name of `s`, registering it if new (call once per call site, at module load or into a cache). */
export function name(s: string): Name {
  let n = codes.get(s);
  if (n === undefined) {
    n = strs.length as Name;
    strs.push(s);
    codes.set(s, n);
  }
  return n;
}

/** The string of a name. */
export function nameStr(n: Name): string {
  return strs[n] as string;
}

/** Every string registered so far (tests walk them: every runtime function an event can name). */
export function registeredNames(): readonly string[] {
  return strs;
}

/** Caches names made from a number (a P, M, channel or sync id): `f` runs once per number. */
export function nameCache(f: (i: number) => string): (i: number) => Name {
  const arr: Name[] = [];
  return (i) => (arr[i] ??= name(f(i)));
}

/** Names per page of a {@link NameIds} table (a power of two). */
const PAGE_BITS = 6;
const PAGE_MASK = (1 << PAGE_BITS) - 1;

/**
 * Ids of names in one log interner, filled on first use (so ids are assigned in order of first use).
 *
 * @remarks
 * The table is paged (64 names a page, allocated when a name in it is first used) because the registry is
 * process-wide and only grows: after a run with 10 000 threads or channels it holds ~40 000 names, and a flat
 * table as long as the highest name used made every new run (each log has its own ids) pay for filling tens
 * of thousands of slots before its first event — most of the time of a short run (a comparison pane, the
 * §11.7 bench's small workloads). A page stores id + 1, so a fresh page (all zeros) means "not interned yet".
 */
export class NameIds {
  private readonly pages: (Int32Array | undefined)[] = [];

  constructor(private readonly interner: Interner) {}

  /** The interner's id of `n`. */
  id(n: Name): number {
    const page = this.pages[n >> PAGE_BITS];
    if (page !== undefined) {
      const v = page[n & PAGE_MASK] as number;
      if (v > 0) return v - 1;
    }
    return this.add(n);
  }

  private add(n: Name): number {
    const pages = this.pages;
    const p = n >> PAGE_BITS;
    // Keep the array packed (holes would make every read slower).
    while (pages.length <= p) pages.push(undefined);
    let page = pages[p];
    if (page === undefined) pages[p] = page = new Int32Array(1 << PAGE_BITS);
    const v = this.interner.id(nameStr(n));
    page[n & PAGE_MASK] = v + 1;
    return v;
  }
}

/** A name, or a plain string to register (tests and cold callers of queue functions). */
export type NameLike = Name | string;

/** The name of a {@link NameLike}. */
export function toName(n: NameLike): Name {
  return typeof n === 'string' ? name(n) : n;
}

/** Event kinds. */
export const K_G_CREATE = name('g.create');
export const K_G_MOVE = name('g.move');
export const K_P_STATUS = name('p.status');
export const K_M_STATUS = name('m.status');
export const K_M_CREATE = name('m.create');
export const K_M_STARTM = name('m.startm');

/** Names of P statuses (the `from` / `to` of `p.status` events). */
export const P_STATUS: Readonly<Record<PStatus, Name>> = {
  _Pidle: name('_Pidle'),
  _Prunning: name('_Prunning'),
  _Psyscall: name('_Psyscall'),
  _Pgcstop: name('_Pgcstop'),
  _Pdead: name('_Pdead'),
};

/** Names of M states (the `from` / `to` of `m.status` events). */
export const M_STATE: Readonly<Record<MState, Name>> = {
  running: name('running'),
  scheduling: name('scheduling'),
  spinning: name('spinning'),
  syscall: name('syscall'),
  netpoll: name('netpoll'),
  idle: name('idle'),
  'locked-idle': name('locked-idle'),
  sysmon: name('sysmon'),
};
