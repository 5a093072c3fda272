import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstRow, MAX_SCROLL_PX, scrollHeight, scrollTopFor } from './virtualScroll';

describe('virtual scrolling', () => {
  it('caps the scroll height of a million rows', () => {
    expect(scrollHeight(1_000_000, 22)).toBe(MAX_SCROLL_PX);
    expect(scrollHeight(100, 22)).toBe(2200);
  });

  it('maps a row to a scroll position and back (small and huge lists)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), fc.nat(), (total, r) => {
        const row = total === 0 ? 0 : r % total;
        const top = scrollTopFor(row, total, 22, 440);
        const back = firstRow(top, total, 22, 440);
        expect(back).toBe(Math.max(0, Math.min(row, Math.max(0, total - 20))));
      }),
    );
  });

  it('reaches the last rows at the bottom', () => {
    const total = 1_000_000;
    expect(firstRow(scrollHeight(total, 22) - 440, total, 22, 440)).toBe(total - 20);
  });
});
