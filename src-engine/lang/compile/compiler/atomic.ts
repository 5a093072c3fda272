/**
 * The typed atomics of `sync/atomic` (`atomic.Int32`, `Int64`, `Bool`). An atomic value holds a box (a
 * one-element array) created on first use, so `&x`, method calls through a pointer and copies of that pointer
 * all reach the same value. Atomic operations cost CPU steps but never involve the scheduler (they never park).
 */
import type * as ast from '../../ast';
import { ATOMIC_TYPES } from '../../library';
import { BOOL, type Type } from '../../types';
import { add64, addU64, converterTo, type Int } from '../runtime/ints';
import { CONT, type E, type Frame, GoPanic, NIL_DEREF, type RV } from '../runtime/types';
import type { Builder } from './Builder';
import { compileExpr } from './exprs';
import { lvalue } from './lvalues';
import { CompileError } from './Unit';
import { intKind } from './typeInfo';

/** A box holding an atomic's current value. */
type Box = [RV];

/** True for `atomic.Int32`, `Int64`, `Uint32`, `Uint64` and `Bool`. */
export function isAtomicType(t: Type): boolean {
  return ATOMIC_TYPES.has(t);
}

/** The zero of the value an atomic type holds. */
function zeroValue(t: Type): RV {
  return ATOMIC_TYPES.get(t) === BOOL ? false : 0;
}

/** `&x` of an atomic variable, slice element or literal: its box (created on first use). */
export function atomicAddress(b: Builder, x: ast.Expr): E {
  let inner = x;
  while (inner.kind === 'ParenExpr') inner = inner.x;
  const t = b.unit.typeOf(inner);
  const zero = zeroValue(t);
  if (inner.kind === 'CompositeLit') return (): Box => [zero];
  if (inner.kind !== 'Ident' && inner.kind !== 'IndexExpr') {
    throw new CompileError(x.pos, 'cannot take the address of this expression in scenarios');
  }
  const ref = lvalue(b, inner, true);
  return (f: Frame): Box => {
    let box = ref.load(f) as Box | 0;
    if (box === 0) {
      box = [zero];
      ref.store(f, box);
    }
    return box;
  };
}

/** The box of a method's receiver: a pointer (nil-checked) or an addressable atomic value. */
export function atomicReceiver(b: Builder, x: ast.Expr, isPointer: boolean): E {
  if (!isPointer) return atomicAddress(b, x);
  const p = compileExpr(b, x);
  return (f) => {
    const box = p(f) as Box | 0 | null;
    if (!box) throw new GoPanic(NIL_DEREF);
    return box;
  };
}

/** Emits an atomic method call on the box `h`; its result goes to `dst` (-1: discarded). */
export function emitAtomicMethod(
  b: Builder,
  call: ast.CallExpr,
  type: Type,
  name: string,
  h: E,
  dst: number,
): void {
  const args = call.args.map((a) => compileExpr(b, a));
  const a0 = args[0] ?? ((): RV => undefined);
  const a1 = args[1] ?? ((): RV => undefined);
  const held = ATOMIC_TYPES.get(type) as Type;
  const k = held === BOOL ? 'int64' : intKind(held);
  // Each kind wraps as Go's fixed-size integers do.
  const w = converterTo(k);
  const add = k === 'int64' ? add64 : k === 'uint64' ? addU64 : (x: Int, y: Int): Int => w(add64(x, y));
  let op: (box: Box, f: Frame) => RV;
  switch (name) {
    case 'Load':
      op = (box) => box[0];
      break;
    case 'Store':
      op = (box, f) => void (box[0] = a0(f));
      break;
    case 'Add':
      op = (box, f) => (box[0] = add(box[0] as Int, a0(f) as Int));
      break;
    case 'Swap':
      op = (box, f) => {
        const old = box[0];
        box[0] = a0(f);
        return old;
      };
      break;
    case 'CompareAndSwap':
      op = (box, f) => {
        if (box[0] !== a0(f)) return false;
        box[0] = a1(f);
        return true;
      };
      break;
    default:
      throw new CompileError(call.pos, `${name} is not supported in scenarios`);
  }
  b.emit((_g, f) => {
    const v = op(h(f) as Box, f);
    if (dst >= 0) f.r[dst] = v;
    return CONT;
  });
}
