import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IDENTITY, MAX_SCALE, MIN_SCALE, panBy, toWorld, zoomAt } from './viewport';

describe('viewport', () => {
  it('keeps the point under the cursor fixed while zooming', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 1200 }),
        (f, px, py) => {
          const t0 = panBy(zoomAt(IDENTITY, 1.7, 300, 200), 40, -25);
          const before = toWorld(t0, px, py);
          const t1 = zoomAt(t0, f, px, py);
          if (t1.scale === t0.scale * f) {
            const after = toWorld(t1, px, py);
            expect(after.x).toBeCloseTo(before.x, 6);
            expect(after.y).toBeCloseTo(before.y, 6);
          }
        },
      ),
    );
  });
  it('clamps the zoom range', () => {
    expect(zoomAt(IDENTITY, 1000, 0, 0).scale).toBe(MAX_SCALE);
    expect(zoomAt(IDENTITY, 0.0001, 0, 0).scale).toBe(MIN_SCALE);
  });
});
