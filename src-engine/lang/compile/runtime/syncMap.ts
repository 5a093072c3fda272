/**
 * `sync.Map` at run time: entries keyed as Go compares `any` keys (`==` on interface values), kept in
 * insertion order so that `Range` can visit them in an order drawn like a Go map's (sync.Map's Range
 * ranges over its internal map). Plain data, so keyframes clone it.
 */
import { budget, BYTES_PER_MAP_ENTRY } from '../../../sim/limits';
import { iterationOrder } from './maps';
import { type Box, rtType } from './rtypes';
import { GoPanic, type RV } from './types';

/** One stored entry. */
interface Entry {
  readonly k: Box | null;
  v: RV;
}

/** A sync.Map's state. */
export interface SyncMap {
  /** Entries by key identity (see {@link keyOf}), in insertion order. */
  readonly entries: Map<string, Entry>;
  /** Next identity for keys compared by value through their equality (structs, pointers). */
  seq: number;
}

/** A new, empty sync.Map. */
export function newSyncMap(): SyncMap {
  return { entries: new Map(), seq: 0 };
}

/** Interface equality (compiler/values.ts), installed by the compiler to avoid an import cycle. */
let eq: (a: RV, b: RV) => boolean = (a, b) => a === b;
/** Installs the interface equality the map compares keys with. */
export function setSyncMapEq(fn: (a: RV, b: RV) => boolean): void {
  eq = fn;
}

/** The identity of `k` when its value is primitive (numbers, strings, booleans, nil), else null. */
function primKey(k: Box | null): string | null {
  if (k === null) return 'nil';
  const v = k.v;
  const tv = typeof v;
  return tv === 'string' || tv === 'number' || tv === 'boolean' ? `${k.t}|${tv}|${String(v)}` : null;
}

function find(m: SyncMap, k: Box | null): [string, Entry] | undefined {
  const p = primKey(k);
  if (p !== null) {
    const e = m.entries.get(p);
    return e === undefined ? undefined : [p, e];
  }
  // Comparing panics for an uncomparable key, as hashing it does in Go.
  try {
    eq(k, k);
  } catch {
    throw new GoPanic(`runtime error: hash of unhashable type ${rtType((k as Box).t).name}`);
  }
  for (const [id, e] of m.entries) if (primKey(e.k) === null && eq(e.k, k)) return [id, e];
  return undefined;
}

function insert(m: SyncMap, k: Box | null, v: RV): void {
  budget.charge(BYTES_PER_MAP_ENTRY);
  m.entries.set(primKey(k) ?? `o${m.seq++}`, { k, v });
}

/** `Load`: [value, ok]. */
export function smLoad(m: SyncMap, k: Box | null): [RV, boolean] {
  const e = find(m, k);
  return e === undefined ? [null, false] : [e[1].v, true];
}

/** `Store`. */
export function smStore(m: SyncMap, k: Box | null, v: RV): void {
  const e = find(m, k);
  if (e === undefined) insert(m, k, v);
  else e[1].v = v;
}

/** `LoadOrStore`: [actual, loaded]. */
export function smLoadOrStore(m: SyncMap, k: Box | null, v: RV): [RV, boolean] {
  const e = find(m, k);
  if (e !== undefined) return [e[1].v, true];
  insert(m, k, v);
  return [v, false];
}

/** `LoadAndDelete`: [value, loaded]. */
export function smLoadAndDelete(m: SyncMap, k: Box | null): [RV, boolean] {
  const e = find(m, k);
  if (e === undefined) return [null, false];
  m.entries.delete(e[0]);
  return [e[1].v, true];
}

/** `Swap`: [previous, loaded]. */
export function smSwap(m: SyncMap, k: Box | null, v: RV): [RV, boolean] {
  const e = find(m, k);
  if (e === undefined) {
    insert(m, k, v);
    return [null, false];
  }
  const old = e[1].v;
  e[1].v = v;
  return [old, true];
}

/** `CompareAndSwap`: Go compares the current value with `old` (panicking if they are not comparable). */
export function smCompareAndSwap(m: SyncMap, k: Box | null, old: RV, v: RV): boolean {
  const e = find(m, k);
  if (e === undefined || !valueEq(e[1].v, old)) return false;
  e[1].v = v;
  return true;
}

/** `CompareAndDelete`. */
export function smCompareAndDelete(m: SyncMap, k: Box | null, old: RV): boolean {
  const e = find(m, k);
  if (e === undefined || !valueEq(e[1].v, old)) return false;
  m.entries.delete(e[0]);
  return true;
}

function valueEq(a: RV, b: RV): boolean {
  try {
    return eq(a, b);
  } catch {
    throw new GoPanic('runtime error: comparing uncomparable type ' + rtType((a as Box).t).name);
  }
}

/** The key identities `Range` visits, in an order drawn from the random uint32 `r`. */
export function smRangeOrder(m: SyncMap, r: number): string[] {
  const ids = new Map<RV, RV>(Array.from(m.entries.keys(), (id) => [id, id]));
  return iterationOrder(ids, r) as string[];
}

/** The entry with identity `id` if still present (Range skips entries deleted meanwhile). */
export function smEntry(m: SyncMap, id: string): { k: Box | null; v: RV } | undefined {
  return m.entries.get(id);
}
