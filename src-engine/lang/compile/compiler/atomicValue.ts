/**
 * `atomic.Value` (sync/atomic/value.go): a box holding an interface value; `Store`, `Swap` and
 * `CompareAndSwap` panic as Go's do on nil and on a value of another dynamic type than the first one stored.
 * CPU steps, never a park.
 */
import type * as ast from '../../ast';
import { ANY, type Type } from '../../types';
import type { Box } from '../runtime/rtypes';
import { CONT, type E, type Frame, GoPanic, NIL_DEREF, type RV } from '../runtime/types';
import type { Builder } from './Builder';
import { compileExpr } from './exprs';
import { CompileError } from './Unit';
import { eqOf, GoPanicLike } from './values';

const ifaceEq = eqOf(ANY) as (a: RV, b: RV) => boolean;

/** The value's box: `[current]`, the current value null until the first Store. */
type ValueBox = [Box | null];

function checkNew(cur: Box | null, x: Box | null, what: string): void {
  if (x === null) throw new GoPanic(`sync/atomic: ${what} of nil value into Value`);
  if (cur !== null && cur.t !== x.t)
    throw new GoPanic(`sync/atomic: ${what} of inconsistently typed value into Value`);
}

/** Emits an `atomic.Value` method call on the box `h`; its result goes to `dst` (-1: discarded). */
export function emitValueMethod(b: Builder, call: ast.CallExpr, name: string, h: E, dst: number): void {
  const args = call.args.map((a) => compileExpr(b, a));
  const a0 = args[0] ?? ((): RV => null);
  const a1 = args[1] ?? ((): RV => null);
  let run: (box: ValueBox, f: Frame) => RV;
  switch (name) {
    case 'Load':
      run = (box) => box[0];
      break;
    case 'Store':
      run = (box, f) => {
        const x = a0(f) as Box | null;
        checkNew(box[0], x, 'store');
        box[0] = x;
        return undefined;
      };
      break;
    case 'Swap':
      run = (box, f) => {
        const x = a0(f) as Box | null;
        checkNew(box[0], x, 'swap');
        const old = box[0];
        box[0] = x;
        return old;
      };
      break;
    case 'CompareAndSwap':
      run = (box, f) => {
        const old = a0(f) as Box | null;
        const x = a1(f) as Box | null;
        if (x === null) throw new GoPanic('sync/atomic: compare and swap of nil value into Value');
        if (old !== null && old.t !== x.t)
          throw new GoPanic('sync/atomic: compare and swap of inconsistently typed values');
        const cur = box[0];
        if (cur === null) {
          if (old !== null) return false;
          box[0] = x;
          return true;
        }
        if (cur.t !== x.t)
          throw new GoPanic('sync/atomic: compare and swap of inconsistently typed value into Value');
        let same: boolean;
        try {
          same = ifaceEq(cur, old);
        } catch (e) {
          if (e instanceof GoPanicLike) throw new GoPanic(e.message);
          throw e;
        }
        if (!same) return false;
        box[0] = x;
        return true;
      };
      break;
    default:
      throw new CompileError(call.pos, `atomic.Value.${name} is not supported in scenarios`);
  }
  b.emit((_g, f) => {
    const v = run(h(f) as ValueBox, f);
    if (dst >= 0) f.r[dst] = v;
    return CONT;
  });
}

/**
 * Emits an `atomic.Pointer[T]` method call on the box `h` (`[pointer]`, nil until stored): Load, Store, Swap
 * and CompareAndSwap (pointer identity, as Go compares pointers).
 */
export function emitPointerMethod(
  b: Builder,
  call: ast.CallExpr,
  ptrType: Type,
  name: string,
  h: E,
  dst: number,
): void {
  const args = call.args.map((a) => compileExpr(b, a));
  const a0 = args[0] ?? ((): RV => null);
  const a1 = args[1] ?? ((): RV => null);
  const eq = eqOf(ptrType) ?? ((x: RV, y: RV): boolean => x === y);
  let run: (box: [RV], f: Frame) => RV;
  switch (name) {
    case 'Load':
      run = (box) => box[0];
      break;
    case 'Store':
      run = (box, f) => void (box[0] = a0(f));
      break;
    case 'Swap':
      run = (box, f) => {
        const old = box[0];
        box[0] = a0(f);
        return old;
      };
      break;
    case 'CompareAndSwap':
      run = (box, f) => {
        if (!eq(box[0], a0(f))) return false;
        box[0] = a1(f);
        return true;
      };
      break;
    default:
      throw new CompileError(call.pos, `atomic.Pointer.${name} is not supported in scenarios`);
  }
  b.emit((_g, f) => {
    const box = h(f) as [RV] | 0 | null;
    if (!box) throw new GoPanic(NIL_DEREF);
    const v = run(box, f);
    if (dst >= 0) f.r[dst] = v;
    return CONT;
  });
}
