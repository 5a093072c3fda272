/**
 * Structs and pointers: field selection (through pointers and embedded fields), struct literals, `&x`,
 * `new(T)`, `*p`, and the locations they denote. See values.ts for the representation: a struct value is an
 * array of its fields and a pointer to a struct is that array; a pointer to any other type is a {@link Ptr}
 * (the array holding the value and its index: a variable's cell, a struct's fields, a slice's backing array).
 */
import type * as ast from '../../ast';
import type { Selection } from '../../program';
import { under } from '../../types';
import { at } from '../runtime/slices';
import { type E, type Frame, GoPanic, NIL_DEREF, type RV, type SliceVal } from '../runtime/types';
import type { Builder, Ref } from './Builder';
import { compileExpr } from './exprs';
import { zeroFn } from './typeInfo';
import { assignerOf, isStructValue } from './values';
import { arrayElemAddress, arrayTypeOf } from './arrays';

/** A pointer to a non-struct value: element `i` of array `a`. */
export interface Ptr {
  readonly a: RV[];
  readonly i: number;
}

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

/** True for expressions whose struct value lives in storage (reading it must copy). */
export function isStorageExpr(e: ast.Expr): boolean {
  const u = unparen(e);
  return u.kind === 'Ident' || u.kind === 'SelectorExpr' || u.kind === 'IndexExpr' || u.kind === 'StarExpr';
}

/**
 * The struct array an expression of struct (or pointer-to-struct) type denotes, without copying: the
 * storage itself for variables, fields, elements and `*p`; a fresh value otherwise. Nil pointers panic.
 */
export function structRef(b: Builder, e: ast.Expr, nilCheck: boolean): E {
  const inner = unparen(e);
  const v = isStorageExpr(inner) ? compileStorage(b, inner) : compileExpr(b, inner);
  if (!nilCheck) return v;
  return (f) => {
    const s = v(f);
    if (s === null) throw new GoPanic(NIL_DEREF);
    return s;
  };
}

/** Compiles a storage expression's value without the copy `compileExpr` makes of struct values. */
export function compileStorage(b: Builder, e: ast.Expr): E {
  const inner = unparen(e);
  if (inner.kind === 'SelectorExpr') {
    const sel = b.unit.prog.selections.get(inner);
    if (sel?.kind === 'field') return compileField(b, sel);
  }
  if (inner.kind === 'StarExpr') return compileDeref(b, inner, false);
  return compileExpr(b, inner, false);
}

/** `x.f` for a field selection (a copy when the field is a struct and `copy` is set). */
export function compileField(b: Builder, sel: Selection & { kind: 'field' }): E {
  const x = structRef(b, sel.recv, sel.ptr);
  const i = sel.index;
  b.pendingW++;
  return (f) => (x(f) as RV[])[i];
}

/** `*p`: the struct array itself (copied by the caller when read as a value), or the pointee. */
export function compileDeref(b: Builder, e: ast.StarExpr, _copy: boolean): E {
  const p = compileExpr(b, e.x);
  b.pendingW++;
  if (isStructValue(b.unit.typeOf(e))) {
    return (f) => {
      const s = p(f);
      if (s === null) throw new GoPanic(NIL_DEREF);
      return s;
    };
  }
  return (f) => {
    const q = p(f) as Ptr | null;
    if (q === null) throw new GoPanic(NIL_DEREF);
    return q.a[q.i];
  };
}

/** A struct literal `T{…}` (keyed or positional; missing fields are zero). */
export function compileStructLit(b: Builder, e: ast.CompositeLit): E {
  const t = b.unit.typeOf(e);
  const u = under(t);
  const fields = u.kind === 'struct' ? (u.fields ?? []) : [];
  const inits: E[] = fields.map((fl) => zeroFn(fl.type));
  e.elts.forEach((el, i) => {
    if (el.kind === 'KeyValueExpr') {
      const key = el.key;
      const k = key.kind === 'Ident' ? fields.findIndex((fl) => fl.name === key.name) : -1;
      if (k >= 0) inits[k] = compileExpr(b, el.value);
    } else if (i < inits.length) inits[i] = compileExpr(b, el);
  });
  b.pendingW += 1 + e.elts.length;
  const n = inits.length;
  return (f) => {
    const a = new Array<RV>(n);
    for (let i = 0; i < n; i++) a[i] = (inits[i] as E)(f);
    return a;
  };
}

