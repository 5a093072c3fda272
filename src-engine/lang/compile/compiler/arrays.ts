/**
 * Arrays `[N]T`: a value is a JS array of its N elements (as a struct value is an array of its fields), so
 * values.ts copies, assigns in place, zeroes and compares them like structs. Indexing and slicing work on
 * the storage itself (no copy): a slice of an addressable array shares it, as in Go.
 */
import type * as ast from '../../ast';
import { type ArrayType, type Type, under } from '../../types';
import { indexError, reslice } from '../runtime/slices';
import { type E, type Frame, GoPanic, NIL_DEREF, type RV, type SliceVal } from '../runtime/types';
import type { Builder, Ref } from './Builder';
import { compileExpr } from './exprs';
import { compileStorage, withStructStore } from './structs';
import { zeroFn } from './typeInfo';
import { toInt } from '../../checker/constants';

/** The array type of `t` (or of the array `t` points to: `p[i]` is `(*p)[i]`), or null. */
export function arrayTypeOf(t: Type): ArrayType | null {
  let u = under(t);
  if (u.kind === 'pointer') u = under(u.elem);
  return u.kind === 'array' ? u : null;
}

/** The storage of the array operand `x` (through a pointer, with Go's nil dereference panic). */
function arrayBase(b: Builder, x: ast.Expr): E {
  if (under(b.unit.typeOf(x)).kind !== 'pointer') return compileStorage(b, x);
  const p = compileExpr(b, x);
  return (f) => {
    const a = p(f);
    if (a === null) throw new GoPanic(NIL_DEREF);
    return a;
  };
}

/** Bounds check of index `i` into an array of length `n` (Go's `index out of range [i] with length n`). */
function checked(i: number, n: number): number {
  if (i < 0 || i >= n) indexError(i, n);
  return i;
}

/** `a[i]`: the element itself (the caller copies an aggregate element when it reads it as a value). */
export function compileArrayIndex(b: Builder, e: ast.IndexExpr, t: ArrayType): E {
  const a = arrayBase(b, e.x);
  const i = compileExpr(b, e.index);
  const n = t.len;
  b.pendingW++;
  return (f) => (a(f) as RV[])[checked(i(f) as number, n)];
}

/** The location `a[i]` (an aggregate element is assigned in place, so pointers into it stay valid). */
export function arrayLvalue(b: Builder, e: ast.IndexExpr, t: ArrayType, spill: boolean): Ref {
  let a = arrayBase(b, e.x);
  let i = compileExpr(b, e.index);
  if (spill) {
    a = b.spill(a);
    i = b.spill(i);
  }
  const ar = a;
  const ix = i;
  const n = t.len;
  return withStructStore(b, e, {
    load: (f: Frame): RV => (ar(f) as RV[])[checked(ix(f) as number, n)],
    store: (f: Frame, v: RV): void => void ((ar(f) as RV[])[checked(ix(f) as number, n)] = v),
  });
}

/** `&a[i]` of a non-aggregate element: a pointer to the slot in the array's storage. */
export function arrayElemAddress(b: Builder, e: ast.IndexExpr, t: ArrayType): E {
  const a = arrayBase(b, e.x);
  const i = compileExpr(b, e.index);
  const n = t.len;
  return (f) => ({ a: a(f) as RV[], i: checked(i(f) as number, n) });
}

/** `a[lo:hi:max]` of an addressable array: a slice sharing the array's storage. */
export function compileArraySlice(b: Builder, e: ast.SliceExpr, t: ArrayType): E {
  const a = arrayBase(b, e.x);
  const none: E = () => -1;
  const zero: E = () => 0;
  const lo = e.low ? compileExpr(b, e.low) : zero;
  const hi = e.high ? compileExpr(b, e.high) : none;
  const max = e.max ? compileExpr(b, e.max) : none;
  const n = t.len;
  b.pendingW++;
  return (f) => {
    const whole: SliceVal = { a: a(f) as RV[], o: 0, l: n, c: n };
    return reslice(whole, lo(f) as number, hi(f) as number, max(f) as number);
  };
}

/** `[N]T{a, b}`, `[N]T{2: a}` and `[...]T{…}`: listed elements, the rest zero values (fresh for aggregates). */
export function compileArrayLit(b: Builder, e: ast.CompositeLit, t: ArrayType): E {
  return compileIndexedElts(b, e.elts, t.elem, t.len);
}

/**
 * The elements of an array or slice literal of `len` elements as a fresh JS array: each listed element at its
 * index (a key's constant, else the one after the previous element), evaluated in source order as Go does; the
 * indexes no element names hold zero values.
 */
export function compileIndexedElts(b: Builder, elts: readonly ast.Expr[], elem: Type, len: number): E {
  const zero = zeroFn(elem);
  b.pendingW += 1 + elts.length;
  if (!elts.some((el) => el.kind === 'KeyValueExpr')) {
    const inits: E[] = [];
    for (let i = 0; i < len; i++) {
      const el = elts[i];
      inits.push(el !== undefined ? compileExpr(b, el) : zero);
    }
    return (f) => {
      const out = new Array<RV>(inits.length);
      for (let i = 0; i < inits.length; i++) out[i] = (inits[i] as E)(f);
      return out;
    };
  }
  const at: number[] = [];
  const vals: E[] = [];
  let index = 0;
  for (const el of elts) {
    if (el.kind === 'KeyValueExpr') {
      const k = b.unit.info(el.key)?.value;
      const i = k === null || k === undefined ? null : toInt(k);
      if (i === null) throw new Error('array or slice literal key without a constant value');
      index = Number(i);
    }
    at.push(index++);
    vals.push(compileExpr(b, el.kind === 'KeyValueExpr' ? el.value : el));
  }
  const holes: number[] = [];
  const named = new Set(at);
  for (let i = 0; i < len; i++) if (!named.has(i)) holes.push(i);
  return (f) => {
    const out = new Array<RV>(len);
    for (let j = 0; j < vals.length; j++) out[at[j] as number] = (vals[j] as E)(f);
    for (const i of holes) out[i] = zero();
    return out;
  };
}

/** The length of a slice literal with these elements: the highest index + 1 (keys are constants). */
export function sliceLitLen(b: Builder, elts: readonly ast.Expr[]): number {
  let index = 0;
  let max = 0;
  for (const el of elts) {
    if (el.kind === 'KeyValueExpr') {
      const k = b.unit.info(el.key)?.value;
      const i = k === null || k === undefined ? null : toInt(k);
      if (i !== null) index = Number(i);
    }
    index++;
    if (index > max) max = index;
  }
  return max;
}

/** A slice view of an array value or of the array a pointer points to (for `range`). */
export function arrayAsSlice(x: E, n: number): E {
  return (f) => {
    const a = x(f) as RV[] | null;
    if (a === null) throw new GoPanic(NIL_DEREF);
    return { a, o: 0, l: n, c: n };
  };
}
