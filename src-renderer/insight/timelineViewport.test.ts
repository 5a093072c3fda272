import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clamp, fit, pan, tickStep, timeAt, xOf, zoom, MIN_SPAN_NS } from './timelineViewport';

describe('timeline viewport', () => {
  it('zooming keeps the time under the cursor in place', () => {
    const v = fit(1_000_000);
    const z = zoom(v, 0.5, 250, 1000, 1_000_000);
    expect(timeAt(z, 250, 1000)).toBeCloseTo(timeAt(v, 250, 1000), 3);
    expect(z.t1Ns - z.t0Ns).toBe(500_000);
  });

  it('never shows before 0 or past the end, and never narrower than the minimum span', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.integer({ min: -5000, max: 5000 }),
        (f, dx) => {
          const end = 2_000_000;
          const v = pan(zoom(fit(end), f, 300, 800, end), dx, 800, end);
          expect(v.t0Ns).toBeGreaterThanOrEqual(0);
          expect(v.t1Ns).toBeLessThanOrEqual(end + 1e-6);
          expect(v.t1Ns - v.t0Ns).toBeGreaterThanOrEqual(MIN_SPAN_NS - 1e-9);
        },
      ),
    );
  });

  it('maps pixels and times both ways', () => {
    const v = clamp({ t0Ns: 100, t1Ns: 1100 }, 5000);
    expect(xOf(v, 600, 500)).toBe(250);
    expect(timeAt(v, 250, 500)).toBe(600);
  });

  it('ticks every 1, 2 or 5 × 10^k ns', () => {
    expect(tickStep(1_000_000, 900)).toBe(100_000);
    expect(tickStep(3_000, 900)).toBe(500);
  });
});
