/**
 * Memory a Go program allocates, as far as the interpreter limits it, and the fatal errors that end a run the
 * way the Go runtime ends one (`fatal error: runtime: out of memory`, exit status 2, what was printed kept).
 *
 * @remarks {@link allocString} is the one place a string's bytes are charged to the run's memory budget
 * (`sim/limits.ts`, docs/limits.md); {@link MAX_STRING_BYTES} also caps one string below V8's own limit.
 */
import { budget } from '../../../sim/limits';

/** Strings shorter than this are not charged one by one (the common case stays a length check). */
const CHARGE_FROM_BYTES = 1024;

/** Largest Go string a program may build, bytes (far below V8's own limit of about 2^29 characters). */
export const MAX_STRING_BYTES = 256 * 1024 * 1024;

/** The Go runtime's message when an allocation cannot be satisfied (`runtime.throw` in mallocgc / sysAlloc). */
export const OUT_OF_MEMORY = 'runtime: out of memory';

/** Go's message when a goroutine's stack cannot grow. */
export const STACK_OVERFLOW = 'stack overflow';

/** A fatal error (a `throw`, not a panic): no deferred call runs and `recover` cannot stop it. */
export class GoFatal extends Error {
  override readonly name = 'GoFatal';
  constructor(readonly msg: string) {
    super(msg);
  }
}

/** Charges a new string to the run's memory: returns it, or throws {@link GoFatal} out of memory. */
export function allocString(s: string): string {
  if (s.length >= CHARGE_FROM_BYTES) {
    if (s.length > MAX_STRING_BYTES) throw new GoFatal(OUT_OF_MEMORY);
    budget.charge(s.length);
  }
  return s;
}

/**
 * The fatal error a failure of the JS host stands for while running Go code: an allocation V8 refuses (a
 * string, array or buffer too long, a BigInt too large) is Go running out of memory, a JS stack overflow is a
 * Go stack overflow. Null for anything else (a genuine interpreter bug).
 */
export function fatalOf(err: unknown): string | null {
  if (err instanceof GoFatal) return err.msg;
  if (!(err instanceof RangeError)) return null;
  if (/call stack/i.test(err.message)) return STACK_OVERFLOW;
  if (/invalid (string|array|typed array) length|allocation failed|bigint|array buffer/i.test(err.message))
    return OUT_OF_MEMORY;
  return null;
}
