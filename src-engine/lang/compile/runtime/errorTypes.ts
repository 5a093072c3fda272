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

/** `runtime.boundsError`: index and slice bounds out of range. */
export const BOUNDS_ERROR_T = errorType('runtime.boundsError');
/** `runtime.errorString`: the other `runtime error: …` panics (divide by zero, nil dereference, …). */
export const ERROR_STRING_T = errorType('runtime.errorString');
/** `runtime.plainError`: runtime panics without the `runtime error: ` prefix (nil map write, closed channel). */
export const PLAIN_ERROR_T = errorType('runtime.plainError');
/** `*runtime.TypeAssertionError`: a failed type assertion (`interface conversion: …`). */
export const TYPE_ASSERTION_T = errorType('*runtime.TypeAssertionError');
/** Kept for callers naming "some runtime error"; recovered panics get the precise types above. */
export const RUNTIME_ERROR_T = ERROR_STRING_T;
/** `*runtime.PanicNilError`, the value of `panic(nil)` since Go 1.21. */
export const PANIC_NIL_T = errorType('*runtime.PanicNilError');
/** Every runtime-made error type (their Error method is the boxed message). */
export const RUNTIME_ERROR_TYPES: readonly number[] = [
  BOUNDS_ERROR_T,
  ERROR_STRING_T,
  PLAIN_ERROR_T,
  TYPE_ASSERTION_T,
  PANIC_NIL_T,
];

/** The runtime's plainError panics (Go 1.23: map.go, chan.go, proc.go). */
const PLAIN = new Set([
  'assignment to entry in nil map',
  'close of closed channel',
  'send on closed channel',
  'close of nil channel',
  'makechan: size out of range',
  'go of nil func value',
]);

/** The string type's dynamic id (same key and descriptor as compiler/ifaces.ts registers for `string`). */
const STRING_T = rtTypeId('string', () => ({
  name: 'string',
  desc: { k: 'string', name: 'string', elem: null },
}));

/**
 * The dynamic type of the value a panic raised by the engine or a library carries, from its message, as Go
 * 1.23 types it: runtime errors by kind; the library panics (`sync: negative WaitGroup counter`,
 * `strings: negative Repeat count`, `nil key`, …) are `panic(string)` in Go, so their value is a string.
 */
export function panicTypeOf(msg: string): { t: number; isString: boolean } {
  if (msg.startsWith('interface conversion: ')) return { t: TYPE_ASSERTION_T, isString: false };
  if (/^runtime error: (index|slice bounds) out of range/.test(msg))
    return { t: BOUNDS_ERROR_T, isString: false };
  if (msg.startsWith('runtime error: ')) return { t: ERROR_STRING_T, isString: false };
  if (PLAIN.has(msg)) return { t: PLAIN_ERROR_T, isString: false };
  return { t: STRING_T, isString: true };
}
