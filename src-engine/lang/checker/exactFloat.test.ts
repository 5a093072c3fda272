import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimalLit, ratBinary, ratOfDouble, ratToDouble } from './exactFloat';

describe('exact float constants (spec "Constant expressions")', () => {
  it('rounding an exact sum, product or quotient of two doubles gives IEEE arithmetic (ties to even)', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(finite, finite, (x, y) => {
        const a = ratOfDouble(x);
        const b = ratOfDouble(y);
        for (const [op, want] of [
          ['+', x + y],
          ['-', x - y],
          ['*', x * y],
          ['/', x / y],
        ] as const) {
          const r = ratBinary(op, a, b);
          if (r === null || !Number.isFinite(want)) continue;
          expect(ratToDouble(r), `${x} ${op} ${y}`).toBe(want === 0 ? 0 : want);
        }
      }),
      { numRuns: 1000 },
    );
  });
  it('a subnormal result exactly halfway between two steps rounds to even, as IEEE does', () => {
    // -2e-323 is -4 × 2^-1074; the product is -3127500568641821.5 steps, a tie rounded to the even ...822.
    const x = -2e-323;
    const y = 781875142160455.4;
    expect(ratToDouble(ratBinary('*', ratOfDouble(x), ratOfDouble(y)) ?? [0n, 1n])).toBe(x * y);
    expect(ratToDouble([1n, 1n << 1075n])).toBe(0); // half the smallest step: a tie to even (zero)
    expect(ratToDouble([3n, 1n << 1075n])).toBe(2 ** -1073); // 1.5 steps: a tie to even (2 steps)
  });
  it('a decimal literal reads as JS reads it; 0.1 + 0.2 is exactly 3/10', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0 }), (x) => {
        const lit = x.toExponential().replace('e+', 'e');
        expect(ratToDouble(parseDecimalLit(lit) ?? [0n, 1n])).toBe(x);
      }),
    );
    const sum = ratBinary('+', parseDecimalLit('0.1') ?? [0n, 1n], parseDecimalLit('.2') ?? [0n, 1n]);
    expect(sum).toEqual([3n, 10n]);
    expect(parseDecimalLit('1_000.5e-1')).toEqual([2001n, 20n]);
  });
});
