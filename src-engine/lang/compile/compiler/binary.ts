/** Binary operators: arithmetic with Go's integer semantics, comparisons, string concatenation, && and ||. */
import type * as ast from '../../ast';
import { isString, type Type, under } from '../../types';
import {
  add64,
  and64,
  andNot64,
  div,
  type IntKind,
  mul64,
  or64,
  rem,
  shl64,
  shr64,
  sub64,
  wrap,
  xor64,
} from '../runtime/ints';
import type { E } from '../runtime/types';
import type { Builder } from './Builder';
import { compileExpr, hasEffects } from './exprs';
import { intKind, zeroOf } from './typeInfo';

function isNilExpr(b: Builder, e: ast.Expr): boolean {
  while (e.kind === 'ParenExpr') e = e.x;
  return e.kind === 'Ident' && b.unit.prog.uses.get(e)?.kind === 'nil';
}

function arith(op: ast.BinaryOp, k: IntKind, x: E, y: E): E {
  if (k === 'int64') {
    switch (op) {
      case '+':
        return (f) => add64(x(f), y(f));
      case '-':
        return (f) => sub64(x(f), y(f));
      case '*':
        return (f) => mul64(x(f), y(f));
      case '/':
        return (f) => div(x(f), y(f));
      case '%':
        return (f) => rem(x(f), y(f));
      case '&':
        return (f) => and64(x(f), y(f));
      case '|':
        return (f) => or64(x(f), y(f));
      case '^':
        return (f) => xor64(x(f), y(f));
      case '&^':
        return (f) => andNot64(x(f), y(f));
      case '<<':
        return (f) => shl64(x(f), y(f));
      case '>>':
        return (f) => shr64(x(f), y(f));
      default:
        throw new Error(`operator ${op}`);
    }
  }
  const inner = arith(op, 'int64', x, y);
  return (f) => wrap(inner(f), k);
}

/** `x op y` for an arithmetic operator on operands of type `t` (used by `op=` and `++`). */
export function arithOf(op: ast.BinaryOp, t: Type, x: E, y: E): E {
  if (op === '+' && isString(t)) return (f) => x(f) + y(f);
  return arith(op, intKind(t), x, y);
}

/** Compiles `x op y`. */
export function compileBinary(b: Builder, e: ast.BinaryExpr): E {
  const op = e.op;
  if (op === '&&' || op === '||') return compileLogical(b, e);
  const xt = b.unit.typeOf(e.x);
  const yt = b.unit.typeOf(e.y);
  if ((op === '==' || op === '!=') && (isNilExpr(b, e.x) || isNilExpr(b, e.y))) {
    const other = isNilExpr(b, e.x) ? e.y : e.x;
    const nil = zeroOf(isNilExpr(b, e.x) ? yt : xt);
    const v = compileExpr(b, other);
    b.pendingW++;
    return op === '==' ? (f) => v(f) === nil : (f) => v(f) !== nil;
  }
  const x = compileExpr(b, e.x);
  const y = compileExpr(b, e.y);
  b.pendingW++;
  switch (op) {
    case '==':
      return (f) => x(f) === y(f);
    case '!=':
      return (f) => x(f) !== y(f);
    case '<':
      return (f) => x(f) < y(f);
    case '<=':
      return (f) => x(f) <= y(f);
    case '>':
      return (f) => x(f) > y(f);
    case '>=':
      return (f) => x(f) >= y(f);
    default:
      break;
  }
  const t: Type = b.unit.typeOf(e);
  if (op === '+' && (isString(t) || isString(xt))) return (f) => x(f) + y(f);
  const k = intKind(op === '<<' || op === '>>' ? t : under(t).kind === 'basic' ? t : xt);
  return arith(op, k, x, y);
}

/** `&&`/`||`: short-circuit; a right side with calls or receives runs only when needed. */
function compileLogical(b: Builder, e: ast.BinaryExpr): E {
  const and = e.op === '&&';
  const x = compileExpr(b, e.x);
  if (!hasEffects(b, e.y)) {
    const y = compileExpr(b, e.y);
    b.pendingW++;
    return and ? (f) => x(f) && y(f) : (f) => x(f) || y(f);
  }
  const r = b.temp();
  b.set(r, x);
  const end = b.newLabel();
  if (and) b.jumpIfNot((f) => f.r[r], end);
  else b.jumpIf((f) => f.r[r], end);
  const y = compileExpr(b, e.y);
  b.set(r, y);
  b.place(end);
  return (f) => f.r[r];
}
