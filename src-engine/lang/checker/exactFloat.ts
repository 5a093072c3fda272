/**
 * Exact arithmetic for untyped float constants (spec "Constant expressions": "evaluated exactly"): a float
 * constant may carry its exact value as a fraction n/d, so `0.1 + 0.2` is exactly 3/10 and converts to the
 * double 0.3, as in Go. A float constant without a fraction is exactly its double (e.g. after conversion to
 * float64, which rounds as types2 does). The double is always the correctly rounded value of the fraction.
 */

/** An exact rational n/d with d > 0. */
export type Rat = readonly [bigint, bigint];

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function norm(n: bigint, d: bigint): Rat {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? [n / g, d / g] : [n, d];
}

/** The exact value of a decimal floating-point literal (`1.5e-3`, `.5`, `1_000.25`); null for other forms. */
export function parseDecimalLit(lit: string): Rat | null {
  const s = lit.replace(/_/g, '').toLowerCase();
  const m = /^(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(s);
  if (m === null) return null;
  const int = m[1] ?? '';
  const frac = m[2] ?? '';
  if (int === '' && frac === '') return null;
  const exp = Number(m[3] ?? '0') - frac.length;
  if (Math.abs(exp) > 100000) return null;
  const digits = BigInt((int + frac).replace(/^0+(?=\d)/, '') || '0');
  return exp >= 0 ? norm(digits * 10n ** BigInt(exp), 1n) : norm(digits, 10n ** BigInt(-exp));
}

const view = new DataView(new ArrayBuffer(8));

/** The exact value of a finite double. */
export function ratOfDouble(x: number): Rat {
  if (x === 0 || !Number.isFinite(x)) return [0n, 1n];
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp = -1074;
  if (biased !== 0) {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  if (x < 0) mant = -mant;
  return exp >= 0 ? [mant << BigInt(exp), 1n] : norm(mant, 1n << BigInt(-exp));
}

function bitLen(x: bigint): number {
  return x.toString(2).length;
}

/** The double nearest to n/d, ties to even (a 54–56-bit quotient rounded to 53 bits with a sticky bit). */
export function ratToDouble([n, d]: Rat): number {
  if (n === 0n) return 0;
  const neg = n < 0n;
  const a = neg ? -n : n;
  const k = 55 - (bitLen(a) - bitLen(d));
  const num = k >= 0 ? a << BigInt(k) : a;
  const den = k >= 0 ? d : d << BigInt(-k);
  const q = num / den;
  const sticky = num % den !== 0n;
  const extra = BigInt(bitLen(q) - 53);
  let mant = q >> extra;
  const low = q & ((1n << extra) - 1n);
  const half = 1n << (extra - 1n);
  if (low > half || (low === half && (sticky || (mant & 1n) === 1n))) mant += 1n;
  const e2 = Number(extra) - k;
  const h = Math.trunc(e2 / 2);
  const v = Number(mant) * 2 ** h * 2 ** (e2 - h);
  // Exact for normal results; a subnormal one has fewer bits and is rounded again below.
  if (v >= 2.2250738585072014e-308 || v === Infinity) return neg ? -v : v;
  // Constants have no negative zero: an underflow to zero is 0.
  return (neg ? -1 : 1) * subnormalToDouble(a, d) + 0;
}

/**
 * n/d (n > 0) below the smallest normal double: a whole number of 2^-1074 steps, the quotient rounded half to
 * even on the exact remainder (a decimal approximation would misround exact ties, e.g. 4 × 2^-1074 times a
 * double ending in .375).
 */
function subnormalToDouble(a: bigint, d: bigint): number {
  const num = a << 1074n;
  let q = num / d;
  const twiceRem = (num % d) * 2n;
  if (twiceRem > d || (twiceRem === d && (q & 1n) === 1n)) q += 1n;
  // q ≤ 2^52, so both the conversion and the scaling are exact.
  return Number(q) * 2 ** -1074;
}

/** `a op b` exactly for + - * / (null for other operators or a zero divisor). */
export function ratBinary(op: string, [an, ad]: Rat, [bn, bd]: Rat): Rat | null {
  switch (op) {
    case '+':
      return norm(an * bd + bn * ad, ad * bd);
    case '-':
      return norm(an * bd - bn * ad, ad * bd);
    case '*':
      return norm(an * bn, ad * bd);
    case '/':
      return bn === 0n ? null : norm(an * bd, ad * bn);
    default:
      return null;
  }
}
