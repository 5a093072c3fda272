/**
 * Conversions between strings and `[]byte` / `[]rune`, `string(r)` of a rune, and `copy`, as the Go runtime
 * does them (stringtoslicebyte, stringtoslicerune, slicebytetostring, slicerunetostring, intstring,
 * slicecopy). Strings are byte strings (runtime/strings.ts); a new slice's capacity is its heap allocation's
 * size class (`rawbyteslice`/`rawruneslice` round up with `roundupsize`).
 */
import { allocString } from './memory';
import { makeSlice, roundupsize } from './slices';
import { decodeRune, encodeRune } from './strings';
import type { RV, SliceVal } from './types';

/** `[]byte(s)`: a fresh copy of the bytes. */
export function stringToBytes(s: string): SliceVal {
  const sl = makeSlice(s.length, s.length === 0 ? 0 : roundupsize(s.length, true), 0);
  for (let i = 0; i < s.length; i++) sl.a[i] = s.charCodeAt(i);
  return sl;
}

/** `[]rune(s)`: the runes of s (an invalid byte decodes to U+FFFD, one per byte, as `range` does). */
export function stringToRunes(s: string): SliceVal {
  const runes: number[] = [];
  for (let i = 0; i < s.length;) {
    const d = decodeRune(s, i);
    runes.push(Math.floor(d / 8));
    i += d & 7;
  }
  const n = runes.length;
  const sl = makeSlice(n, n === 0 ? 0 : Math.floor(roundupsize(n * 4, true) / 4), 0);
  for (let i = 0; i < n; i++) sl.a[i] = runes[i];
  return sl;
}

/** `string(b)` of a byte slice (nil: ""). */
export function bytesToString(b: SliceVal | null): string {
  if (b === null || b.l === 0) return '';
  let out = '';
  for (let i = 0; i < b.l; i++) out += String.fromCharCode(b.a[b.o + i] as number);
  return allocString(out);
}

/** `string(rs)` of a rune slice: each rune UTF-8 encoded (invalid ones as U+FFFD). */
export function runesToString(rs: SliceVal | null): string {
  if (rs === null || rs.l === 0) return '';
  let out = '';
  for (let i = 0; i < rs.l; i++) out += encodeRune(rs.a[rs.o + i] as number);
  return allocString(out);
}

/** `string(r)` of a rune or byte value (`intstring`). */
export function runeToString(r: number): string {
  return encodeRune(r);
}

/** How struct elements are copied: a deep copy of the source, stored into the destination's storage in place. */
export interface StructCopy {
  readonly copy: (v: RV) => RV;
  readonly assign: (dst: RV, src: RV) => void;
}

/** `copy(dst, src)`: min(len(dst), len(src)) elements (bytes of a string), overlapping ranges handled. */
export function copySlice(dst: SliceVal | null, src: SliceVal | string | null, st?: StructCopy): number {
  if (dst === null || src === null) return 0;
  if (typeof src === 'string') {
    const n = Math.min(dst.l, src.length);
    for (let i = 0; i < n; i++) dst.a[dst.o + i] = src.charCodeAt(i);
    return n;
  }
  const n = Math.min(dst.l, src.l);
  const tmp = src.a.slice(src.o, src.o + n); // memmove: read everything first, so overlap is safe
  if (st === undefined) for (let i = 0; i < n; i++) dst.a[dst.o + i] = tmp[i];
  else {
    for (let i = 0; i < n; i++) tmp[i] = st.copy(tmp[i]);
    for (let i = 0; i < n; i++) st.assign(dst.a[dst.o + i], tmp[i]);
  }
  return n;
}
