/**
 * Dynamic types of the error values the runtime itself makes: what `recover()` returns for a runtime error
 * and for `panic(nil)`. Their boxed value is `[message]`, as for `errors.New`; their `Error` method returns it.
 */
import type { TypeDesc } from '../fmt/typeDesc';
import { rtTypeId } from './rtypes';

function errorType(name: string): number {
  const desc: TypeDesc = { k: 'errstr', name, elem: null };
  return rtTypeId(name, () => ({ name, desc }));
}

/**
 * A runtime error (`runtime.Error`). Go's concrete types vary (`runtime.boundsError`, `runtime.plainError`,
 * …); this one type stands for all of them, so `%T` of a recovered runtime error prints `runtime.Error`.
 */
export const RUNTIME_ERROR_T = errorType('runtime.Error');
/** `*runtime.PanicNilError`, the value of `panic(nil)` since Go 1.21. */
export const PANIC_NIL_T = errorType('*runtime.PanicNilError');
/** Every runtime-made error type (their Error method is the boxed message). */
export const RUNTIME_ERROR_TYPES: readonly number[] = [RUNTIME_ERROR_T, PANIC_NIL_T];
