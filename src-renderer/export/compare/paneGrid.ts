import type { Rect } from '../frameLayout';

/**
 * Cells for `n` comparison panes in a `w × h` area, left to right then top to bottom: side by side up to three,
 * then two rows (four as 2 × 2). Whole pixels, no overlap, the whole area covered.
 */
export function paneGrid(n: number, w: number, h: number): Rect[] {
  const cols = n <= 3 ? n : n === 4 ? 2 : 3;
  const rows = Math.ceil(n / cols);
  const cells: Rect[] = [];
  for (let i = 0; i < n; i++) {
    const c = i % cols;
    const r = Math.floor(i / cols);
    const x = Math.round((c * w) / cols);
    const y = Math.round((r * h) / rows);
    cells.push({ x, y, w: Math.round(((c + 1) * w) / cols) - x, h: Math.round(((r + 1) * h) / rows) - y });
  }
  return cells;
}
