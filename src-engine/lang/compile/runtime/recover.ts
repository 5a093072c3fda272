/**
 * `recover` (Go's `gorecover`): a deferred call run by a panicking frame stops the panic and gets its value;
 * the frame then returns normally to its caller with its result values as they are. The value of a runtime
 * error is its message (a `runtime.Error`, whose `%v` is that text).
 */
import type { TypeDesc } from '../fmt/typeDesc';
import { toBytes } from './strings';
import { type AnyBox, type Frame, GoPanic, type GoroutineState } from './types';

const RUNTIME_ERROR: TypeDesc = { k: 'string', name: 'runtime.Error', elem: null };

/** The value a panic carries for `recover`. */
export function panicValue(err: unknown, msg: string): AnyBox {
  if (err instanceof GoPanic && err.value !== null) return err.value;
  return { d: RUNTIME_ERROR, v: toBytes(msg) };
}

/**
 * `recover()` run in frame `f` of goroutine `g`: the panic value when `f` is a deferred call of a panicking
 * frame and the panic is not recovered yet, else nil.
 */
export function gorecover(g: GoroutineState, f: Frame): AnyBox | null {
  if (g.pan === null || f.p !== 1 || g.gx !== 0) return null;
  const v = g.pv;
  g.prec = `${g.pan} [recovered]`;
  g.pan = null;
  g.pv = null;
  return v;
}
