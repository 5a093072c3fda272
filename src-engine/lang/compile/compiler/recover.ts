/** `panic` values and `recover()`: the compile side of runtime/recover.ts. */
import { type Type, UNTYPED_NIL } from '../../types';
import { gorecover } from '../runtime/recover';
import { toBytes } from '../runtime/strings';
import { type AnyBox, CONT, type RV } from '../runtime/types';
import type { Builder } from './Builder';
import { typeDesc } from './typeInfo';

const NIL_PANIC: AnyBox = {
  d: { k: 'string', name: '*runtime.PanicNilError', elem: null },
  v: toBytes('panic called with nil argument (goexit=false)'),
};

/** The `any` value a `panic(x)` of static type `t` carries (an `any` operand is already boxed). */
export function panicBox(t: Type, isNil: boolean): (v: RV) => AnyBox | null {
  if (isNil || t === UNTYPED_NIL) return () => NIL_PANIC;
  if (t.kind === 'any') return (v) => (v === null ? NIL_PANIC : (v as AnyBox));
  const d = typeDesc(t);
  return (v) => ({ d, v });
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
