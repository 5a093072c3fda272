/**
 * `strconv.FormatFloat` for the formats fmt uses (`e`, `E`, `f`, `g`, `G`), on doubles (bitSize 64) and on
 * float32 values held as doubles (bitSize 32).
 *
 * @remarks
 * Shortest digits (precision -1) come from the engine's own shortest round-trip conversion
 * (`Number.prototype.toExponential()`, which like Go's Ryū picks the closest of the shortest candidates);
 * for float32, the shortest digit count whose value rounds back through `Math.fround`. A fixed precision
 * rounds the double's exact decimal expansion (computed with BigInt) half to even, as strconv does.
 */

/** Decimal digits `d` (no leading zeros, trailing zeros trimmed; '' for zero) with the point after `dp` digits. */
interface Decimal {
  d: string;
  dp: number;
}

const view = new DataView(new ArrayBuffer(8));

/** The exact decimal expansion of a finite, non-negative double. */
function exactDecimal(x: number): Decimal {
  if (x === 0) return { d: '', dp: 0 };
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  let digits: string;
  let dp: number;
  if (exp >= 0) {
    digits = (mant << BigInt(exp)).toString();
    dp = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-exp)).toString();
    dp = digits.length + exp;
  }
  return trim({ d: digits, dp });
}

function trim(dec: Decimal): Decimal {
  let d = dec.d;
  let end = d.length;
  while (end > 0 && d.charCodeAt(end - 1) === 0x30) end--;
  let start = 0;
  while (start < end && d.charCodeAt(start) === 0x30) start++;
  d = d.substring(start, end);
  return { d, dp: d === '' ? 0 : dec.dp - start };
}

/** Rounds an exact decimal to `nd` digits, half to even (`decimal.Round` in strconv). */
function roundTo(dec: Decimal, nd: number): Decimal {
  if (nd < 0) return { d: '', dp: 0 };
  if (nd >= dec.d.length) return dec;
  const next = dec.d.charCodeAt(nd) - 0x30;
  let up: boolean;
  if (next !== 5 || nd + 1 < dec.d.length) up = next >= 5;
  else up = nd > 0 && (dec.d.charCodeAt(nd - 1) - 0x30) % 2 === 1; // exactly half: to even
  let d = dec.d.substring(0, nd);
  let dp = dec.dp;
  if (up) {
    let i = nd - 1;
    while (i >= 0 && d[i] === '9') i--;
    if (i < 0) {
      d = '1';
      dp++;
    } else d = d.substring(0, i) + String.fromCharCode(d.charCodeAt(i) + 1);
  }
  return trim({ d, dp });
}

/** Shortest digits that read back as `x` (a non-negative finite value of the given size). */
function shortestDecimal(x: number, bitSize: 32 | 64): Decimal {
  if (x === 0) return { d: '', dp: 0 };
  if (bitSize === 32) {
    const exact = exactDecimal(x);
    for (let p = 1; p < 17; p++) {
      const dec = roundTo(exact, p);
      if (Math.fround(Number(`0.${dec.d}e${dec.dp}`)) === x) return dec;
    }
  }
  return fromExponential(x.toExponential());
}

function fromExponential(s: string): Decimal {
  const e = s.indexOf('e');
  const mant = s.substring(0, e).replace('.', '');
  return trim({ d: mant, dp: Number(s.substring(e + 1)) + 1 });
}

function digitAt(dec: Decimal, i: number): string {
  return i >= 0 && i < dec.d.length ? (dec.d[i] as string) : '0';
}

/** `%e`: d.ddddde±dd with `prec` digits after the point. */
function fmtE(neg: boolean, dec: Decimal, prec: number, e: 'e' | 'E'): string {
  let s = neg ? '-' : '';
  s += dec.d === '' ? '0' : digitAt(dec, 0);
  if (prec > 0) {
    s += '.';
    for (let i = 1; i <= prec; i++) s += digitAt(dec, i);
  }
  const exp = dec.d === '' ? 0 : dec.dp - 1;
  const ae = Math.abs(exp);
  return s + e + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + String(ae);
}

/** `%f`: ddd.ddd with `prec` digits after the point. */
function fmtF(neg: boolean, dec: Decimal, prec: number): string {
  let s = neg ? '-' : '';
  if (dec.dp > 0) {
    for (let i = 0; i < dec.dp; i++) s += digitAt(dec, i);
  } else s += '0';
  if (prec > 0) {
    s += '.';
    for (let i = 0; i < prec; i++) s += digitAt(dec, dec.dp + i);
  }
  return s;
}

/** The float formats this module implements. */
export type FloatFormat = 'e' | 'E' | 'f' | 'g' | 'G';

/** `strconv.FormatFloat(x, fmt, prec, bitSize)`. */
export function formatFloat(x: number, fmt: FloatFormat, prec: number, bitSize: 32 | 64): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  const abs = Math.abs(x);
  const shortest = prec < 0;
  let dec: Decimal;
  if (shortest) {
    dec = shortestDecimal(abs, bitSize);
    if (fmt === 'e' || fmt === 'E') prec = Math.max(dec.d.length - 1, 0);
    else if (fmt === 'f') prec = Math.max(dec.d.length - dec.dp, 0);
    else prec = dec.d.length;
  } else {
    const exact = exactDecimal(abs);
    if (fmt === 'e' || fmt === 'E') dec = roundTo(exact, prec + 1);
    else if (fmt === 'f') dec = roundTo(exact, exact.dp + prec);
    else {
      if (prec === 0) prec = 1;
      dec = roundTo(exact, prec);
    }
  }
  switch (fmt) {
    case 'e':
    case 'E':
      return fmtE(neg, dec, prec, fmt);
    case 'f':
      return fmtF(neg, dec, prec);
    default: {
      const nd = dec.d.length;
      let eprec = prec;
      if (eprec > nd && nd >= dec.dp) eprec = nd;
      if (shortest) eprec = 6;
      const exp = dec.dp - 1;
      // Zero has no digits: strconv treats it as exponent 0 (dp 0 → exp -1 is not < -4).
      if (nd !== 0 && (exp < -4 || exp >= eprec)) {
        if (prec > nd) prec = nd;
        return fmtE(neg, dec, prec - 1, fmt === 'g' ? 'e' : 'E');
      }
      if (prec > dec.dp) prec = nd;
      return fmtF(neg, dec, Math.max(prec - dec.dp, 0));
    }
  }
}
