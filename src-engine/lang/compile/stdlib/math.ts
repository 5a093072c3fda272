/**
 * `math` at run time. Exact functions (Sqrt, Floor, Ceil, Trunc, Abs, Mod, Max, Min, Round, …) give Go's
 * results bit for bit. `Pow` follows Go's algorithm (repeated squaring on a Frexp mantissa with the exponent
 * kept apart, then one Ldexp), so integral exponents give Go's exact bits; a fractional exponent and the
 * transcendental functions (Exp, Log, Sin, …) use the JS engine's libm, which may differ from Go's in the
 * last bit (documented in docs/language.md).
 */
import { type FloatFormat, formatFloat } from '../fmt/ftoa';
import { GoPanic, type RV } from '../runtime/types';

const view = new DataView(new ArrayBuffer(8));
function bits(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}
function fromBits(b: bigint): number {
  view.setBigUint64(0, b);
  return view.getFloat64(0);
}

/** `math.Frexp`: x = frac × 2^exp with |frac| in [0.5, 1). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  if (Math.abs(x) < 2.2250738585072014e-308) {
    x *= 4503599627370496; // 2^52: normalise a subnormal
    e = -52;
  }
  const b = bits(x);
  e += Number((b >> 52n) & 0x7ffn) - 1022;
  return [fromBits((b & ~(0x7ffn << 52n)) | (1022n << 52n)), e];
}

/** `math.Ldexp`: frac × 2^exp with a single rounding (subnormal results included). */
export function ldexp(frac: number, exp: number): number {
  if (frac === 0 || !Number.isFinite(frac)) return frac;
  const [f, e] = frexp(frac);
  exp += e;
  let b = bits(f);
  exp += Number((b >> 52n) & 0x7ffn) - 1023;
  if (exp < -1075) return f < 0 ? -0 : 0;
  if (exp > 1023) return f < 0 ? -Infinity : Infinity;
  let m = 1;
  if (exp < -1022) {
    exp += 53;
    m = 1 / 9007199254740992;
  }
  b = (b & ~(0x7ffn << 52n)) | (BigInt(exp + 1023) << 52n);
  return m * fromBits(b);
}

