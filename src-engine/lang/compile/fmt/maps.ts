/**
 * fmt's printing of maps: entries sorted by key as `internal/fmtsort` orders them (integers by value, strings
 * bytewise, false before true, channels by address, arrays and structs element by element), `map[k:v k:v]`, `%#v` as `map[K]V{k:v, k:v}`, a nil
 * map as `map[]` (`map[K]V(nil)` with `%#v`). The verb applies to keys and values alike.
 */
import type { MapVal } from '../runtime/maps';
import type { RV } from '../runtime/types';
import type { Flags } from './format';
import type { TypeDesc } from './typeDesc';

type FormatValue = (v: RV, t: TypeDesc, verb: string, f: Flags, depth?: number) => string;

/** `internal/fmtsort.compare` for the key kinds a map can have here (arrays and structs element by element). */
function compareKeys(a: RV, b: RV): number {
  if (typeof a === 'boolean') return a === b ? 0 : a ? 1 : -1;
  if (Array.isArray(a)) {
    const bs = b as RV[];
    for (let i = 0; i < a.length; i++) {
      const c = compareKeys(a[i], bs[i]);
      if (c !== 0) return c;
    }
    return 0;
  }
  if (a === b) return 0;
  // Numbers (integers, channel handles in creation order, as their addresses are) and byte strings.
  return a < b ? -1 : 1;
}

/** The keys of `m`, sorted as fmt prints them. */
export function sortedKeys(m: MapVal): RV[] {
  return Array.from(m.keys()).sort(compareKeys);
}

/** Formats map `m` of type `t`. */
export function fmtMap(
  m: MapVal | null,
  t: TypeDesc,
  verb: string,
  f: Flags,
  depth: number,
  formatValue: FormatValue,
): string {
  const kt = t.key as TypeDesc;
  const vt = t.elem as TypeDesc;
  if (f.sharpV) {
    if (m === null) return `${t.name}(nil)`;
    const parts = sortedKeys(m).map(
      (k) => `${formatValue(k, kt, verb, f, depth + 1)}:${formatValue(m.get(k), vt, verb, f, depth + 1)}`,
    );
    return `${t.name}{${parts.join(', ')}}`;
  }
  if (m === null) return 'map[]';
  const parts = sortedKeys(m).map(
    (k) => `${formatValue(k, kt, verb, f, depth + 1)}:${formatValue(m.get(k), vt, verb, f, depth + 1)}`,
  );
  return `map[${parts.join(' ')}]`;
}
