/**
 * fmt's float verbs (`pp.fmtFloat` and `fmt.fmtFloat` of Go's fmt): `%v` is `%g` with the shortest digits,
 * `%e %E %f %F` default to precision 6, flags `+`, ` `, `-`, `0` and `#`, and Inf/NaN are never zero padded.
 */
import type { Flags } from './format';
import { type FloatFormat, formatFloat } from './ftoa';

function padTo(f: Flags, s: string, zeroPad: boolean): string {
  if (f.wid <= 0 || s.length >= f.wid) return s;
  const n = f.wid - s.length;
  if (f.minus) return s + ' '.repeat(n);
  return (zeroPad ? '0' : ' ').repeat(n) + s;
}

/** `%#` keeps a decimal point and, for %g/%v, trailing zeros up to the precision (fmt.fmtFloat). */
function sharpForm(num: string, verb: string, prec: number): string {
  let digits = 0;
  if (verb === 'v' || verb === 'g' || verb === 'G') digits = prec === -1 ? 6 : prec;
  let tail = '';
  let hasPoint = false;
  let sawNonzero = false;
  let body = num;
  for (let i = 1; i < body.length; i++) {
    const ch = body[i] as string;
    if (ch === '.') hasPoint = true;
    else if (ch === 'e' || ch === 'E') {
      tail = body.substring(i);
      body = body.substring(0, i);
      break;
    } else {
      if (ch !== '0') sawNonzero = true;
      if (sawNonzero) digits--;
    }
  }
  if (!hasPoint) {
    if (body.length === 2 && body[1] === '0') digits--;
    body += '.';
  }
  while (digits > 0) {
    body += '0';
    digits--;
  }
  return body + tail;
}

/** Formats float `v` (of `bitSize` 64 or 32) with `verb`; null for a verb floats do not take. */
export function fmtFloatVerb(v: number, bitSize: 32 | 64, verb: string, f: Flags): string | null {
  let fmt: FloatFormat;
  let prec: number;
  switch (verb) {
    case 'v':
    case 'g':
    case 'G':
      fmt = verb === 'G' ? 'G' : 'g';
      prec = -1;
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
      fmt = verb === 'F' ? 'f' : verb;
      prec = 6;
      break;
    default:
      return null;
  }
  if (f.prec >= 0) prec = f.prec;
  let num = formatFloat(v, fmt, prec, bitSize);
  num = num[0] === '-' || num[0] === '+' ? num : '+' + num;
  if (f.space && num[0] === '+' && !f.plus) num = ' ' + num.substring(1);
  if (num[1] === 'I' || num[1] === 'N') {
    if (num[1] === 'N' && !f.space && !f.plus) num = num.substring(1);
    return padTo(f, num, false);
  }
  if (f.sharp) num = sharpForm(num, verb, prec);
  if (f.plus || num[0] !== '+') {
    if (f.zero && !f.minus && f.wid > num.length)
      return (num[0] as string) + '0'.repeat(f.wid - num.length) + num.substring(1);
    return padTo(f, num, f.zero);
  }
  return padTo(f, num.substring(1), f.zero);
}
