/**
 * Go integer arithmetic, exact over every integer type's full range.
 *
 * @remarks
 * Representation (an invariant every producer of an integer keeps): an integer value is a JS `number` when
 * it lies within ±(2^53 − 1) and a `bigint` only outside that range ({@link Int}). One value has one form,
 * so `===`, `Map` keys (SameValueZero compares bigints by value) and `<`/`<=` (defined across number and
 * bigint) keep Go's meaning without knowing which form they see. A zero product may be `-0`, which all of them
 * (and fmt, `String`, `BigInt`) treat as 0.
 *
 * Signed values are held as their value, unsigned ones as their unsigned value (`^uint64(0)` is the bigint
 * 2^64 − 1). Only `int`, `int64`, `uint`, `uint64`, `uintptr` and `time.Duration` can leave the number form;
 * the 8-, 16- and 32-bit kinds always hold numbers.
 *
 * Each operator takes a fast path when both operands are numbers and the exact result is a safe integer
 * (the common case in scenarios), and otherwise computes in BigInt and wraps with `BigInt.asIntN(64, …)` /
 * `asUintN(64, …)`: Go's two's-complement wrap-around. Smaller kinds compute as int64 and then wrap with
 * {@link convertInt}.
 */
import { runtimeError } from './types';

/** An integer value of any Go integer type (see the representation invariant above). */
export type Int = number | bigint;

/** The integer kinds: the sized types (`int` is `int64` and `uint`/`uintptr` are `uint64`, as on amd64). */
export type IntKind = 'int64' | 'uint64' | 'int32' | 'uint32' | 'int16' | 'uint16' | 'int8' | 'uint8';

const MAX = Number.MAX_SAFE_INTEGER;
const MAX_BIG = BigInt(MAX);

/** The canonical form of an exact integer: a number within ±(2^53 − 1), else the bigint. */
export function normInt(v: bigint): Int {
  return v <= MAX_BIG && v >= -MAX_BIG ? Number(v) : v;
}

/** The exact value of an integer as a bigint. */
export function bigOf(x: Int): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

/**
 * An integer as a JS number for the engine's boundaries (durations, counts, exit codes): exact within
 * ±2^53, the nearest double beyond (a sleep of more than 104 days of virtual time, a huge count).
 */
export function toNumber(x: Int): number {
  return typeof x === 'number' ? x : Number(x);
}

function s64(v: bigint): Int {
  return normInt(BigInt.asIntN(64, v));
}

function u64(v: bigint): Int {
  return normInt(BigInt.asUintN(64, v));
}

// Each operator is a small fast path (two numbers, a safe result) that V8 inlines into the interpreter's
// closures, and a separate slow path in BigInt: keeping the slow path out keeps the fast one small.

function addSlow(a: Int, b: Int): Int {
  return s64(bigOf(a) + bigOf(b));
}
/** int64 `a + b`. */
export function add64(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (s <= MAX && s >= -MAX) return s;
  }
  return addSlow(a, b);
}

function addUSlow(a: Int, b: Int): Int {
  return u64(bigOf(a) + bigOf(b));
}
/** uint64 `a + b`. */
export function addU64(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (s <= MAX) return s;
  }
  return addUSlow(a, b);
}

function subSlow(a: Int, b: Int): Int {
  return s64(bigOf(a) - bigOf(b));
}
/** int64 `a - b`. */
export function sub64(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a - b;
    if (s <= MAX && s >= -MAX) return s;
  }
  return subSlow(a, b);
}

function subUSlow(a: Int, b: Int): Int {
  return u64(bigOf(a) - bigOf(b));
}
/** uint64 `a - b` (below zero wraps to 2^64 − …). */
export function subU64(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a - b;
    if (s >= 0) return s;
  }
  return subUSlow(a, b);
}

function mulSlow(a: Int, b: Int): Int {
  return s64(bigOf(a) * bigOf(b));
}
/**
 * int64 `a * b` (a double product within ±(2^53 − 1) is exact: rounding is monotone and 2^53 is a double).
 * A product of 0 may be -0, which every consumer treats as 0 (`===`, Map keys, fmt, BigInt).
 */
