import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arcPoint, easeInOutCubic } from './motion';

describe('motion', () => {
  it('eases from 0 to 1 monotonically', () => {
    let last = -1;
    for (let i = 0; i <= 100; i++) {
      const v = easeInOutCubic(i / 100);
      expect(v).toBeGreaterThanOrEqual(last);
      last = v;
    }
    expect(easeInOutCubic(0)).toBe(0);
    expect(easeInOutCubic(1)).toBe(1);
  });

  it('starts at a, ends at b', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.integer(), fc.integer(), (ax, ay, bx, by) => {
        const a = { x: ax % 5000, y: ay % 5000 };
        const b = { x: bx % 5000, y: by % 5000 };
        expect(arcPoint(a, b, 0)).toEqual(a);
        const end = arcPoint(a, b, 1);
        expect(end.x).toBeCloseTo(b.x, 6);
        expect(end.y).toBeCloseTo(b.y, 6);
      }),
    );
  });
});
