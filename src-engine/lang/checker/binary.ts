import type * as ast from '../ast';
import {
  hasNil,
  identical,
  INT,
  isBoolean,
  isComparable,
  isInteger,
  isNumeric,
  isOrdered,
  isString,
  isUntyped,
  type Type,
  typeString,
  UNTYPED_BOOL,
  UNTYPED_FLOAT,
  UNTYPED_INT,
  UNTYPED_RUNE,
  under,
} from '../types';
import { convertUntyped } from './assign';
import type { Checker } from './Checker';
import { checkIfaceComparison } from './interfaces';
import { binaryConst, compareConst, representable, toInt } from './constants';
import { exprString } from './exprString';
import { checkValue } from './expressions';
import { assignableType, describe, invalid, type Operand } from './operand';

const rank = new Map<Type, number>([
  [UNTYPED_INT, 1],
  [UNTYPED_RUNE, 2],
  [UNTYPED_FLOAT, 3],
]);

function isNil(x: Operand): boolean {
  return x.type.kind === 'basic' && x.type.name === 'untyped nil';
}

/** gc's mayConvert: whether an untyped operand may be implicitly converted to the other operand's type. */
function mayConvert(x: Operand, y: Operand): boolean {
  if (!isUntyped(x.type) && !isUntyped(y.type)) return false;
  if (isBoolean(x.type) !== isBoolean(y.type)) return false;
  if (isString(x.type) !== isString(y.type)) return false;
  if (isNil(x)) return hasNil(y.type);
  if (isNil(y)) return hasNil(x.type);
  return under(x.type).kind !== 'pointer' && under(y.type).kind !== 'pointer';
}

/** Reports a failed implicit conversion the way gc does. */
export function invalidConversion(
  c: Checker,
  x: Operand,
  t: Type,
  why: 'truncated' | 'overflows' | 'mismatch',
): void {
  const msg =
    why === 'truncated'
      ? `${describe(x)} truncated to ${typeString(under(t))}`
      : why === 'overflows'
        ? `${describe(x)} overflows ${typeString(under(t))}`
        : `cannot convert ${describe(x)} to type ${typeString(t)}`;
  c.error(x.expr.pos, msg);
}

/** Brings two operands to a common type where Go converts implicitly; false after reporting a failure. */
function matchTypes(c: Checker, x: Operand, y: Operand): boolean {
  if (!mayConvert(x, y)) return true;
  if (isUntyped(x.type) && isUntyped(y.type)) {
    const rx = rank.get(x.type);
    const ry = rank.get(y.type);
    if (rx !== undefined && ry !== undefined) {
      const t = rx >= ry ? x.type : y.type;
      x.type = t;
      y.type = t;
    }
    return true;
  }
  const [u, t] = isUntyped(x.type) ? [x, y] : [y, x];
  const why = convertUntyped(c, u, t.type);
  if (why) {
    invalidConversion(c, u, t.type, why);
    return false;
  }
  return true;
}

function opError(c: Checker, e: ast.BinaryExpr, x: Operand): Operand {
  c.error(x.expr.pos, `invalid operation: operator ${e.op} not defined on ${describe(x)}`);
  return invalid(e);
}

/** Checks a binary expression: arithmetic, comparison, logical operators and shifts, folding constants. */
export function checkBinary(c: Checker, e: ast.BinaryExpr): Operand {
  // `a + b + c + …` nests on the left, one level per operator: walk that spine with a loop, not recursion, so
  // a sum of thousands of terms (which go build accepts) needs no stack. Each inner node is recorded as
  // checkExpr would record it, before its parent uses (and may convert) it.
  const spine: ast.BinaryExpr[] = [e];
  let leftmost = e.x;
  while (leftmost.kind === 'BinaryExpr') {
    spine.push(leftmost);
    leftmost = leftmost.x;
  }
  let x = checkValue(c, leftmost);
  for (let i = spine.length - 1; ; i--) {
    const node = spine[i] as ast.BinaryExpr;
    const y = checkValue(c, node.y);
    const r = checkBinaryOperands(c, node, x, y);
    if (i === 0) return r;
    c.exprs.set(node, { mode: r.mode, type: r.type, value: r.value });
    x = r;
  }
}

