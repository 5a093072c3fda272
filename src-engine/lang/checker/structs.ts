/**
 * Struct literals (keyed and positional), pointer indirection `*p`, and `new(T)`.
 */
import type * as ast from '../ast';
import { type StructField, type Type, typeString, under } from '../types';
import { assignTo } from './assign';
import type { Checker } from './Checker';
import { checkExpr, checkValue } from './expressions';
import { describe, invalid, type Operand } from './operand';
import { resolveType } from './typeexpr';

/** Checks the elements of a struct literal `T{…}` (all keyed or all positional, as Go requires). */
export function checkStructLit(
  c: Checker,
  e: ast.CompositeLit,
  t: Type,
  fields: readonly StructField[],
): void {
  if (e.elts.length === 0) return;
  const keyed = e.elts[0]?.kind === 'KeyValueExpr';
  if (keyed) {
    const seen = new Set<string>();
    for (const el of e.elts) {
      if (el.kind !== 'KeyValueExpr') {
        c.error(el.pos, 'mixture of field:value and value elements in struct literal');
        checkExpr(c, el);
        continue;
      }
      const key = el.key;
      const i = key.kind === 'Ident' ? fields.findIndex((f) => f.name === key.name) : -1;
      const f = fields[i];
      if (key.kind !== 'Ident' || f === undefined) {
        c.error(
          key.pos,
          key.kind === 'Ident'
            ? `unknown field ${key.name} in struct literal of type ${typeString(t)}`
            : `invalid field name ${describeKey(key)} in struct literal`,
        );
        checkExpr(c, el.value);
        continue;
      }
      if (seen.has(key.name)) c.error(key.pos, `duplicate field name ${key.name} in struct literal`);
      seen.add(key.name);
      const v = checkValue(c, el.value, f.type);
      assignTo(c, v, f.type, 'struct literal');
    }
    return;
  }
  e.elts.forEach((el, i) => {
    if (el.kind === 'KeyValueExpr') {
      c.error(el.pos, 'mixture of field:value and value elements in struct literal');
      checkExpr(c, el.value);
      return;
    }
    const f = fields[i];
    if (f === undefined) {
      if (i === fields.length) c.error(el.pos, `too many values in struct literal of type ${typeString(t)}`);
      checkExpr(c, el);
      return;
    }
    const v = checkValue(c, el, f.type);
    assignTo(c, v, f.type, 'struct literal');
  });
  if (e.elts.length < fields.length)
    c.error(e.end, `too few values in struct literal of type ${typeString(t)}`);
}

function describeKey(e: ast.Expr): string {
  return e.kind === 'BasicLit' ? e.raw : e.kind;
}

/** Checks `*p`. */
export function checkDeref(c: Checker, e: ast.StarExpr, x: Operand): Operand {
  const u = under(x.type);
  if (x.type.kind === 'basic' && x.type.name === 'untyped nil') {
    c.error(e.pos, 'invalid operation: cannot indirect nil');
    return invalid(e);
  }
  if (u.kind !== 'pointer') {
    c.error(e.x.pos, `invalid operation: cannot indirect ${describe(x)}`);
    return invalid(e);
  }
  return { mode: 'variable', type: u.elem, value: null, expr: e };
}

/** Checks `new(T)`. */
export function checkNew(c: Checker, call: ast.CallExpr): Operand {
  const targ = call.args[0] as ast.Expr;
  const t = resolveType(c, targ);
  c.exprs.set(targ, { mode: 'type', type: t, value: null });
  if (t.kind === 'invalid') return invalid(call);
  return { mode: 'value', type: { kind: 'pointer', elem: t }, value: null, expr: call };
}
