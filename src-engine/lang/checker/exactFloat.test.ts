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