/** Synthetic binary expressions standing for `x op= y`. */
const assignOps = new WeakSet<ast.BinaryExpr>();

/** Marks the synthetic `x op y` built for `x op= y`, so messages print `x op= y` as gc does. */
export function markAssignOp(e: ast.BinaryExpr): void {
  assignOps.add(e);
}

function text(e: ast.BinaryExpr): string {
  return assignOps.has(e) ? `${exprString(e.x)} ${e.op}= ${exprString(e.y)}` : exprString(e);
}

/** Checks a binary operation on already checked operands (shared with `op=` assignments). */
export function checkBinaryOperands(c: Checker, e: ast.BinaryExpr, x: Operand, y: Operand): Operand {
  if (x.mode === 'invalid' || y.mode === 'invalid') return invalid(e);
  if (e.op === '<<' || e.op === '>>') return checkShift(c, e, x, y);
  const isCmp =
    e.op === '==' || e.op === '!=' || e.op === '<' || e.op === '<=' || e.op === '>' || e.op === '>=';
  if (isCmp && (isNil(x) || isNil(y))) return checkNilComparison(c, e, x, y);
  if (e.op === '==' || e.op === '!=') {
    const r = checkIfaceComparison(c, e, x, y);
    if (r !== null) return r;
  }
  if (!matchTypes(c, x, y)) return invalid(e);
  const bothConst = x.mode === 'constant' && y.mode === 'constant' && x.value !== null && y.value !== null;
  switch (e.op) {
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return checkComparison(c, e, x, y, bothConst);
    default:
      break;
  }
  if (!identical(x.type, y.type) && x.type.kind !== 'invalid' && y.type.kind !== 'invalid') {
    c.error(
      x.expr.pos,
      `invalid operation: ${text(e)} (mismatched types ${typeString(x.type)} and ${typeString(y.type)})`,
    );
    return invalid(e);
  }
  const t = x.type;
  const ok =
    e.op === '&&' || e.op === '||'
      ? isBoolean(t)
      : e.op === '+'
        ? isNumeric(t) || isString(t)
        : e.op === '-' || e.op === '*' || e.op === '/'
          ? isNumeric(t)
          : isInteger(t);
  if (!ok) return opError(c, e, x);
  // gc rejects a constant zero divisor for integers and in constant expressions; float x / 0 is ±Inf or NaN.
  if ((e.op === '/' || e.op === '%') && y.mode === 'constant' && y.value && (isInteger(t) || bothConst)) {
    const d = y.value;
    if ((d.kind === 'int' && d.v === 0n) || (d.kind === 'float' && d.v === 0)) {
      c.error(y.expr.pos, 'invalid operation: division by zero');
      return invalid(e);
    }
  }
  if (bothConst && x.value && y.value) {
    const v = binaryConst(e.op, x.value, y.value, isInteger(t));
    if (!v) return invalid(e);
    if (!isUntyped(t) && representable(v, t)) {
      // types2's invalidConversion of the folded operand: `c * 2 (constant 200 of type int8) overflows int8`.
      c.error(
        x.expr.pos,
        `${describe({ mode: 'constant', type: t, value: v, expr: e })} overflows ${typeString(t)}`,
      );
      return invalid(e);
    }
    return { mode: 'constant', type: t, value: v, expr: e };
  }
  return { mode: 'value', type: t, value: null, expr: e };
}

function checkNilComparison(c: Checker, e: ast.BinaryExpr, x: Operand, y: Operand): Operand {
  const other = isNil(x) ? y : x;
  const ordered = e.op !== '==' && e.op !== '!=';
  if (isNil(other)) {
    c.error(x.expr.pos, `invalid operation: ${text(e)} (operator ${e.op} not defined on nil)`);
    return invalid(e);
  }
  if (ordered || !hasNil(other.type)) {
    const msg =
      ordered && hasNil(other.type)
        ? `operator ${e.op} not defined on nil`
        : `mismatched types ${typeString(x.type)} and ${typeString(y.type)}`;
    c.error(x.expr.pos, `invalid operation: ${text(e)} (${msg})`);
    return invalid(e);
  }
  convertUntyped(c, isNil(x) ? x : y, other.type);
  return { mode: 'value', type: UNTYPED_BOOL, value: null, expr: e };
}

