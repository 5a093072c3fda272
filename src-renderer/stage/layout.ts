/** A rectangle in stage pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Where one P card and its slots sit. */
export interface PCardLayout extends Rect {
  readonly id: number;
  /** Centre of the slot of the G running on this P. */
  readonly runSlot: { readonly x: number; readonly y: number };
  /** Centre of the `runnext` slot. */
  readonly runnextSlot: { readonly x: number; readonly y: number };
  /** Area of the local run queue. */
  readonly runq: Rect;
}

/** The whole stage layout for a window size and a number of Ps. */
export interface StageLayout {
  readonly width: number;
  readonly height: number;
  /** Radius of a goroutine token, px. */
  readonly token: number;
  readonly globrunq: Rect;
  readonly ps: readonly PCardLayout[];
}

const MARGIN = 12;
const GAP = 10;
const QUEUE_H = 64;

/**
 * Lays out the global run queue as a band at the top and the Ps as a grid of equal cards below it,
 * choosing the column count that makes cards closest to a 4:3 shape. Pure; re-run on every resize.
 *
 * @remarks Invariants (tested): every card lies inside the stage and no two cards overlap, for 1–256 Ps
 * and windows down to 400×300.
 */
export function computeLayout(width: number, height: number, nPs: number): StageLayout {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const queueH = Math.min(QUEUE_H, Math.max(24, h * 0.18));
  const globrunq: Rect = { x: MARGIN, y: MARGIN, w: Math.max(1, w - 2 * MARGIN), h: queueH };
  const top = MARGIN + queueH + GAP;
  const areaW = Math.max(1, w - 2 * MARGIN);
  const areaH = Math.max(1, h - top - MARGIN);
  const n = Math.max(1, nPs);
  let best = { cols: 1, rows: n, score: Infinity };
  for (let cols = 1; cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    const cw = (areaW - GAP * (cols - 1)) / cols;
    const ch = (areaH - GAP * (rows - 1)) / rows;
    if (cw <= 0 || ch <= 0) continue;
    // Empty cells in the last row look broken, so they cost in proportion to the count.
    const score = Math.abs(Math.log(cw / ch / (4 / 3))) + ((rows * cols - n) / n) * 0.5;
    if (score < best.score) best = { cols, rows, score };
  }
  const gap = Math.min(GAP, areaW / best.cols / 8, areaH / best.rows / 8);
  const cw = Math.max(1, (areaW - gap * (best.cols - 1)) / best.cols);
  const ch = Math.max(1, (areaH - gap * (best.rows - 1)) / best.rows);
  const token = Math.max(2, Math.min(18, cw / 7, ch / 5, queueH / 3));
  const ps: PCardLayout[] = [];
  for (let id = 0; id < nPs; id++) {
    const x = MARGIN + (id % best.cols) * (cw + gap);
    const y = top + Math.floor(id / best.cols) * (ch + gap);
    ps.push({
      id,
      x,
      y,
      w: cw,
      h: ch,
      runSlot: { x: x + cw * 0.3, y: y + ch * 0.45 },
      runnextSlot: { x: x + cw * 0.72, y: y + ch * 0.45 },
      runq: { x: x + cw * 0.06, y: y + ch * 0.72, w: cw * 0.88, h: ch * 0.22 },
    });
  }
  return { width: w, height: h, token, globrunq, ps };
}

/** Centre of position `index` in a queue drawn left to right inside `r`, wrapping at the right edge. */
export function queueSlot(r: Rect, index: number, token: number): { x: number; y: number } {
  const step = token * 2.3;
  const perRow = Math.max(1, Math.floor((r.w - token) / step));
  const rows = Math.max(1, Math.floor(r.h / step));
  const row = Math.floor(index / perRow) % rows;
  return { x: r.x + token * 1.3 + (index % perRow) * step, y: r.y + r.h / 2 + (row - (rows - 1) / 2) * step };
}

/** How many tokens fit in a queue area before it must show a count instead. */
export function queueCapacity(r: Rect, token: number): number {
  const step = token * 2.3;
  return Math.max(1, Math.floor((r.w - token) / step)) * Math.max(1, Math.floor(r.h / step));
}
