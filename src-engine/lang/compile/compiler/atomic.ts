/**
 * The typed atomics of `sync/atomic` (`atomic.Int32`, `Int64`, `Bool`). An atomic value holds a box (a
 * one-element array) created on first use, so `&x`, method calls through a pointer and copies of that pointer
 * all reach the same value. Atomic operations cost CPU steps but never involve the scheduler (they never park).
 */
import type * as ast from '../../ast';
import { ATOMIC_VALUE, isAtomicPointer, SYNC_MAP, TEXT_BUFFERS } from '../../library';
import { syncMapZero } from './syncMap';
import {
  ATOMIC_INT32,
  ATOMIC_INT64,
  ATOMIC_TYPES,
  ATOMIC_UINT32,
  ATOMIC_UINT64,
  ATOMIC_UINTPTR,
} from '../../library';
import { BOOL, type Type } from '../../types';
import { add64, addU64, converterTo, type Int, type IntKind } from '../runtime/ints';
import { CONT, type E, type Frame, GoPanic, NIL_DEREF, type RV } from '../runtime/types';
import type { Builder } from './Builder';
import { compileExpr } from './exprs';
import { lvalue } from './lvalues';
import { CompileError } from './Unit';
import { intKind } from './typeInfo';

/**
 * The addition of an atomic of integer kind `k` (the methods' `Add` and the `AddInt64`-style functions share
 * it): each kind wraps as Go's fixed-size integers do.
 */
function adderOf(k: IntKind): (x: Int, y: Int) => Int {
  if (k === 'int64') return add64;
  if (k === 'uint64') return addU64;
  // Each narrower kind wraps as Go's fixed-size integers do.
  const w = converterTo(k);
  return (x, y) => w(add64(x, y));
}

/** A box holding an atomic's current value. */
type Box = [RV];

/** True for `atomic.Int32`, `Int64`, `Uint32`, `Uint64`, `Uintptr` and `Bool`. */
export function isAtomicType(t: Type): boolean {
  return (
    ATOMIC_TYPES.has(t) || t === SYNC_MAP || t === ATOMIC_VALUE || TEXT_BUFFERS.has(t) || isAtomicPointer(t)
  );
}

/** The zero of the value an atomic type holds (a sync.Map's is a fresh empty map). */
function zeroValue(t: Type): () => RV {
  if (t === SYNC_MAP) return syncMapZero as () => RV;
  if (t === ATOMIC_VALUE || isAtomicPointer(t)) return () => null;
  if (TEXT_BUFFERS.has(t)) return () => '';
  const z = ATOMIC_TYPES.get(t) === BOOL ? false : 0;
  return () => z;
}

/** `&x` of an atomic variable, slice element or literal: its box (created on first use). */
export function atomicAddress(b: Builder, x: ast.Expr): E {
  let inner = x;
  while (inner.kind === 'ParenExpr') inner = inner.x;
  const t = b.unit.typeOf(inner);
  const zero = zeroValue(t);
  if (inner.kind === 'CompositeLit') return (): Box => [zero()];
  if (
    inner.kind !== 'Ident' &&
    inner.kind !== 'IndexExpr' &&
    inner.kind !== 'SelectorExpr' &&
    inner.kind !== 'StarExpr'
  ) {
    throw new CompileError(x.pos, 'cannot take the address of this expression in scenarios');
  }
  const ref = lvalue(b, inner, true);
  return (f: Frame): Box => {
    let box = ref.load(f) as Box | 0;
    if (box === 0) {
      box = [zero()];
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
  const add = adderOf(k);
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

/**
 * `atomic.AddInt64(&x, d)`, `LoadInt64`, `StoreInt64`, `SwapInt64`, `CompareAndSwapInt64` and their Int32,
 * Uint32, Uint64 and Uintptr forms on a pointer to an integer variable: CPU steps, never a park (a nil pointer
 * faults as in Go). Null for other functions.
 */
export function atomicFuncCall(b: Builder, call: ast.CallExpr, name: string): E | null {
  const m = /^(Add|Load|Store|Swap|CompareAndSwap)(Int32|Int64|Uint32|Uint64|Uintptr)$/.exec(name);
  if (m === null) return null;
  const args = call.args.map((a) => compileExpr(b, a));
  const ptr = args[0] as E;
  const a1 = args[1] ?? ((): RV => undefined);
  const a2 = args[2] ?? ((): RV => undefined);
  const k = intKind(
    ATOMIC_TYPES.get(
      m[2] === 'Int32'
        ? ATOMIC_INT32
        : m[2] === 'Int64'
          ? ATOMIC_INT64
          : m[2] === 'Uint32'
            ? ATOMIC_UINT32
            : m[2] === 'Uint64'
              ? ATOMIC_UINT64
              : ATOMIC_UINTPTR,
    ) as Type,
  );
  const add = adderOf(k);
  const cell = (f: Frame): { a: RV[]; i: number } => {
    const p = ptr(f) as { a: RV[]; i: number } | null;
    if (p === null) throw new GoPanic(NIL_DEREF);
    return p;
  };
  b.pendingW++;
  switch (m[1]) {
    case 'Add':
      return (f) => {
        const p = cell(f);
        return (p.a[p.i] = add(p.a[p.i] as number, a1(f) as number));
      };
    case 'Load':
      return (f) => {
        const p = cell(f);
        return p.a[p.i];
      };
    case 'Store':
      return (f) => {
        const p = cell(f);
        p.a[p.i] = a1(f);
        return undefined;
      };
    case 'Swap':
      return (f) => {
        const p = cell(f);
        const old = p.a[p.i];
        p.a[p.i] = a1(f);
        return old;
      };
    default:
      return (f) => {
        const p = cell(f);
        if (p.a[p.i] !== a1(f)) return false;
        p.a[p.i] = a2(f);
        return true;
      };
  }
}
