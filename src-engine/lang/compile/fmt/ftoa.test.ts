import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFloat } from './ftoa';
import { FORMAT_FLOAT_GO } from './ftoa.golden';

/** Go's %v (FormatFloat(x, 'g', -1, 64)) from JS's shortest round-trip digits, written independently of ftoa.ts. */
function referenceV(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const [mant, e] = Math.abs(x).toExponential().split('e') as [string, string];
  const exp = Number(e);
  const digits = mant.replace('.', '');
  const sign = x < 0 ? '-' : '';
  if (exp < -4 || exp >= 6) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length);
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

describe('strconv.FormatFloat (ftoa.go: shortest, %e, %f, %g)', () => {
  it('matches Go 1.23 on recorded values (ties round half to even, float32 shortest digits)', () => {
    for (const [v, f, p, want] of FORMAT_FLOAT_GO) {
      const x = v === '-0' ? -0 : Number(v);
      const got = `${formatFloat(x, f as 'e', p, 64)} ${formatFloat(Math.fround(x), f as 'e', p, 32)}`;
      expect(got, `${v} ${f} ${p}`).toBe(want);
    }
  });
  it("'g' with shortest digits (fmt's %v) switches to an exponent below 1e-4 and from 1e6 (eprec 6)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (x) => {
        const want = referenceV(x);
        const got = formatFloat(x, 'g', -1, 64);
        expect(got).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });
  it('%e with 17 digits reads back as the same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(formatFloat(x, 'e', 16, 64))).toBe(x);
      }),
    );
  });
});
