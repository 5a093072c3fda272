/**
 * `strconv.Atoi`, `ParseInt`, `ParseUint` and `ParseBool` (strconv/atoi.go, atob.go): Atoi's fast path for
 * fewer than 19 bytes (optional sign, decimal digits), else ParseInt(s, 10, 0) with its range error (the
 * result then saturates). Errors are `*strconv.NumError` values whose Error is Go's
 * `strconv.Atoi: parsing "x": invalid syntax` (`value out of range`, `invalid base N`, `invalid bit size N`).
 */
import { quote } from '../fmt/quote';
import { type Int, normInt, toNumber } from '../runtime/ints';
import { registerNatives } from '../runtime/natives';
import { type Box, rtTypeId } from '../runtime/rtypes';
import type { RV } from '../runtime/types';

const NUM_ERROR_T = rtTypeId('*strconv.NumError', () => ({
  name: '*strconv.NumError',
  desc: { k: 'errstr', name: '*strconv.NumError', elem: null },
}));
const message = (v: RV): RV => (v as RV[])[0];
registerNatives(NUM_ERROR_T, { Error: message, '#fmtError': message });

function numError(fn: string, s: string, err: string): Box {
  return { t: NUM_ERROR_T, v: [`strconv.${fn}: parsing ${quote(s)}: ${err}`] };
}

const MAX = (1n << 63n) - 1n;
const MIN = -(1n << 63n);

/** `strconv.Atoi(s)`: [value, error]. */
export function atoi(s: string): [Int, Box | null] {
  const m = /^([+-]?)([0-9]+)$/.exec(s);
  if (m === null) return [0, numError('Atoi', s, 'invalid syntax')];
  const v = BigInt(s);
  if (v > MAX) return [normInt(MAX), numError('Atoi', s, 'value out of range')];
  if (v < MIN) return [normInt(MIN), numError('Atoi', s, 'value out of range')];
  return [normInt(v), null];
}

const lower = (c: string): string => c.toLowerCase();
const MAX_U64 = (1n << 64n) - 1n;

/** ParseUint's result and error reason (null: none) as atoi.go computes them; `range` for ErrRange. */
function parseUint(s0: string, base0: number, bitSize0: number): [bigint, string | null, boolean] {
  const syntax = (): [bigint, string, boolean] => [0n, 'invalid syntax', false];
  if (s0 === '') return syntax();
  let s = s0;
  let base = base0;
  if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      const c = lower(s[1] ?? '');
      if (s.length >= 3 && c === 'b') [base, s] = [2, s.slice(2)];
      else if (s.length >= 3 && c === 'o') [base, s] = [8, s.slice(2)];
      else if (s.length >= 3 && c === 'x') [base, s] = [16, s.slice(2)];
      else [base, s] = [8, s.slice(1)];
    }
  } else if (base < 2 || base > 36) return [0n, `invalid base ${base}`, false];
  let bitSize = bitSize0;
  if (bitSize === 0) bitSize = 64;
  else if (bitSize < 0 || bitSize > 64) return [0n, `invalid bit size ${bitSize}`, false];
  const b = BigInt(base);
  const cutoff = MAX_U64 / b + 1n;
  const maxVal = (1n << BigInt(bitSize)) - 1n;
  let underscores = false;
  let n = 0n;
  for (const c of s) {
    let d: number;
    if (c === '_' && base0 === 0) {
      underscores = true;
      continue;
    } else if (c >= '0' && c <= '9') d = c.charCodeAt(0) - 48;
    else if (lower(c) >= 'a' && lower(c) <= 'z') d = lower(c).charCodeAt(0) - 97 + 10;
    else return syntax();
    if (d >= base) return syntax();
    if (n >= cutoff) return [maxVal, 'value out of range', true];
    n = (n * b) & MAX_U64;
    const n1 = n + BigInt(d);
    if (n1 > MAX_U64 || n1 > maxVal) return [maxVal, 'value out of range', true];
    n = n1;
  }
  if (underscores && !underscoreOK(s0)) return syntax();
  return [n, null, false];
}

/** atoi.go's underscoreOK: underscores only between digits (or after a base prefix). */
function underscoreOK(s0: string): boolean {
  let saw = '^';
  let i = 0;
  let s = s0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes(lower(s[1] as string))) {
    i = 2;
    saw = '0';
    hex = lower(s[1] as string) === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i] as string;
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** `strconv.ParseInt(s, base, bitSize)`: [int64, error] (saturated on a range error). */
export function parseInt(s0: string, base: number, bitSize: number): [Int, Box | null] {
  if (s0 === '') return [0, numError('ParseInt', s0, 'invalid syntax')];
  let s = s0;
  let neg = false;
  if (s[0] === '+') s = s.slice(1);
  else if (s[0] === '-') [neg, s] = [true, s.slice(1)];
  const [un, why, range] = parseUint(s, base, bitSize);
  if (why !== null && !range) return [0, numError('ParseInt', s0, why)];
  const bits = BigInt(bitSize === 0 ? 64 : bitSize);
  const cutoff = 1n << (bits - 1n);
  if (!neg && un >= cutoff) return [normInt(cutoff - 1n), numError('ParseInt', s0, 'value out of range')];
  if (neg && un > cutoff) return [normInt(-cutoff), numError('ParseInt', s0, 'value out of range')];
  return [normInt(neg ? -un : un), null];
}

/** `strconv.ParseBool(str)` (atob.go). */
export function parseBool(s: string): [boolean, Box | null] {
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(s)) return [true, null];
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(s)) return [false, null];
  return [false, numError('ParseBool', s, 'invalid syntax')];
}

/** The strconv functions with two results, by `pkg.Name`. */
export const MULTI_FUNCS: Readonly<Record<string, (a: RV[]) => RV[]>> = {
  'strconv.Atoi': (a) => atoi(a[0] as string),
  'strconv.ParseInt': (a) => parseInt(a[0] as string, toNumber(a[1] as Int), toNumber(a[2] as Int)),
  'strconv.ParseUint': (a) => {
    const s = a[0] as string;
    const [v, why] = parseUint(s, toNumber(a[1] as Int), toNumber(a[2] as Int));
    return [normInt(v), why === null ? null : numError('ParseUint', s, why)];
  },
  'strconv.ParseBool': (a) => parseBool(a[0] as string),
};
