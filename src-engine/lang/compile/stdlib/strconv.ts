/**
 * `strconv.Atoi` (strconv/atoi.go): the fast path for fewer than 19 bytes (optional sign, decimal digits),
 * else ParseInt(s, 10, 0) with its range error (the result then saturates). Errors are `*strconv.NumError`
 * values whose Error is Go's `strconv.Atoi: parsing "x": invalid syntax`.
 */
import { quote } from '../fmt/quote';
import { type Int, normInt } from '../runtime/ints';
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

/** The strconv functions with two results, by `pkg.Name`. */
export const MULTI_FUNCS: Readonly<Record<string, (a: RV[]) => RV[]>> = {
  'strconv.Atoi': (a) => atoi(a[0] as string),
};
