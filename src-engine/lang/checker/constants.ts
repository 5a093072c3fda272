import type { BinaryOp } from '../ast';
import type { ConstValue } from '../program';
import { formatFloat } from '../compile/fmt/ftoa';
import { type Rat, ratBinary, ratOfDouble, ratToDouble } from './exactFloat';
import { type Type, under } from '../types';

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

/** Value range of each sized integer type (int is 64-bit, as on the machines Go runs scenarios on). */
export function intRange(t: Type): [bigint, bigint] | null {
  const u = under(t);
  if (u.kind !== 'basic') return null;
  switch (u.name) {
    case 'int':
    case 'int64':
      return [INT64_MIN, INT64_MAX];
    case 'int8':
      return [-128n, 127n];
    case 'int16':
      return [-(1n << 15n), (1n << 15n) - 1n];
    case 'int32':
      return [-(1n << 31n), (1n << 31n) - 1n];
    case 'uint8':
      return [0n, 255n];
    case 'uint16':
      return [0n, (1n << 16n) - 1n];
    case 'uint32':
      return [0n, (1n << 32n) - 1n];
    case 'uint':
    case 'uint64':
    case 'uintptr':
      return [0n, (1n << 64n) - 1n];
    default:
      return null;
  }
}

/** Parses an integer literal's value (`0x1f`, `0o17`, `0b1`, `123`). */
export function parseIntLit(s: string): bigint {
  try {
    return BigInt(s);
  } catch {
    return 0n;
  }
}

/** Converts a constant to an exact integer if it has one (a float must be integral). */
export function toInt(v: ConstValue): bigint | null {
  if (v.kind === 'int') return v.v;
  if (v.kind === 'float' && v.r !== undefined) return v.r[0] % v.r[1] === 0n ? v.r[0] / v.r[1] : null;
  if (v.kind === 'float' && Number.isFinite(v.v) && Number.isInteger(v.v)) return BigInt(v.v);
  return null;
}

/** A numeric constant as a double (NaN for non-numeric constants). */
export function toFloat(v: ConstValue): number {
  return v.kind === 'int' ? Number(v.v) : v.kind === 'float' ? v.v : NaN;
}

/** Formats a constant the way gc prints it in messages. */
export function constString(v: ConstValue): string {
  switch (v.kind) {
    case 'int':
      return v.v.toString();
    case 'float':
      return floatConstString(v.v);
    case 'bool':
      return String(v.v);
    case 'string':
      return JSON.stringify(v.v);
  }
}

