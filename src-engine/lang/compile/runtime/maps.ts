/**
 * Go maps at run time: a JavaScript `Map` from key to value (`null` is the nil map). Keys are the primitive
 * run-time values of comparable types (numbers, strings, booleans, channel handles), which a JS Map already
 * compares as Go's `==` does; array and struct keys go through the `vk…` functions (a canonical encoding finds the
 * key object stored for an equal value). Every new entry is charged to the run's memory budget, so a map that grows
 * without bound ends the program as Go ends one out of memory (docs/limits.md).
 */
import { budget, BYTES_PER_MAP_ENTRY } from '../../../sim/limits';
import { nextN, prngFromSeed } from '../../../sim/rand/Prng';
import { GoFatal, OUT_OF_MEMORY } from './memory';
import { GoPanic, type RV } from './types';

/** A map value; `null` is the nil map. */
export type MapVal = Map<RV, RV>;

/**
 * Most entries one map may hold: below V8's own limit on a Map's size (2^24), so a map that gets there ends
 * with Go's out-of-memory error rather than a JavaScript RangeError. With the default budget the budget runs
 * out first for any map whose values are more than a few bytes.
 */
export const MAX_MAP_ENTRIES = (1 << 24) - (1 << 20);

/** `m[k]`: the element, or the zero value when absent or when `m` is nil. */
export function mapGet(m: MapVal | null, k: RV, zero: RV): RV {
  if (m === null) return zero;
  const v: RV = m.get(k);
  return v === undefined ? zero : v;
}

/** `m[k] = v`: panics on a nil map; a new entry is charged to the memory budget. */
export function mapSet(m: MapVal | null, k: RV, v: RV): void {
  if (m === null) throw new GoPanic('assignment to entry in nil map');
  if (!m.has(k)) {
    if (m.size >= MAX_MAP_ENTRIES) throw new GoFatal(OUT_OF_MEMORY);
    budget.charge(BYTES_PER_MAP_ENTRY);
  }
  m.set(k, v);
}

/** `make(map[K]V, hint)` and map literals: a new empty map. */
export function makeMap(): MapVal {
  budget.charge(BYTES_PER_MAP_ENTRY);
  return new Map<RV, RV>();
}

/** Entries per bucket in Go 1.23's maps (`abi.MapBucketCount`). */
const BUCKET_ENTRIES = 8;

/**
 * The keys of `m` in the order one `for range` visits them, from one random uint32 `r` (the runtime's
 * `rand()` in `mapiterinit`). A map of at most 8 entries is one bucket: Go starts at slot `r & 7` and wraps,
 * so the order is the insertion order rotated there (from the start when that slot is empty). A larger map's
 * order follows the hash of each key, which no program can predict: a permutation drawn from `r`.
 */
export function iterationOrder(m: MapVal | null, r: number): RV[] {
  if (m === null || m.size === 0) return [];
  const keys = Array.from(m.keys());
  const n = keys.length;
  if (n <= BUCKET_ENTRIES) {
    const start = (r & (BUCKET_ENTRIES - 1)) < n ? r & (BUCKET_ENTRIES - 1) : 0;
    return start === 0 ? keys : [...keys.slice(start), ...keys.slice(0, start)];
  }
  const st = prngFromSeed(r);
  for (let i = n - 1; i > 0; i--) {
    const j = nextN(st, i + 1);
    const tmp: RV = keys[i];
    keys[i] = keys[j];
    keys[j] = tmp;
  }
  return keys;
}

/** The canonical encoding of an array or struct key (equal values, equal strings). */
export type KeyEnc = (k: RV) => string;

/** For each map with array or struct keys: each stored key's encoding → the key object the JS Map holds. */
const storedKeys = new WeakMap<MapVal, Map<string, RV>>();

function keysOf(m: MapVal): Map<string, RV> {
  let ks = storedKeys.get(m);
  if (ks === undefined) {
    ks = new Map();
    storedKeys.set(m, ks);
  }
  return ks;
}

/** The key object stored in `m` for a key equal to `k`, or undefined. */
export function vkFind(m: MapVal | null, enc: KeyEnc, k: RV): RV | undefined {
  if (m === null || m.size === 0) return undefined;
  return storedKeys.get(m)?.get(enc(k));
}

/** `m[k]` for an array or struct key. */
export function vkGet(m: MapVal | null, enc: KeyEnc, k: RV, zero: RV): RV {
  const s = vkFind(m, enc, k);
  return s === undefined ? zero : mapGet(m, s, zero);
}

/** `m[k] = v` for an array or struct key (`k` is a fresh copy, stored when the entry is new). */
export function vkSet(m: MapVal | null, enc: KeyEnc, k: RV, v: RV): void {
  if (m === null) throw new GoPanic('assignment to entry in nil map');
  const ks = keysOf(m);
  const e = enc(k);
  const s: RV = ks.get(e);
  if (s !== undefined) {
    m.set(s, v);
    return;
  }
  mapSet(m, k, v);
  ks.set(e, k);
}

/** `delete(m, k)` for an array or struct key. */
export function vkDelete(m: MapVal | null, enc: KeyEnc, k: RV): void {
  if (m === null) return;
  const ks = storedKeys.get(m);
  const e = enc(k);
  const s: RV = ks?.get(e);
  if (s === undefined) return;
  m.delete(s);
  ks?.delete(e);
}

/** `clear(m)` (any key type). */
export function mapClear(m: MapVal | null): void {
  if (m === null) return;
  m.clear();
  storedKeys.get(m)?.clear();
}