export function mul64(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const p = a * b;
    if (p <= MAX && p >= -MAX) return p;
  }
  return mulSlow(a, b);
}

function mulUSlow(a: Int, b: Int): Int {
  return u64(bigOf(a) * bigOf(b));
}
/** uint64 `a * b`. */
export function mulU64(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const p = a * b;
    if (p <= MAX) return p;
  }
  return mulUSlow(a, b);
}

function isZero(b: Int): boolean {
  return b === 0 || b === 0n;
}

function divSlow(a: Int, b: Int): Int {
  if (isZero(b)) runtimeError('integer divide by zero');
  return s64(bigOf(a) / bigOf(b));
}
/** int64 truncated division; panics on a zero divisor like Go (`MinInt64 / -1` wraps to MinInt64). */
export function div(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    // Operands within ±(2^53 − 1): the rounded quotient truncates to the exact one (it cannot round up to
    // an integer: that needs |a| > 2^53). A zero quotient is +0.
    const q = Math.trunc(a / b);
    return q === 0 ? 0 : q;
  }
  return divSlow(a, b);
}

function divUSlow(a: Int, b: Int): Int {
  if (isZero(b)) runtimeError('integer divide by zero');
  return normInt(bigOf(a) / bigOf(b));
}
/** uint64 division (operands are non-negative unsigned values). */
export function divU64(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) return Math.trunc(a / b);
  return divUSlow(a, b);
}

function remSlow(a: Int, b: Int): Int {
  if (isZero(b)) runtimeError('integer divide by zero');
  return normInt(bigOf(a) % bigOf(b));
}
/** Remainder with the sign of the dividend (signed or unsigned: the operands are the values); panics on 0. */
export function rem(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const r = a % b;
    return r === 0 ? 0 : r;
  }
  return remSlow(a, b);
}

/** int64 negation (`-MinInt64` is MinInt64). */
export function neg64(a: Int): Int {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return s64(-a);
}

/** uint64 negation (2^64 − a). */
export function negU64(a: Int): Int {
  return a === 0 ? 0 : u64(-bigOf(a));
}

/**
 * `a & b`, `a | b`, `a ^ b`, `a &^ b` on 64-bit operands of the same signedness: the results of canonical
 * int64 (or uint64) values are int64 (uint64) values, so no wrapping is needed, only the canonical form.
 */
export function and64(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return normInt(bigOf(a) & bigOf(b));
}
/** `a | b` (see {@link and64}). */
export function or64(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return normInt(bigOf(a) | bigOf(b));
}
/** `a ^ b` (see {@link and64}). */
export function xor64(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return normInt(bigOf(a) ^ bigOf(b));
}
/** `a &^ b` (see {@link and64}). */
export function andNot64(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & ~b;
  return normInt(bigOf(a) & ~bigOf(b));
}

/** `^a` on a signed integer (−a − 1). */
export function not64(a: Int): Int {
  if (typeof a === 'number') {
    const r = -a - 1;
    if (r >= -MAX) return r;
  }
  return normInt(-bigOf(a) - 1n);
}

/** `^a` on a uint64 (2^64 − 1 − a). */
export function notU64(a: Int): Int {
  return u64(~bigOf(a));
}

function checkShift(n: Int): void {
  if (n < 0) runtimeError('negative shift amount');
}

/** `a << n` on int64 (a count of 64 or more gives 0). */
export function shl64(a: Int, n: Int): Int {
  checkShift(n);
  if (n >= 64) return 0;
  if (typeof a === 'number') {
    // A product by a power of two is exact in a double; within the safe range it is the result.
    const p = a * 2 ** (n as number);
    if (p <= MAX && p >= -MAX) return p;
  }
  return s64(bigOf(a) << BigInt(n));
}

/** `a << n` on uint64. */
export function shlU64(a: Int, n: Int): Int {
  checkShift(n);
  if (n >= 64) return 0;
  if (typeof a === 'number') {
    const p = a * 2 ** (n as number);
    if (p <= MAX) return p;
  }
  return u64(bigOf(a) << BigInt(n));
}

