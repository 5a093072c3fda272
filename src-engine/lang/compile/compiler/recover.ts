/** `panic` values and `recover()`: the compile side of runtime/recover.ts. */
import { type Type, under, UNTYPED_NIL } from '../../types';
import { PANIC_NIL_T } from '../runtime/errorTypes';
import { gorecover } from '../runtime/recover';
import type { Box } from '../runtime/rtypes';
import { toBytes } from '../runtime/strings';
import { CONT, type RV } from '../runtime/types';
import type { Builder } from './Builder';
import { boxedTypeId } from './ifaces';

const NIL_PANIC: Box = { t: PANIC_NIL_T, v: [toBytes('panic called with nil argument (goexit=false)')] };

/**
 * The interface value a `panic(x)` of static type `t` carries for `recover` (an interface operand is
 * already boxed; `panic(nil)` carries a `*runtime.PanicNilError`, as since Go 1.21).
 */
export function panicBox(b: Builder, t: Type, isNil: boolean): (v: RV) => Box | null {
  if (isNil || t === UNTYPED_NIL) return () => NIL_PANIC;
  if (under(t).kind === 'any') return (v) => (v === null ? NIL_PANIC : (v as Box));
  const id = boxedTypeId(b.unit, t);
  return (v) => ({ t: id, v });
}

/**
 * `recover()` to register `dst`: stops the panic only in a deferred function itself; in a synthetic wrapper
 * (`defer recover()`, whose recover is not called by a deferred function) it is always nil, as in Go.
 */
export function emitRecover(b: Builder, dst: number): void {
  const direct = b.info !== null;
  b.emit((g, f) => {
    const v = direct ? gorecover(g, f) : null;
    if (dst >= 0) f.r[dst] = v;
    return CONT;
  });
}