function checkComparison(c: Checker, e: ast.BinaryExpr, x: Operand, y: Operand, bothConst: boolean): Operand {
  const xt = x.type;
  const yt = y.type;
  const ordered = e.op !== '==' && e.op !== '!=';
  if (
    isUntyped(xt) || isUntyped(yt) ? !identical(xt, yt) : !assignableType(xt, yt) && !assignableType(yt, xt)
  ) {
    c.error(
      y.expr.pos,
      `invalid operation: ${text(e)} (mismatched types ${typeString(xt)} and ${typeString(yt)})`,
    );
    return invalid(e);
  }
  if (ordered && !isOrdered(xt)) {
    c.error(x.expr.pos, `invalid operation: ${text(e)} (operator ${e.op} not defined on ${kindWord(xt)})`);
    return invalid(e);
  }
  if (!ordered && !isComparable(xt) && under(xt).kind === 'array') {
    c.error(x.expr.pos, `invalid operation: ${text(e)} (${typeString(xt)} cannot be compared)`);
    return invalid(e);
  }
  if (!ordered && !isComparable(xt)) {
    c.error(x.expr.pos, `invalid operation: ${text(e)} (${kindWord(xt)} can only be compared to nil)`);
    return invalid(e);
  }
  if (bothConst && x.value && y.value)
    return {
      mode: 'constant',
      type: UNTYPED_BOOL,
      value: { kind: 'bool', v: compareConst(e.op, x.value, y.value) },
      expr: e,
    };
  return { mode: 'value', type: UNTYPED_BOOL, value: null, expr: e };
}

function kindWord(t: Type): string {
  const u = under(t);
  switch (u.kind) {
    case 'slice':
      return 'slice';
    case 'map':
      return 'map';
    case 'func':
      return 'func';
    case 'chan':
      return 'chan';
    case 'struct':
      return 'struct';
    case 'pointer':
      return 'pointer';
    case 'basic':
      return u.name === 'bool' ? 'bool' : typeString(t);
    default:
      return typeString(t);
  }
}

function checkShift(c: Checker, e: ast.BinaryExpr, x: Operand, y: Operand): Operand {
  if (y.mode === 'constant' && y.value) {
    const n = toInt(y.value);
    if (n === null || n < 0n) {
      c.error(y.expr.pos, `invalid shift count ${describe(y)}`);
      return invalid(e);
    }
    if (isUntyped(y.type)) convertUntyped(c, y, UNTYPED_INT);
  } else if (!isInteger(y.type)) {
    c.error(y.expr.pos, `invalid operation: shift count ${describe(y)} must be integer`);
    return invalid(e);
  }
  if (x.mode === 'constant' && x.value) {
    if (toInt(x.value) === null) {
      c.error(x.expr.pos, `invalid operation: shifted operand ${describe(x)} must be integer`);
      return invalid(e);
    }
    if (y.mode === 'constant' && y.value) {
      const xv = { kind: 'int' as const, v: toInt(x.value) ?? 0n };
      const v = binaryConst(e.op, xv, y.value, true);
      const t = x.type === UNTYPED_FLOAT ? UNTYPED_INT : x.type;
      if (!v) {
        c.error(y.expr.pos, `invalid shift count ${describe(y)}`);
        return invalid(e);
      }
      if (!isUntyped(t) && representable(v, t)) {
        c.error(
          x.expr.pos,
          `${describe({ mode: 'constant', type: t, value: v, expr: e })} overflows ${typeString(t)}`,
        );
        return invalid(e);
      }
      return { mode: 'constant', type: t, value: v, expr: e };
    }
    if (isUntyped(x.type)) convertUntyped(c, x, INT);
  }
  if (!isInteger(x.type)) {
    c.error(x.expr.pos, `invalid operation: shifted operand ${describe(x)} must be integer`);
    return invalid(e);
  }
  return { mode: 'value', type: x.type, value: null, expr: e };
}