function isOddInt(x: number): boolean {
  if (Math.abs(x) >= 9007199254740992) return false;
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/** `math.Pow` with Go's special cases and algorithm. */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0) {
    if (y < 0) {
      if (Object.is(y, -Infinity)) return Infinity;
      return isOddInt(y) ? (Object.is(x, -0) ? -Infinity : Infinity) : Infinity;
    }
    if (y === Infinity) return 0;
    return isOddInt(y) ? x : 0;
  }
  if (!Number.isFinite(y)) {
    if (x === -1) return 1;
    return Math.abs(x) < 1 === y > 0 ? 0 : Infinity;
  }
  if (!Number.isFinite(x)) {
    if (x === -Infinity) return pow(1 / x, -y); // Pow(-0, -y)
    return y < 0 ? 0 : Infinity;
  }
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);
  const ay = Math.abs(y);
  let yi = Math.trunc(ay);
  let yf = ay - yi;
  if (yf !== 0 && x < 0) return NaN;
  if (yi >= 9223372036854775808) {
    if (x === -1) return 1;
    return Math.abs(x) < 1 === y > 0 ? 0 : Infinity;
  }
  let a1 = 1;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = Math.exp(yf * Math.log(x));
  }
  let [x1, xe] = frexp(x);
  // yi < 2^63: walk its bits from the lowest (BigInt beyond 2^31 keeps them exact).
  for (let i = BigInt(yi); i !== 0n; i >>= 1n) {
    if (xe < -(1 << 12) || 1 << 12 < xe) {
      ae += xe;
      break;
    }
    if ((i & 1n) === 1n) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

/** `math.Round`: half away from zero. */
function round(x: number): number {
  const t = Math.trunc(x);
  if (Math.abs(x - t) >= 0.5) return t + Math.sign(x);
  return t === 0 ? (Object.is(x, -0) || x < 0 ? -0 : 0) : t;
}

/** `math.RoundToEven`. */
function roundToEven(x: number): number {
  const t = Math.trunc(x);
  const d = Math.abs(x - t);
  if (d > 0.5 || (d === 0.5 && t % 2 !== 0)) return t + Math.sign(x);
  return t === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : t;
}

/** `math.Mod`: the remainder with the sign of x (JS `%` on doubles is C's fmod, as Go's). */
function mod(x: number, y: number): number {
  if (y === 0 || !Number.isFinite(x) || Number.isNaN(y)) return NaN;
  return x % y;
}

function max(x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity;
  return Math.max(x, y);
}
function min(x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity;
  return Math.min(x, y);
}

const n = (v: RV): number => v as number;

/** The math functions by `math.Name`, on evaluated arguments. */
export const MATH_FUNCS: Readonly<Record<string, (a: RV[]) => RV>> = {
  'math.Sqrt': (a) => Math.sqrt(n(a[0])),
  'math.Pow': (a) => pow(n(a[0]), n(a[1])),
  'math.Abs': (a) => Math.abs(n(a[0])),
  'math.Floor': (a) => Math.floor(n(a[0])),
  'math.Ceil': (a) => Math.ceil(n(a[0])),
  'math.Trunc': (a) => Math.trunc(n(a[0])),
  'math.Round': (a) => round(n(a[0])),
  'math.RoundToEven': (a) => roundToEven(n(a[0])),
  'math.Max': (a) => max(n(a[0]), n(a[1])),
  'math.Min': (a) => min(n(a[0]), n(a[1])),
  'math.Mod': (a) => mod(n(a[0]), n(a[1])),
  'math.Inf': (a) => (n(a[0]) >= 0 ? Infinity : -Infinity),
  'math.NaN': () => NaN,
  'math.IsNaN': (a) => Number.isNaN(n(a[0])),
  'math.IsInf': (a) => {
    const x = n(a[0]);
    const s = n(a[1]);
    return (s >= 0 && x === Infinity) || (s <= 0 && x === -Infinity);
  },
  'math.Signbit': (a) => n(a[0]) < 0 || Object.is(n(a[0]), -0),
  'math.Copysign': (a) => {
    const m = Math.abs(n(a[0]));
    return n(a[1]) < 0 || Object.is(n(a[1]), -0) ? -m : m;
  },
  'math.Hypot': (a) => Math.hypot(n(a[0]), n(a[1])),
  'math.Cbrt': (a) => Math.cbrt(n(a[0])),
  'math.Exp': (a) => Math.exp(n(a[0])),
  'math.Exp2': (a) => pow(2, n(a[0])),
  'math.Log': (a) => Math.log(n(a[0])),
  'math.Log2': (a) => Math.log2(n(a[0])),
  'math.Log10': (a) => Math.log10(n(a[0])),
  'math.Log1p': (a) => Math.log1p(n(a[0])),
  'math.Sin': (a) => Math.sin(n(a[0])),
  'math.Cos': (a) => Math.cos(n(a[0])),
  'math.Tan': (a) => Math.tan(n(a[0])),
  'math.Asin': (a) => Math.asin(n(a[0])),
  'math.Acos': (a) => Math.acos(n(a[0])),
  'math.Atan': (a) => Math.atan(n(a[0])),
  'math.Atan2': (a) => Math.atan2(n(a[0]), n(a[1])),
  'math.Sinh': (a) => Math.sinh(n(a[0])),
  'math.Cosh': (a) => Math.cosh(n(a[0])),
  'math.Tanh': (a) => Math.tanh(n(a[0])),
  'strconv.FormatFloat': (a) => formatFloatCall(n(a[0]), n(a[1]), n(a[2]), n(a[3])),
};

/** `strconv.FormatFloat(f, fmt, prec, bitSize)` for the formats e, E, f, g, G (b, x and X end the run). */
function formatFloatCall(f: number, fmt: number, prec: number, bitSize: number): string {
  const c = String.fromCharCode(fmt);
  if (bitSize !== 32 && bitSize !== 64) throw new GoPanic('strconv: illegal AppendFloat/FormatFloat bitSize');
  const x = bitSize === 32 ? Math.fround(f) : f;
  if ('eEfgG'.includes(c)) return formatFloat(x, c as FloatFormat, prec, bitSize);
  if (c === 'F') return '%F';
  if ('bxX'.includes(c))
    throw new GoPanic(`scenario limit: strconv.FormatFloat with format '${c}' is not supported in scenarios`);
  return '%' + c;
}
