/**
 * `recover` (Go's `gorecover`): a deferred call run by a panicking frame stops the panic and gets its value;
 * the frame then returns normally to its caller with its result values as they are. The value of a runtime
 * error is its message (a `runtime.Error`, whose `%v` is that text).
 */
import { panicTypeOf } from './errorTypes';
import type { Box } from './rtypes';
import { toBytes } from './strings';
import { type Frame, GoPanic, type GoroutineState } from './types';

/** The value a panic carries for `recover` (an interface value). */
export function panicValue(err: unknown, msg: string): Box {
  if (err instanceof GoPanic && err.value !== null) return err.value;
  // The nil-dereference message carries the signal line Go prints only for an unrecovered panic.
  const text = toBytes(msg.split('\n')[0] as string);
  const { t, isString } = panicTypeOf(msg);
  return isString ? { t, v: text } : { t, v: [text] };
}

/**
 * `recover()` run in frame `f` of goroutine `g`: the panic value when `f` is a deferred call of a panicking
 * frame and the panic is not recovered yet, else nil.
 */
export function gorecover(g: GoroutineState, f: Frame): Box | null {
  if (g.pan === null || f.p !== 1 || g.gx !== 0) return null;
  const v = g.pv;
  g.prec = `${g.pan} [recovered]`;
  g.pan = null;
  g.pv = null;
  return v;
}