/** `a >> n`: arithmetic on a signed value, logical on an unsigned one (its value is non-negative). */
export function shr64(a: Int, n: Int): Int {
  checkShift(n);
  if (n >= 64) return a < 0 ? -1 : 0;
  if (typeof a === 'number') return Math.floor(a / 2 ** (n as number));
  return normInt(a >> BigInt(n));
}

/** Go's binary integer operators. */
export type IntOpName = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '&^' | '<<' | '>>';

/** A binary integer operation on canonical values. */
export type IntOp = (a: Int, b: Int) => Int;

/** The operators on int64 and on uint64 (`%`, `&`, `|`, `^`, `&^` and `>>` are the same function on both). */
export const OPS64: Readonly<Record<'int64' | 'uint64', Readonly<Record<IntOpName, IntOp>>>> = {
  int64: {
    '+': add64,
    '-': sub64,
    '*': mul64,
    '/': div,
    '%': rem,
    '&': and64,
    '|': or64,
    '^': xor64,
    '&^': andNot64,
    '<<': shl64,
    '>>': shr64,
  },
  uint64: {
    '+': addU64,
    '-': subU64,
    '*': mulU64,
    '/': divU64,
    '%': rem,
    '&': and64,
    '|': or64,
    '^': xor64,
    '&^': andNot64,
    '<<': shlU64,
    '>>': shr64,
  },
};

/**
 * The operation behind `op` on a kind narrower than 64 bits, whose result the caller then wraps with
 * {@link converterTo}: its result need not be canonical, only exact modulo 2^32.
 */
export function narrowOp(op: IntOpName, kind: IntKind): IntOp {
  // 32-bit products can exceed 2^53: Math.imul keeps their low 32 bits exact.
  if (op === '*' && (kind === 'int32' || kind === 'uint32')) return Math.imul as IntOp;
  // A narrow value shifted left is exact as a double (a product by a power of two); ToInt32 wraps it exactly.
  if (op === '<<') return (a, n) => (n < 0 ? shl64(a, n) : n >= 64 ? 0 : (a as number) * 2 ** (n as number));
  return OPS64.int64[op];
}

/** A conversion to one integer kind, from an integer of any kind. */
export type IntConv = (v: Int) => Int;

const CONVERTERS: Readonly<Record<IntKind, IntConv>> = {
  // ToInt32 (behind `|`, `<<`, `&`, `>>>`) reduces any integral double modulo 2^32 exactly.
  int8: (v) => (typeof v === 'number' ? (v << 24) >> 24 : Number(BigInt.asIntN(8, v))),
  int16: (v) => (typeof v === 'number' ? (v << 16) >> 16 : Number(BigInt.asIntN(16, v))),
  int32: (v) => (typeof v === 'number' ? v | 0 : Number(BigInt.asIntN(32, v))),
  uint8: (v) => (typeof v === 'number' ? v & 0xff : Number(BigInt.asUintN(8, v))),
  uint16: (v) => (typeof v === 'number' ? v & 0xffff : Number(BigInt.asUintN(16, v))),
  uint32: (v) => (typeof v === 'number' ? v >>> 0 : Number(BigInt.asUintN(32, v))),
  int64: (v) => (typeof v === 'number' ? v : s64(v)),
  uint64: (v) => (typeof v === 'number' && v >= 0 ? v : u64(bigOf(v))),
};

/** The conversion to `kind` (Go's rule: keep the low bits, reinterpret them in the target's signedness). */
export function converterTo(kind: IntKind): IntConv {
  return CONVERTERS[kind];
}

/** Converts an integer of any kind to the integer type `kind`. */
export function convertInt(v: Int, kind: IntKind): Int {
  return CONVERTERS[kind](v);
}

/** Applies `kind`'s wrap-around to an exact or int64-wrapped result. */
export function wrap(v: Int, kind: IntKind): Int {
  return kind === 'int64' ? v : CONVERTERS[kind](v);
}

/** True for the unsigned kinds. */
export function isUnsignedKind(kind: IntKind): boolean {
  return kind[0] === 'u';
}

/** Bits of a kind. */
export function bitsOf(kind: IntKind): number {
  return Number(kind.replace(/^u?int/, ''));
}
