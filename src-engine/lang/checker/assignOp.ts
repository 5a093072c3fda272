import type * as ast from '../ast';
import type { BinaryOp } from '../ast';
import { assignTo } from './assign';
import { checkBinaryOperands, markAssignOp } from './binary';
import type { Checker } from './Checker';
import { checkValue } from './expressions';
import { checkAssignable } from './assignments';

/** Checks `x op= y` as `x = x op y` (which counts as a use of x, as in Go). */
export function checkBinaryOp(c: Checker, s: ast.AssignStmt): void {
  const lhs = s.lhs[0];
  const rhs = s.rhs[0];
  if (!lhs || !rhs) return;
  if (s.lhs.length !== 1 || s.rhs.length !== 1) {
    c.error(s.opPos, `assignment operation ${s.op} requires single-valued expressions`);
    return;
  }
  const op = s.op.slice(0, -1) as BinaryOp;
  const x = checkValue(c, lhs);
  const y = checkValue(c, rhs);
  if (x.mode === 'invalid' || y.mode === 'invalid') return;
  const synthetic: ast.BinaryExpr = {
    kind: 'BinaryExpr',
    op,
    opPos: s.opPos,
    x: lhs,
    y: rhs,
    pos: s.pos,
    end: s.end,
  };
  markAssignOp(synthetic);
  const r = checkBinaryOperands(c, synthetic, x, y);
  if (checkAssignable(c, x) && r.mode !== 'invalid') assignTo(c, r, x.type, 'assignment');
}
