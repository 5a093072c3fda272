/** Assignable locations: variables, slice elements and the blank identifier. */
import type * as ast from '../../ast';
import { at } from '../runtime/slices';
import type { E, Frame, RV, SliceVal } from '../runtime/types';
import type { Builder, Ref } from './Builder';
import { compileExpr } from './exprs';
import { mapLvalue, mapTypeOf } from './maps';
import { CompileError } from './Unit';
import { structLvalue, withStructStore } from './structs';
import { arrayLvalue, arrayTypeOf } from './arrays';

const BLANK: Ref = { load: () => undefined, store: () => undefined };

/**
 * The location `e` denotes. With `spill`, the slice and index operands are evaluated now into registers
 * (Go's first assignment phase); otherwise they are evaluated each time the location is used.
 */
export function lvalue(b: Builder, e: ast.Expr, spill: boolean): Ref {
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind === 'Ident') {
    if (e.name === '_') return BLANK;
    const obj = b.unit.prog.uses.get(e) ?? b.unit.prog.defs.get(e);
    if (obj?.kind !== 'var') throw new CompileError(e.pos, `cannot assign to ${e.name}`);
    return withStructStore(b, e, b.ref(obj));
  }
  const s = structLvalue(b, e, spill);
  if (s !== null) return s;
  if (e.kind === 'IndexExpr') {
    const mt = mapTypeOf(b.unit.typeOf(e.x));
    if (mt !== null) return mapLvalue(b, e, mt, spill);
    const at0 = arrayTypeOf(b.unit.typeOf(e.x));
    if (at0 !== null) return arrayLvalue(b, e, at0, spill);
    let s: E = compileExpr(b, e.x);
    let i: E = compileExpr(b, e.index);
    if (spill) {
      s = b.spill(s);
      i = b.spill(i);
    }
    const sl = s;
    const ix = i;
    return withStructStore(b, e, {
      load: (f: Frame): RV => {
        const v = sl(f) as SliceVal | null;
        const k = at(v, ix(f) as number);
        return (v as SliceVal).a[k];
      },
      store: (f: Frame, x: RV): void => {
        const v = sl(f) as SliceVal | null;
        const k = at(v, ix(f) as number);
        (v as SliceVal).a[k] = x;
      },
    });
  }
  throw new CompileError(e.pos, 'cannot assign to this expression in scenarios');
}
