/**
 * float64 and float32 arithmetic and conversions. Values are JS doubles: float64 is exactly IEEE 754
 * binary64 as in Go; a float32 result is rounded through `Math.fround` after every operation (Go rounds each
 * float32 operation to single precision). Division by zero gives ±Inf or NaN, never a panic.
 */
import type * as ast from '../../ast';
import { isFloat, isInteger, type Type, under } from '../../types';
import { convertInt, type Int, normInt } from '../runtime/ints';
import type { E } from '../runtime/types';
import { intKind } from './typeInfo';

/** True for `float32` (values rounded to single precision). */
export function isFloat32(t: Type): boolean {
  const u = under(t);
  return u.kind === 'basic' && u.name === 'float32';
}

/** `x op y` on floats of type `t`; null when `t` is not a float type. */
export function floatArith(op: ast.BinaryOp, t: Type, x: E, y: E): E | null {
  if (!isFloat(t)) return null;
  if (isFloat32(t)) {
    const inner = floatArith(op, under(FLOAT64_T), x, y) as E;
    return (f) => Math.fround(inner(f) as number);
  }
  switch (op) {
    case '+':
      return (f) => (x(f) as number) + (y(f) as number);
    case '-':
      return (f) => (x(f) as number) - (y(f) as number);
    case '*':
      return (f) => (x(f) as number) * (y(f) as number);
    case '/':
      return (f) => (x(f) as number) / (y(f) as number);
    default:
      throw new Error(`operator ${op} on floats`);
  }
}
const FLOAT64_T: Type = { kind: 'basic', name: 'float64' };

/** `-x` on a float (IEEE negation: -0 is distinct from 0, as Go prints it). */
export function floatNeg(x: E): E {
  return (f) => -(x(f) as number);
}

/**
 * int64 conversion of a float: truncation toward zero; NaN and out-of-range give MinInt64 as on amd64.
 * The result is a canonical integer (a bigint beyond ±(2^53−1), runtime/ints.ts).
 */
export function floatToInt64(v: number): Int {
  const t = Math.trunc(v);
  if (!(t < 9223372036854775808 && t >= -9223372036854775808)) return -9223372036854775808n;
  if (t === 0) return 0;
  return Number.isSafeInteger(t) ? t : normInt(BigInt(t));
}

/** uint64 conversion of a float as amd64 does it: values in [2^63, 2^64) convert exactly. */
function floatToUint64(v: number): Int {
  const t = Math.trunc(v);
  if (t >= 9223372036854775808 && t < 18446744073709551616) return normInt(BigInt(t));
  return convertInt(floatToInt64(v), 'uint64');
}

/** The conversion `to(x)` when a float is involved (int↔float, float64↔float32); null otherwise. */
export function floatConversion(from: Type, to: Type, x: E): E | null {
  if (isFloat(to)) {
    if (isFloat32(to)) return (f) => Math.fround(x(f) as number);
    if (isFloat(from) || isInteger(from)) return isFloat(from) ? x : (f) => Number(x(f));
    return null;
  }
  if (isFloat(from) && isInteger(to)) {
    const k = intKind(to);
    if (k === 'int64') return (f) => floatToInt64(x(f) as number);
    if (k === 'uint64') return (f) => floatToUint64(x(f) as number);
    return (f) => convertInt(floatToInt64(x(f) as number), k);
  }
  return null;
}

/**
 * The runtime's `printfloat` (print.go), which `print`/`println` use: `+d.dddddde+ddd`, seven digits
 * produced by its own scaling loop (so the last digit can differ from fmt's correctly rounded one).
 */
export function printFloat(v: number): string {
  if (v !== v) return 'NaN';
  if (v + v === v && v > 0) return '+Inf';
  if (v + v === v && v < 0) return '-Inf';
  const n = 7;
  let sign = '+';
  let e = 0;
  if (v === 0) {
    if (1 / v < 0) sign = '-';
  } else {
    if (v < 0) {
      v = -v;
      sign = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    let h = 5.0;
    for (let i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  let digits = '';
  for (let i = 0; i < n; i++) {
    const s = Math.trunc(v);
    digits += String.fromCharCode(s + 48);
    v -= s;
    v *= 10;
  }
  let es = '+';
  if (e < 0) {
    e = -e;
    es = '-';
  }
  return `${sign}${digits[0]}.${digits.substring(1)}e${es}${Math.trunc(e / 100)}${Math.trunc(e / 10) % 10}${e % 10}`;
}
