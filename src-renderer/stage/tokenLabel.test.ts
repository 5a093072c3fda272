import { describe, expect, it } from 'vitest';
import { fittedIdPx } from './tokenLabel';

describe('fittedIdPx: an id label stays about inside its token', () => {
  it('keeps the theme size for short ids on a 10 px token', () => {
    for (const id of [1, 42, 512]) expect(fittedIdPx(id, 9, 10)).toBe(9);
  });

  it('shrinks a long id to about the disc width', () => {
    const px = fittedIdPx(47_966, 12.6, 14);
    expect(px).toBeLessThan(12.6);
    expect(5 * 0.6 * px).toBeCloseTo(0.95 * 28, 9);
  });

  it('gives a five-digit id on a queue dot a size below any legible minimum (so it is left out)', () => {
    expect(fittedIdPx(99_999, 9, 5)).toBeLessThan(6);
  });

  it('is monotone: a bigger disc never gets a smaller label, a longer id never a bigger one', () => {
    for (let r = 4; r < 30; r++)
      for (const size of [6, 9, 13]) {
        expect(fittedIdPx(123, size, r + 1)).toBeGreaterThanOrEqual(fittedIdPx(123, size, r));
        expect(fittedIdPx(1234, size, r)).toBeLessThanOrEqual(fittedIdPx(123, size, r));
      }
  });
});
