/**
 * Slices with shared backing arrays and Go's growth rule (`runtime.growslice` + `roundupsize`, Go 1.22/1.23),
 * so `cap` and the aliasing between appended slices match real Go. Bounds errors carry Go's messages.
 */
import { budget, BYTES_PER_SLOT } from '../../../sim/limits';
import { GoPanic, runtimeError, type RV, type SliceVal } from './types';

/** Element layout facts growslice needs: size in bytes, pointer-free, and the zero value. */
export interface ElemInfo {
  readonly size: number;
  readonly noscan: boolean;
  readonly zero: RV;
  /** For struct elements: a fresh zero value per element, and the value copy growslice makes. */
  readonly fresh?: { readonly mk: () => RV; readonly copy: (v: RV) => RV };
}

/** Largest backing array the interpreter allocates (elements); beyond it a located panic, not a crash. */
export const MAX_SLICE_ELEMS = 1 << 24;

/** malloc size classes of Go 1.22/1.23 (runtime/sizeclasses.go), bytes. */
const CLASSES = [
  0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416,
  448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200,
  3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384,
  18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];
const PAGE = 8192;
const MALLOC_HEADER = 8;

/** `runtime.roundupsize`: the allocation size for a request of `size` bytes. */
export function roundupsize(size: number, noscan: boolean): number {
  let req = size;
  if (req <= 32768 - MALLOC_HEADER) {
    if (!noscan && req > 512) req += MALLOC_HEADER;
    let lo = 0;
    let hi = CLASSES.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((CLASSES[mid] as number) >= req) hi = mid;
      else lo = mid + 1;
    }
    return (CLASSES[lo] as number) - (req - size);
  }
  return Math.ceil(req / PAGE) * PAGE;
}

/** `nextslicecap` + size-class rounding: the new capacity when appending grows to `newLen`. */
export function growCap(newLen: number, oldCap: number, e: ElemInfo): number {
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (newLen > doublecap) newcap = newLen;
  else if (oldCap < 256) newcap = doublecap;
  else {
    while (newcap < newLen) newcap += (newcap + 3 * 256) >> 2;
  }
  if (e.size === 0) return newLen;
  const mem = roundupsize(newcap * e.size, e.noscan);
  return Math.floor(mem / e.size);
}

function alloc(n: number, zero: RV): RV[] {
  if (n > MAX_SLICE_ELEMS)
    throw new GoPanic(`scenario limit: a slice of ${n} elements exceeds ${MAX_SLICE_ELEMS}`);
  budget.charge(BYTES_PER_SLOT * n);
  return new Array<RV>(n).fill(zero);
}

/** A backing array of `n` elements, each a fresh zero value when the elements are structs. */
function allocElems(n: number, e: ElemInfo): RV[] {
  const a = alloc(n, e.zero);
  if (e.fresh !== undefined) for (let i = 0; i < n; i++) a[i] = e.fresh.mk();
  return a;
}

/** `make([]T, len, cap)` (`zero` is the element's zero value, or its ElemInfo for struct elements). */
export function makeSlice(len: number, cap: number, zero: RV): SliceVal {
  if (len < 0 || len > MAX_SLICE_ELEMS) runtimeError('makeslice: len out of range');
  if (cap < len || cap > MAX_SLICE_ELEMS) runtimeError('makeslice: cap out of range');
  return { a: alloc(cap, zero), o: 0, l: len, c: cap };
}

/** `make([]T, len, cap)` of struct elements (each a fresh zero value). */
export function makeSliceOf(len: number, cap: number, e: ElemInfo): SliceVal {
  if (len < 0 || len > MAX_SLICE_ELEMS) runtimeError('makeslice: len out of range');
  if (cap < len || cap > MAX_SLICE_ELEMS) runtimeError('makeslice: cap out of range');
  return { a: allocElems(cap, e), o: 0, l: len, c: cap };
}

/** A slice literal's value. */
export function sliceOf(vals: RV[]): SliceVal {
  return { a: vals, o: 0, l: vals.length, c: vals.length };
}

function grow(s: SliceVal | null, newLen: number, e: ElemInfo): SliceVal {
  const oldLen = s === null ? 0 : s.l;
  const cap = growCap(newLen, s === null ? 0 : s.c, e);
  const a = allocElems(cap, e);
  const copy = e.fresh?.copy;
  if (s !== null) {
    if (copy === undefined) for (let i = 0; i < oldLen; i++) a[i] = s.a[s.o + i];
    else for (let i = 0; i < oldLen; i++) a[i] = copy(s.a[s.o + i]);
  }
  return { a, o: 0, l: newLen, c: cap };
}

