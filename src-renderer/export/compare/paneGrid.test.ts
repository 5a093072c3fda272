import { describe, expect, it } from 'vitest';
import { paneGrid } from './paneGrid';

describe('paneGrid: comparison panes side by side in a video frame', () => {
  it('2 and 3 panes side by side, 4 as 2 × 2, 5 and 6 in two rows of three', () => {
    expect(paneGrid(2, 1280, 600).map((r) => [r.x, r.y, r.w, r.h])).toEqual([
      [0, 0, 640, 600],
      [640, 0, 640, 600],
    ]);
    expect(new Set(paneGrid(3, 1920, 900).map((r) => r.y))).toEqual(new Set([0]));
    expect(paneGrid(4, 1920, 900).map((r) => [r.x, r.y])).toEqual([
      [0, 0],
      [960, 0],
      [0, 450],
      [960, 450],
    ]);
    expect(new Set(paneGrid(6, 1920, 907).map((r) => r.y)).size).toBe(2);
  });

  it('cells never overlap and (full grids) cover the area exactly, whatever the size', () => {
    for (let n = 2; n <= 6; n++)
      for (const [w, h] of [
        [1280, 605],
        [1921, 1081],
        [3840, 1814],
      ] as const) {
        const cells = paneGrid(n, w, h);
        for (const a of cells) {
          expect(a.x >= 0 && a.y >= 0 && a.x + a.w <= w && a.y + a.h <= h).toBe(true);
          for (const b of cells)
            if (a !== b)
              expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
        }
        // Five panes leave the sixth cell of two rows of three empty; full grids cover everything.
        if (n !== 5) expect(cells.reduce((a, c) => a + c.w * c.h, 0)).toBe(w * h);
      }
  });
});
