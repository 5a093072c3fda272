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

/** `[N]T{a, b}` and `[...]T{…}`: listed elements, the rest zero values (fresh for aggregates). */
export function compileArrayLit(b: Builder, e: ast.CompositeLit, t: ArrayType): E {
  const zero = zeroFn(t.elem);
  const inits: E[] = [];
  for (let i = 0; i < t.len; i++) {
    const el = e.elts[i];
    inits.push(el !== undefined && el.kind !== 'KeyValueExpr' ? compileExpr(b, el) : zero);
  }
  b.pendingW += 1 + e.elts.length;
  return (f) => {
    const out = new Array<RV>(inits.length);
    for (let i = 0; i < inits.length; i++) out[i] = (inits[i] as E)(f);
    return out;
  };
}

/** A slice view of an array value or of the array a pointer points to (for `range`). */
export function arrayAsSlice(x: E, n: number): E {
  return (f) => {
    const a = x(f) as RV[] | null;
    if (a === null) throw new GoPanic(NIL_DEREF);
    return { a, o: 0, l: n, c: n };
  };
}
