import type * as ast from '../ast';
import { BOOL, type Type } from '../types';
import type { Checker } from './Checker';
import { exprString } from './exprString';
import { checkExpr, checkValue } from './expressions';
import { invalid, type Operand } from './operand';
import { reportNotValue } from './assign';

function measure(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/** Reports `assignment mismatch: 2 variables but f returns 1 value` like gc. */
export function assignMismatch(c: Checker, rhs: readonly ast.Expr[], l: number, r: number): void {
  const first = rhs[0];
  if (!first) return;
  let e = first;
  while (e.kind === 'ParenExpr') e = e.x;
  const vars = measure(l, 'variable');
  const vals = measure(r, 'value');
  if (rhs.length === 1 && e.kind === 'CallExpr')
    c.error(first.pos, `assignment mismatch: ${vars} but ${exprString(e.fun)} returns ${vals}`);
  else c.error(first.pos, `assignment mismatch: ${vars} but ${vals}`);
}

/**
 * Evaluates the right side of an assignment or declaration with `l` targets: one value per target, a
 * multi-value call, or a comma-ok receive (`v, ok := <-ch`, whose second operand is an untyped bool).
 * Returns null (after reporting) on a count mismatch.
 */
export function evalRhs(
  c: Checker,
  rhs: readonly ast.Expr[],
  l: number,
  hints: readonly (Type | null)[],
): Operand[] | null {
  if (rhs.length === 1) {
    const e = rhs[0] as ast.Expr;
    const x = checkExpr(c, e, hints[0] ?? undefined);
    if (x.mode === 'invalid') return Array.from({ length: l }, () => invalid(e));
    if (x.mode === 'novalue' || x.mode === 'type' || x.mode === 'builtin') {
      reportNotValue(c, x);
      return null;
    }
    if (l === 1 && x.type.kind !== 'tuple') return [x];
    if (x.type.kind === 'tuple') {
      if (x.type.types.length !== l) {
        assignMismatch(c, rhs, l, x.type.types.length);
        return null;
      }
      return x.type.types.map((t) => ({ mode: 'value', type: t, value: null, expr: e }));
    }
    if ((x.mode === 'commaok' || x.mode === 'mapindex') && l === 2) {
      c.commaOk.add(e);
      return [
        { mode: 'value', type: x.type, value: null, expr: e },
        { mode: 'value', type: BOOL, value: null, expr: e },
      ];
    }
    assignMismatch(c, rhs, l, 1);
    return null;
  }
  const ops = rhs.map((e, i) => checkValue(c, e, hints[i] ?? undefined));
  if (ops.length !== l) {
    assignMismatch(c, rhs, l, ops.length);
    return null;
  }
  return ops;
}
