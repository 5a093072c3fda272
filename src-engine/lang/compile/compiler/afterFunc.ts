/**
 * `time.AfterFunc(d, f)`: a timer on the calling P's heap that starts a goroutine running `f` when it fires
 * (engine op `afterFunc`, time.goFunc). The program keeps each AfterFunc timer's `f` by timer handle, so that
 * `Reset` after it fired can hand the engine a fresh goroutine to start again.
 */
import type * as ast from '../../ast';
import type { BodyProgram } from '../../../sim/body';
import { type Frame, type FuncVal, GoPanic } from '../runtime/types';
import type { Builder } from './Builder';
import { compileExpr } from './exprs';
import type { Unit } from './Unit';
import { toNumber } from '../runtime/ints';

const slots = new WeakMap<Unit, number>();

/** The hidden global mapping an AfterFunc timer's handle to its function. */
function funcsSlot(unit: Unit): number {
  let s = slots.get(unit);
  if (s === undefined) {
    s = unit.hiddenGlobal(() => []);
    slots.set(unit, s);
  }
  return s;
}

/** The goroutine an AfterFunc timer starts. */
export interface TimerGoroutine {
  readonly body: BodyProgram;
  readonly state: unknown;
}

/** Emits `time.AfterFunc(d, f)`; the timer's handle (the `*time.Timer`) goes to `dst`. */
export function emitAfterFunc(b: Builder, call: ast.CallExpr, dst: number): void {
  const d = compileExpr(b, call.args[0] as ast.Expr);
  const fn = b.spill(compileExpr(b, call.args[1] as ast.Expr));
  const m = b.unit.m;
  const funcs = funcsSlot(b.unit);
  b.emitOp(
    (_g, f) => {
      const fv = fn(f) as FuncVal | null;
      if (fv === null) throw new GoPanic('time: AfterFunc called with nil func');
      return { op: 'afterFunc', ns: toNumber(d(f)), body: m.body(fv.f), state: m.newGoroutine(f.gl, fv, []) };
    },
    (_g, f, input) => {
      (f.gl[funcs] as (FuncVal | undefined)[])[input.value as number] = fn(f) as FuncVal;
      if (dst >= 0) f.r[dst] = input.value;
    },
  );
}

/** For `Reset` on timer handle `h`: the fresh goroutine an AfterFunc timer starts when it fires again. */
export function timerGoroutine(b: Builder): (f: Frame, h: number) => TimerGoroutine | null {
  const m = b.unit.m;
  const funcs = funcsSlot(b.unit);
  return (f, h) => {
    const fv = (f.gl[funcs] as (FuncVal | undefined)[])[h];
    return fv === undefined ? null : { body: m.body(fv.f), state: m.newGoroutine(f.gl, fv, []) };
  };
}