/** `new(T)`. */
export function compileNew(b: Builder, call: ast.CallExpr): E {
  const t = b.unit.typeOf(call.args[0] as ast.Expr);
  const zero = zeroFn(t);
  b.pendingW++;
  if (isStructValue(t)) return zero;
  return () => ({ a: [zero()], i: 0 });
}

/** `&x` of a variable, field, element, `*p` or composite literal (sync values are handled by the caller). */
export function compileAddress(b: Builder, x: ast.Expr): E {
  const inner = unparen(x);
  const t = b.unit.typeOf(inner);
  b.pendingW++;
  if (isStructValue(t)) {
    if (inner.kind === 'CompositeLit') return compileExpr(b, inner);
    return structRef(b, inner, false);
  }
  if (inner.kind === 'CompositeLit') {
    const v = compileExpr(b, inner);
    return (f) => ({ a: [v(f)], i: 0 });
  }
  if (inner.kind === 'StarExpr') return compileExpr(b, inner.x);
  if (inner.kind === 'Ident') {
    const obj = b.unit.prog.uses.get(inner);
    if (obj?.kind === 'var') {
      const g = b.unit.globalSlots.get(obj);
      if (g !== undefined) return (f) => ({ a: f.gl, i: g });
      const cell = b.cell(obj);
      return (f) => ({ a: cell(f) as RV[], i: 0 });
    }
  }
  if (inner.kind === 'SelectorExpr') {
    const sel = b.unit.prog.selections.get(inner);
    if (sel?.kind === 'field') {
      const s = structRef(b, sel.recv, sel.ptr);
      const i = sel.index;
      return (f) => ({ a: s(f) as RV[], i });
    }
  }
  if (inner.kind === 'IndexExpr') {
    const arr = arrayTypeOf(b.unit.typeOf(inner.x));
    if (arr !== null) return arrayElemAddress(b, inner, arr);
    const s = compileExpr(b, inner.x);
    const i = compileExpr(b, inner.index);
    return (f) => {
      const v = s(f) as SliceVal | null;
      const k = at(v, i(f) as number);
      return { a: (v as SliceVal).a, i: (v as SliceVal).o + k };
    };
  }
  return compileExpr(b, inner);
}

/** The location of a field selection or `*p` (null for other expressions). */
export function structLvalue(b: Builder, e: ast.Expr, spill: boolean): Ref | null {
  if (e.kind === 'SelectorExpr') {
    const sel = b.unit.prog.selections.get(e);
    if (sel?.kind !== 'field') return null;
    let s = structRef(b, sel.recv, sel.ptr);
    if (spill) s = b.spill(s);
    const sr = s;
    const i = sel.index;
    return withStructStore(b, e, {
      load: (f: Frame): RV => (sr(f) as RV[])[i],
      store: (f: Frame, v: RV): void => void ((sr(f) as RV[])[i] = v),
    });
  }
  if (e.kind === 'StarExpr') {
    let p = compileExpr(b, e.x);
    if (spill) p = b.spill(p);
    const pr = p;
    if (isStructValue(b.unit.typeOf(e))) {
      const assign = assignerOf(b.unit.typeOf(e));
      const get = (f: Frame): RV => {
        const s = pr(f);
        if (s === null) throw new GoPanic(NIL_DEREF);
        return s;
      };
      return { load: get, store: (f, v) => assign(get(f), v) };
    }
    const get = (f: Frame): { a: RV[]; i: number } => {
      const q = pr(f) as Ptr | null;
      if (q === null) throw new GoPanic(NIL_DEREF);
      return q;
    };
    return { load: (f) => get(f).a[get(f).i], store: (f, v) => void (get(f).a[get(f).i] = v) };
  }
  return null;
}

/** Stores into a struct-typed location copy field by field into the existing storage. */
export function withStructStore(b: Builder, e: ast.Expr, ref: Ref): Ref {
  const t = b.unit.typeOf(e);
  if (!isStructValue(t)) return ref;
  const assign = assignerOf(t);
  return { load: ref.load, store: (f, v) => assign(ref.load(f), v) };
}
