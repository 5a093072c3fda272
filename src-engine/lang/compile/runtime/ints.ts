/**
 * Go integer arithmetic on JS numbers.
 *
 * @remarks
 * `int`, `int64` and `time.Duration` are 64-bit in Go; here they are doubles. Results within ±2^53 are
 * exact; a result outside that range is wrapped to 64 bits through BigInt (Go's two's-complement overflow)
 * and then rounded to the nearest double, so values beyond ±2^53 are approximate (documented limitation).
 * `byte` wraps mod 2^8, `rune` (int32) and `uint32` mod 2^32, exactly.
 *
 * `uint` and `uint64` are doubles too, kept exact: a result is computed as an int64 (which agrees with
 * uint64 modulo 2^64) and, when the unsigned value it stands for is 2^53 or more (including every
 * wrap-around below zero), the run ends with {@link UINT64_LIMIT} instead of printing a rounded number.
 */
import { GoFatal } from './memory';

/** The located refusal of a `uint`/`uint64` constant of 2^53 or more (it could not be held exactly). */
export const UINT64_CONST_LIMIT = 'uint64 constants of 2^53 or more are not supported in scenarios';
import { runtimeError } from './types';

/** Why a run ends when a `uint`/`uint64` value leaves the exact range (the scenario limit, documented). */
export const UINT64_LIMIT =
  'uint64 value of 2^53 or more (not supported in scenarios: unsigned 64-bit values are exact only below 2^53)';

const MAX = Number.MAX_SAFE_INTEGER;

/** Wraps an exact integer (given as bigint) to int64. */
function wrapBig(v: bigint): number {
  return Number(BigInt.asIntN(64, v));
}

function big(x: number): bigint {
  return BigInt(Math.trunc(x));
}

/** int64 `a + b`. */
export function add64(a: number, b: number): number {
  const s = a + b;
  return s <= MAX && s >= -MAX ? s : wrapBig(big(a) + big(b));
}

/** int64 `a - b`. */
export function sub64(a: number, b: number): number {
  const s = a - b;
  return s <= MAX && s >= -MAX ? s : wrapBig(big(a) - big(b));
}

/** int64 `a * b`. */
export function mul64(a: number, b: number): number {
  const p = a * b;
  return p <= MAX && p >= -MAX ? p : wrapBig(big(a) * big(b));
}

/** Truncated division; panics on a zero divisor like Go. */
export function div(a: number, b: number): number {
  if (b === 0) runtimeError('integer divide by zero');
  if (b === -1) return -a === 0 ? 0 : -a;
  const q = Math.trunc(a / b);
  return q === 0 ? 0 : q;
}

/** Remainder with the sign of the dividend; panics on a zero divisor. */
export function rem(a: number, b: number): number {
  if (b === 0) runtimeError('integer divide by zero');
  const r = a % b;
  return r === 0 ? 0 : r;
}

/** Negation. */
export function neg64(a: number): number {
  return a === 0 ? 0 : -a;
}

function bitwise(a: number, b: number, op: string): number {
  if ((a | 0) === a && (b | 0) === b) {
    switch (op) {
      case '&':
        return a & b;
      case '|':
        return a | b;
      case '^':
        return a ^ b;
      default:
        return a & ~b;
    }
  }
  const x = big(a);
  const y = big(b);
  switch (op) {
    case '&':
      return wrapBig(x & y);
    case '|':
      return wrapBig(x | y);
    case '^':
      return wrapBig(x ^ y);
    default:
      return wrapBig(x & ~y);
  }
}

/** `a & b` on int64. */
export function and64(a: number, b: number): number {
  return bitwise(a, b, '&');
}
/** `a | b` on int64. */
export function or64(a: number, b: number): number {
  return bitwise(a, b, '|');
}
/** `a ^ b` on int64. */
export function xor64(a: number, b: number): number {
  return bitwise(a, b, '^');
}
/** `a &^ b` on int64. */
export function andNot64(a: number, b: number): number {
  return bitwise(a, b, '&^');
}
/** `^a` on a signed integer. */
export function not64(a: number): number {
  return -a - 1;
}

function checkShift(n: number): void {
  if (n < 0) runtimeError('negative shift amount');
}

/** `a << n` on int64. */
export function shl64(a: number, n: number): number {
  checkShift(n);
  if (n >= 64) return 0;
  return wrapBig(big(a) << BigInt(n));
}

/** `a >> n` (arithmetic) on a signed integer. */
export function shr64(a: number, n: number): number {
  checkShift(n);
  if (n >= 64) return a < 0 ? -1 : 0;
  return Math.floor(a / 2 ** n);
}

/** Converts to the integer type `kind` (`byte` wraps mod 256, `rune` mod 2^32 signed). */
export function convertInt(v: number, kind: IntKind): number {
  switch (kind) {
    case 'uint8':
      return v & 0xff;
    case 'int32':
      return v | 0;
    case 'uint32':
      return v >>> 0;
    case 'uint64':
      // An int64 result v stands for the uint64 v mod 2^64: exact only when 0 <= v < 2^53.
      if (v < 0 || v > MAX) throw new GoFatal(UINT64_LIMIT);
      return v;
    default:
      return v;
  }
}

/**
 * The integer kinds of the subset: 64-bit (`int`, `int64`, `time.Duration`), `uint8` (byte), `int32` (rune),
 * `uint32`, and `uint64` (`uint` too).
 */
export type IntKind = 'int64' | 'uint8' | 'int32' | 'uint32' | 'uint64';

/** Applies `kind`'s wrap-around to a 64-bit result. */
export function wrap(v: number, kind: IntKind): number {
  return kind === 'int64' ? v : convertInt(v, kind);
}
