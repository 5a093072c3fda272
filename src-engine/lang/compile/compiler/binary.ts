/** Binary operators: arithmetic with Go's integer semantics, comparisons, string concatenation, && and ||. */
import type * as ast from '../../ast';
import { isString, type Type, under } from '../../types';
import {
  add64,
  and64,
  andNot64,
  converterTo,
  div,
  type IntKind,
  type IntOpName,
  mul64,
  narrowOp,
  OPS64,
  or64,
  rem,
  shl64,
  shr64,
  sub64,
  xor64,
} from '../runtime/ints';
import { type E, GoPanic } from '../runtime/types';
import { eqOf, GoPanicLike } from './values';
import type { Builder } from './Builder';
import { compileExpr, hasEffects } from './exprs';
import { allocString } from '../runtime/memory';
import { intKind, zeroOf } from './typeInfo';
import { floatArith } from './floats';

function isNilExpr(b: Builder, e: ast.Expr): boolean {
  while (e.kind === 'ParenExpr') e = e.x;
  return e.kind === 'Ident' && b.unit.prog.uses.get(e)?.kind === 'nil';
}

function arith(op: ast.BinaryOp, k: IntKind, x: E, y: E): E {
  if (k === 'int64') {
    // One arrow per operator: each call site stays monomorphic (the interpreter's hot path).
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
  if (k === 'uint64') {
    const g = OPS64.uint64[op as IntOpName];
    if (g === undefined) throw new Error(`operator ${op}`);
    return (f) => g(x(f), y(f));
  }
  const g = narrowOp(op as IntOpName, k);
  const w = converterTo(k);
  return (f) => w(g(x(f), y(f)));
}

/** Go's `==` through a type-directed equality (a failed comparison of uncomparable values panics). */
function goEq(eq: (a: unknown, b: unknown) => boolean, a: unknown, b: unknown): boolean {
  try {
    return eq(a, b);
  } catch (err) {
    if (err instanceof GoPanicLike) throw new GoPanic(err.message);
    throw err;
  }
}

/** `x op y` for an arithmetic operator on operands of type `t` (used by `op=` and `++`). */
export function arithOf(op: ast.BinaryOp, t: Type, x: E, y: E): E {
  if (op === '+' && isString(t)) return (f) => allocString(x(f) + y(f));
  return floatArith(op, t, x, y) ?? arith(op, intKind(t), x, y);
}

/**
 * Closures nested this deep in a left-nested chain (`a + b + c + …`) are followed by a step that stores the value
 * so far in a register: evaluating the chain then never nests deeper than this in JS, however long it is.
 */
const CHAIN_SPILL_DEPTH = 256;

/** Compiles `x op y`. */
export function compileBinary(b: Builder, e: ast.BinaryExpr): E {
  // The left operand of a chain nests one level per operator: walk it with a loop (no recursion), innermost
  // operation first, so a sum of thousands of terms (which go build accepts) needs no stack to compile or run.
  const spine: ast.BinaryExpr[] = [e];
  for (let l = e.x; l.kind === 'BinaryExpr'; l = l.x) spine.push(l);
  let x: E | null = null;
  for (let i = spine.length - 1; i >= 0; i--) {
    x = compileOne(b, spine[i] as ast.BinaryExpr, x);
    if (i > 0 && (spine.length - i) % CHAIN_SPILL_DEPTH === 0) x = b.spill(x);
  }
  return x as E;
}

/** Compiles `x op y`; `cx` is `x` already compiled (the operation below it in a chain), or null. */
function compileOne(b: Builder, e: ast.BinaryExpr, cx: E | null): E {
  const op = e.op;
  if (op === '&&' || op === '||') return compileLogical(b, e, cx);
  const xt = b.unit.typeOf(e.x);
  const yt = b.unit.typeOf(e.y);
  if ((op === '==' || op === '!=') && (isNilExpr(b, e.x) || isNilExpr(b, e.y))) {
    const nilOnLeft = isNilExpr(b, e.x);
    const nil = zeroOf(nilOnLeft ? yt : xt);
    const v = nilOnLeft ? compileExpr(b, e.y) : (cx ?? compileExpr(b, e.x));
    b.pendingW++;
    return op === '==' ? (f) => v(f) === nil : (f) => v(f) !== nil;
  }
  const x = cx ?? compileExpr(b, e.x);
  const y = compileExpr(b, e.y);
  b.pendingW++;
  if (op === '==' || op === '!=') {
    const eq = eqOf(under(xt).kind === 'any' ? xt : yt);
    if (eq !== null) return op === '==' ? (f) => goEq(eq, x(f), y(f)) : (f) => !goEq(eq, x(f), y(f));
  }
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
  if (op === '+' && (isString(t) || isString(xt))) return (f) => allocString(x(f) + y(f));
  const at = op === '<<' || op === '>>' ? t : under(t).kind === 'basic' ? t : xt;
  return floatArith(op, at, x, y) ?? arith(op, intKind(at), x, y);
}

/** `&&`/`||`: short-circuit; a right side with calls or receives runs only when needed. */
function compileLogical(b: Builder, e: ast.BinaryExpr, cx: E | null): E {
  const and = e.op === '&&';
  const x = cx ?? compileExpr(b, e.x);
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
