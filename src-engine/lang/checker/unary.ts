import type * as ast from '../ast';
import { ATOMIC_TYPES, COND, MUTEX, ONCE, RW_MUTEX, TICKER, TIMER, WAIT_GROUP } from '../library';
import { isBoolean, isInteger, isNumeric, isUntyped, type Type, typeString, under } from '../types';
import type { Checker } from './Checker';
import { representable, unaryConst } from './constants';
import { checkExpr, checkValue } from './expressions';
import { hasFields } from './selectors';
import { describe, invalid, type Operand } from './operand';

const pointable = new Set<Type>([
  ...ATOMIC_TYPES.keys(),
  COND,
  WAIT_GROUP,
  MUTEX,
  RW_MUTEX,
  ONCE,
  TIMER,
  TICKER,
]);

/** Checks `+x -x !x ^x &x <-x`. */
export function checkUnary(c: Checker, e: ast.UnaryExpr): Operand {
  if (e.op === '&') return checkAddress(c, e);
  const x = checkValue(c, e.x);
  if (x.mode === 'invalid') return invalid(e);
  if (e.op === '<-') {
    const u = under(x.type);
    if (u.kind !== 'chan') {
      c.error(x.expr.pos, `invalid operation: cannot receive from non-channel ${describe(x)}`);
      return invalid(e);
    }
    if (u.dir === 'send') {
      c.error(x.expr.pos, `invalid operation: cannot receive from send-only channel ${describe(x)}`);
      return invalid(e);
    }
    return { mode: 'commaok', type: u.elem, value: null, expr: e };
  }
  const t = x.type;
  const ok = e.op === '!' ? isBoolean(t) : e.op === '^' ? isInteger(t) : isNumeric(t);
  if (!ok) {
    c.error(x.expr.pos, `invalid operation: operator ${e.op} not defined on ${describe(x)}`);
    return invalid(e);
  }
  if (x.mode === 'constant' && x.value) {
    const v = unaryConst(e.op, x.value, t);
    if (!v) return invalid(e);
    if (!isUntyped(t) && representable(v, t)) {
      c.error(
        e.pos,
        `${describe({ mode: 'constant', type: t, value: v, expr: e })} overflows ${typeString(t)}`,
      );
      return invalid(e);
    }
    return { mode: 'constant', type: t, value: v, expr: e };
  }
  return { mode: 'value', type: t, value: null, expr: e };
}

function checkAddress(c: Checker, e: ast.UnaryExpr): Operand {
  let inner = e.x;
  while (inner.kind === 'ParenExpr') inner = inner.x;
  const x = checkExpr(c, e.x);
  if (x.mode === 'invalid') return invalid(e);
  const isLit = inner.kind === 'CompositeLit';
  if (x.mode !== 'variable' && !isLit) {
    c.error(e.pos, `invalid operation: cannot take address of ${describe(x)}`);
    return invalid(e);
  }
  if (!pointable.has(x.type) && !isLit && inner.kind === 'Ident') {
    // A variable whose address is taken lives in a cell (as a captured one does), unless it is a struct
    // (whose storage is already shared by reference).
    const obj = c.uses.get(inner);
    if (obj?.kind === 'var' && obj.role !== 'global' && !hasFields(obj.type)) obj.captured = true;
  }
  return { mode: 'value', type: { kind: 'pointer', elem: x.type }, value: null, expr: e };
}