/** Compares two constants with a comparison operator. */
export function compareConst(op: BinaryOp, a: ConstValue, b: ConstValue): boolean {
  let c: number;
  if (a.kind === 'bool' || b.kind === 'bool') c = a.v === b.v ? 0 : 1;
  else if (a.kind === 'string' && b.kind === 'string') c = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  else if (a.kind === 'int' && b.kind === 'int') c = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  else {
    const x = toFloat(a);
    const y = toFloat(b);
    c = x < y ? -1 : x > y ? 1 : 0;
  }
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

/**
 * Folds a binary operation on constants. Returns null on division by zero (the caller reports it).
 * `intDiv` selects truncated integer division (both operands are integers).
 */
export function binaryConst(op: BinaryOp, a: ConstValue, b: ConstValue, intDiv: boolean): ConstValue | null {
  if (a.kind === 'string' && b.kind === 'string') return op === '+' ? { kind: 'string', v: a.v + b.v } : null;
  if (a.kind === 'bool' && b.kind === 'bool') {
    if (op === '&&') return { kind: 'bool', v: a.v && b.v };
    if (op === '||') return { kind: 'bool', v: a.v || b.v };
    return null;
  }
  if (a.kind === 'int' && b.kind === 'int') {
    const x = a.v;
    const y = b.v;
    switch (op) {
      case '+':
        return { kind: 'int', v: x + y };
      case '-':
        return { kind: 'int', v: x - y };
      case '*':
        return { kind: 'int', v: x * y };
      case '/':
        if (y === 0n) return null;
        if (intDiv) return { kind: 'int', v: x / y };
        return { kind: 'float', v: ratToDouble([x, y]), r: y < 0n ? [-x, -y] : [x, y] };
      case '%':
        return y === 0n ? null : { kind: 'int', v: x % y };
      case '&':
        return { kind: 'int', v: x & y };
      case '|':
        return { kind: 'int', v: x | y };
      case '^':
        return { kind: 'int', v: x ^ y };
      case '&^':
        return { kind: 'int', v: x & ~y };
      case '<<':
        return y > 10000n ? null : { kind: 'int', v: x << y };
      case '>>':
        return { kind: 'int', v: y > 10000n ? (x < 0n ? -1n : 0n) : x >> y };
      default:
        return null;
    }
  }
  const exact = ratBinary(op, ratOf(a), ratOf(b));
  if (exact !== null) return { kind: 'float', v: ratToDouble(exact), r: exact };
  const x = toFloat(a);
  const y = toFloat(b);
  switch (op) {
    case '+':
      return floatOrInt(x + y);
    case '-':
      return floatOrInt(x - y);
    case '*':
      return floatOrInt(x * y);
    case '/':
      return y === 0 ? null : floatOrInt(x / y);
    default:
      return null;
  }
}

function floatOrInt(v: number): ConstValue {
  return { kind: 'float', v };
}

/** Folds a unary operation on a constant of type `t`. */
export function unaryConst(op: string, a: ConstValue, t: Type): ConstValue | null {
  if (op === '+') return a;
  if (op === '-') {
    if (a.kind === 'int') return { kind: 'int', v: -a.v };
    if (a.kind === 'float')
      // Constants have no negative zero: -0.0 is 0.
      return a.r === undefined
        ? { kind: 'float', v: 0 - a.v }
        : { kind: 'float', v: 0 - a.v, r: [-a.r[0], a.r[1]] };
  }
  if (op === '!' && a.kind === 'bool') return { kind: 'bool', v: !a.v };
  if (op === '^' && a.kind === 'int') {
    const u = under(t);
    const range = intRange(u);
    // Unsigned: ^x flips the type's bits (Go spec: the mask is all ones for unsigned x).
    if (range && range[0] === 0n) return { kind: 'int', v: a.v ^ range[1] };
    return { kind: 'int', v: ~a.v };
  }
  return null;
}

/** Why a constant cannot be represented by type `t`, or null when it can. */
export function representable(v: ConstValue, t: Type): 'truncated' | 'overflows' | 'mismatch' | null {
  const u = under(t);
  if (u.kind === 'any') return null;
  if (u.kind !== 'basic') return 'mismatch';
  const name = u.name;
  if (name === 'bool' || name === 'untyped bool') return v.kind === 'bool' ? null : 'mismatch';
  if (name === 'string' || name === 'untyped string') return v.kind === 'string' ? null : 'mismatch';
  if (name === 'untyped float') return v.kind === 'int' || v.kind === 'float' ? null : 'mismatch';
  if (name === 'untyped int' || name === 'untyped rune') {
    if (v.kind === 'int') return null;
    if (v.kind === 'float') return Number.isInteger(v.v) ? null : 'truncated';
    return 'mismatch';
  }
  if (name === 'float64' || name === 'float32') {
    if (v.kind !== 'int' && v.kind !== 'float') return 'mismatch';
    const f = toFloat(v);
    return Number.isFinite(name === 'float32' ? Math.fround(f) : f) ? null : 'overflows';
  }
  const range = intRange(u);
  if (!range) return 'mismatch';
  if (v.kind !== 'int' && v.kind !== 'float') return 'mismatch';
  const i = toInt(v);
  if (i === null) return 'truncated';
  return i < range[0] || i > range[1] ? 'overflows' : null;
}

/** Normalises an integral float constant to an int constant (after conversion to an integer type). */
export function normalizeForType(v: ConstValue, t: Type): ConstValue {
  const u = under(t);
  // A typed float constant is rounded to its type (types2's roundFloat64/32): its exact value is that double.
  if (u.kind === 'basic' && u.name === 'float32' && (v.kind === 'float' || v.kind === 'int'))
    return { kind: 'float', v: Math.fround(toFloat(v)) };
  if (u.kind === 'basic' && u.name === 'float64' && v.kind === 'float') return { kind: 'float', v: v.v };
  if (v.kind === 'float' && intRange(t)) {
    const i = toInt(v);
    if (i !== null) return { kind: 'int', v: i };
  }
  return v;
}

/** go/constant's String of a float: `%.6g`, with all digits when that hides a fraction (Go issue 56220). */
function floatConstString(f: number): string {
  const s = formatFloat(f, 'g', 6, 64);
  if (!Number.isInteger(f) && Number.isFinite(f) && !s.includes('.')) return formatFloat(f, 'g', -1, 64);
  return s;
}

/** The exact value of a numeric constant. */
function ratOf(v: ConstValue): Rat {
  if (v.kind === 'int') return [v.v, 1n];
  if (v.kind === 'float') return v.r ?? ratOfDouble(v.v);
  return [0n, 1n];
}