/** `append(s, v)`. */
export function append1(s: SliceVal | null, v: RV, e: ElemInfo): SliceVal {
  if (s !== null && s.l < s.c) {
    s.a[s.o + s.l] = v;
    return { a: s.a, o: s.o, l: s.l + 1, c: s.c };
  }
  const t = grow(s, (s === null ? 0 : s.l) + 1, e);
  t.a[t.l - 1] = v;
  return t;
}

/** `append(s, vals...)` (values already evaluated, in order). */
export function appendN(s: SliceVal | null, vals: readonly RV[], e: ElemInfo): SliceVal | null {
  if (vals.length === 0) return s;
  const oldLen = s === null ? 0 : s.l;
  const newLen = oldLen + vals.length;
  const t = s !== null && newLen <= s.c ? { a: s.a, o: s.o, l: newLen, c: s.c } : grow(s, newLen, e);
  const copy = e.fresh?.copy;
  if (copy === undefined) for (let i = 0; i < vals.length; i++) t.a[t.o + oldLen + i] = vals[i];
  else for (let i = 0; i < vals.length; i++) t.a[t.o + oldLen + i] = copy(vals[i]);
  return t;
}

/** The elements of a slice, copied (for `append(s, t...)`, which may alias `s`). */
export function elems(s: SliceVal | null): RV[] {
  if (s === null) return [];
  return s.a.slice(s.o, s.o + s.l);
}

/** Bounds-checked element index into the backing array. */
export function at(s: SliceVal | null, i: number): number {
  const len = s === null ? 0 : s.l;
  if (i < 0 || i >= len) indexError(i, len);
  return (s as SliceVal).o + i;
}

/** `index out of range [i] with length n`. */
export function indexError(i: number, len: number): never {
  return runtimeError(i < 0 ? `index out of range [${i}]` : `index out of range [${i}] with length ${len}`);
}

/** `s[lo:hi:max]` on a slice (`hi`/`max` are -1 when omitted). */
export function reslice(s: SliceVal | null, lo: number, hi: number, max: number): SliceVal | null {
  const len = s === null ? 0 : s.l;
  const cap = s === null ? 0 : s.c;
  if (max >= 0) {
    if (max > cap) runtimeError(`slice bounds out of range [::${max}] with capacity ${cap}`);
    if (hi < 0 || hi > max)
      runtimeError(
        hi < 0 ? `slice bounds out of range [:${hi}:]` : `slice bounds out of range [:${hi}:${max}]`,
      );
    if (lo < 0 || lo > hi)
      runtimeError(
        lo < 0 ? `slice bounds out of range [${lo}::]` : `slice bounds out of range [${lo}:${hi}:]`,
      );
  } else {
    if (hi === -1) hi = len;
    else if (hi < 0 || hi > cap)
      runtimeError(
        hi < 0
          ? `slice bounds out of range [:${hi}]`
          : `slice bounds out of range [:${hi}] with capacity ${cap}`,
      );
    if (lo < 0 || lo > hi)
      runtimeError(lo < 0 ? `slice bounds out of range [${lo}:]` : `slice bounds out of range [${lo}:${hi}]`);
    max = cap;
  }
  if (s === null) return null;
  return { a: s.a, o: s.o + lo, l: hi - lo, c: max - lo };
}

/** `s[lo:hi]` on a string (`hi` is -1 when omitted). */
export function substr(s: string, lo: number, hi: number): string {
  const len = s.length;
  if (hi === -1) hi = len;
  else if (hi < 0 || hi > len)
    runtimeError(
      hi < 0 ? `slice bounds out of range [:${hi}]` : `slice bounds out of range [:${hi}] with length ${len}`,
    );
  if (lo < 0 || lo > hi)
    runtimeError(lo < 0 ? `slice bounds out of range [${lo}:]` : `slice bounds out of range [${lo}:${hi}]`);
  return s.substring(lo, hi);
}

/** `s[i]` on a string: the byte. */
export function byteAt(s: string, i: number): number {
  if (i < 0 || i >= s.length) indexError(i, s.length);
  return s.charCodeAt(i);
}
