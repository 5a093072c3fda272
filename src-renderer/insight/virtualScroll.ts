/**
 * Virtual scrolling over more rows than a browser can lay out (a 1 000 000-event list): the scroll
 * height is capped and scroll positions map linearly onto row ranks.
 */

/** Tallest scroll area used, px (browsers cap element heights at about 16–33 M px). */
export const MAX_SCROLL_PX = 8_000_000;

/** Scroll geometry of `total` rows of `rowPx` in a viewport of `viewportPx`. */
export function scrollHeight(total: number, rowPx: number): number {
  return Math.min(total * rowPx, MAX_SCROLL_PX);
}

/** The first row shown at `scrollTop`. */
export function firstRow(scrollTop: number, total: number, rowPx: number, viewportPx: number): number {
  const visible = Math.floor(viewportPx / rowPx);
  const maxFirst = Math.max(0, total - visible);
  const maxScroll = Math.max(1, scrollHeight(total, rowPx) - viewportPx);
  if (total * rowPx <= MAX_SCROLL_PX) return Math.min(maxFirst, Math.floor(scrollTop / rowPx));
  return Math.min(maxFirst, Math.round((scrollTop / maxScroll) * maxFirst));
}

/** The scrollTop that shows `row` first (the inverse of {@link firstRow}). */
export function scrollTopFor(row: number, total: number, rowPx: number, viewportPx: number): number {
  const visible = Math.floor(viewportPx / rowPx);
  const maxFirst = Math.max(0, total - visible);
  const r = Math.max(0, Math.min(maxFirst, row));
  if (total * rowPx <= MAX_SCROLL_PX) return r * rowPx;
  const maxScroll = Math.max(1, scrollHeight(total, rowPx) - viewportPx);
  return maxFirst === 0 ? 0 : (r / maxFirst) * maxScroll;
}
