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
  /** Area of this P's timer heap (sleeping goroutines). */
  readonly timers: Rect;
}

/** A zone box (a channel, a semaphore, the netpoller, an M in a syscall) and its rows. */
export interface ZoneLayout extends Rect {
  readonly key: string;
  /** One area per row, in the zone's row order. */
  readonly rows: readonly Rect[];
}

/** How many rows each zone has, per column, in drawing order: the input {@link computeLayout} needs. */
export interface ZoneDemand {
  readonly key: string;
  readonly column: 'waiting' | 'syscalls';
  readonly rows: number;
}

/** The whole stage layout for a window size, a number of Ps and the zones in use. */
export interface StageLayout {
  readonly width: number;
  readonly height: number;
  /** Radius of a goroutine token, px. */
  readonly token: number;
  readonly globrunq: Rect;
  /** The strip of Ms (threads) and their states, under the global queue. */
  readonly threads: Rect;
  readonly ps: readonly PCardLayout[];
  /** The column of waiting zones on the right, when any goroutine waits. */
  readonly waiting: Rect | undefined;
  /** The lane of Ms in system calls at the bottom, when any M is in one. */
  readonly syscalls: Rect | undefined;
  readonly zones: ReadonlyMap<string, ZoneLayout>;
}

import { textGrowth } from './palette';

const MARGIN = 12;
const GAP = 10;
const QUEUE_H = 64;
/** Height of the threads strip, px (at text size 1). */
const THREADS_H = 20;
/** Largest P card, px (at text size 1): a card is as big as its slots and queue need, not the whole stage. */
const CARD_MAX_W = 380;
const CARD_MAX_H = 270;

/**
 * Lays out the global run queue as a band at the top and the Ps as a grid of equal cards below it,
 * choosing the column count that makes cards closest to a 4:3 shape. Pure; re-run on every resize.
 *
 * @remarks Invariants (tested): every card lies inside the stage and no two cards overlap, for 1–256 Ps
 * and windows down to 400×300.
 */
export function computeLayout(
  width: number,
  height: number,
  nPs: number,
  demand: readonly ZoneDemand[] = [],
): StageLayout {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  // Boxes that hold text grow with it (the projector theme's labels are at least 14 px).
  const g = textGrowth();
  const waitingZones = demand.filter((d) => d.column === 'waiting');
  const syscallZones = demand.filter((d) => d.column === 'syscalls');
  const colW = waitingZones.length > 0 ? Math.min(340, Math.max(150, w * 0.24)) : 0;
  const laneH = syscallZones.length > 0 ? Math.min(110, Math.max(56, h * 0.15)) : 0;
  const mainW = Math.max(1, w - 2 * MARGIN - (colW > 0 ? colW + GAP : 0));
  const queueH = Math.min(QUEUE_H * g, Math.max(24 * g, h * 0.18));
  const globrunq: Rect = { x: MARGIN, y: MARGIN, w: mainW, h: queueH };
  const threadsH = THREADS_H * g;
  const threads: Rect = { x: MARGIN, y: MARGIN + queueH + 4, w: mainW, h: threadsH };
  const top = threads.y + threadsH + GAP;
  const areaW = mainW;
  const areaH = Math.max(1, h - top - MARGIN - (laneH > 0 ? laneH + GAP : 0));
  const n = Math.max(1, nPs);
  let best = { cols: 1, rows: n, score: Infinity };
  for (let cols = 1; cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    const cw = (areaW - GAP * (cols - 1)) / cols;
    const ch = (areaH - GAP * (rows - 1)) / rows;
    if (cw <= 0 || ch <= 0) continue;
    // Empty cells in the last row look broken, so they cost in proportion to the count.
    const score = Math.abs(Math.log(cw / ch / (4 / 3))) + ((rows * cols - n) / n) * 1.5;
    if (score < best.score) best = { cols, rows, score };
  }
  const gap = Math.min(GAP, areaW / best.cols / 8, areaH / best.rows / 8);
  const cw = Math.max(1, Math.min(CARD_MAX_W * g, (areaW - gap * (best.cols - 1)) / best.cols));
  const ch = Math.max(1, Math.min(CARD_MAX_H * g, (areaH - gap * (best.rows - 1)) / best.rows));
  const token = Math.max(2, Math.min(18 * Math.min(g, 1.25), cw / 7, ch / 5, queueH / 3));
  // Cards smaller than the area (few Ps) sit together, centred across it, rather than spread apart.
  const left = MARGIN + Math.max(0, (areaW - (best.cols * cw + (best.cols - 1) * gap)) / 2);
  const ps: PCardLayout[] = [];
  for (let id = 0; id < nPs; id++) {
    const x = left + (id % best.cols) * (cw + gap);
    const y = top + Math.floor(id / best.cols) * (ch + gap);
    ps.push({
      id,
      x,
      y,
      w: cw,
      h: ch,
      runSlot: { x: x + cw * 0.3, y: y + ch * 0.36 },
      runnextSlot: { x: x + cw * 0.72, y: y + ch * 0.36 },
      runq: { x: x + cw * 0.06, y: y + ch * 0.62, w: cw * 0.88, h: ch * 0.18 },
      timers: { x: x + cw * 0.06, y: y + ch * 0.82, w: cw * 0.88, h: ch * 0.14 },
    });
  }
  const zones = new Map<string, ZoneLayout>();
  const waiting =
    colW > 0
      ? {
          x: w - MARGIN - colW,
          y: MARGIN,
          w: colW,
          h: Math.max(1, h - 2 * MARGIN - (laneH > 0 ? laneH + GAP : 0)),
        }
      : undefined;
  if (waiting) stackZones(waiting, waitingZones, token, zones);
  const syscalls =
    laneH > 0 ? { x: MARGIN, y: h - MARGIN - laneH, w: Math.max(1, w - 2 * MARGIN), h: laneH } : undefined;
  if (syscalls) rowZones(syscalls, syscallZones, zones);
  return { width: w, height: h, token, globrunq, threads, ps, waiting, syscalls, zones };
}

const ZONE_HEAD = 16;
/** A zone's title height, row label width and smallest row, px, grown with the text. */
const zoneHead = (): number => ZONE_HEAD * textGrowth();
const rowLabelW = (): number => ROW_LABEL_W * textGrowth();
const minRowH = (): number => MIN_ROW_H * textGrowth();
/** Width kept left of a zone row's tokens for its label (`recvq 100k+`), px. */
const ROW_LABEL_W = 60;

/** Padding under a zone's last row, px. */
const ZONE_FOOT = 4;
/** Lowest a zone row may be, px. */
const MIN_ROW_H = 6;

/**
 * How many one-row zone boxes the waiting column of a stage `height` px tall holds at the smallest row
 * height (`withLane`: the syscall lane takes its share of the height).
 */
export function waitingZoneCapacity(height: number, withLane: boolean): number {
  return Math.max(
    1,
    Math.floor((waitingColumnHeight(height, withLane) + GAP) / (zoneHead() + minRowH() + ZONE_FOOT + GAP)),
  );
}

/** Whether zone boxes with these row counts fit the waiting column at the smallest row height. */
export function waitingZonesFit(rows: readonly number[], height: number, withLane: boolean): boolean {
  const need = rows.reduce((n, r) => n + zoneHead() + r * minRowH() + ZONE_FOOT + GAP, 0) - GAP;
  return need <= waitingColumnHeight(height, withLane);
}

function waitingColumnHeight(height: number, withLane: boolean): number {
  const laneH = withLane ? Math.min(110, Math.max(56, height * 0.15)) + GAP : 0;
  return height - 2 * MARGIN - laneH;
}

/** Stacks zones top to bottom, each as tall as its rows need, shrinking rows to fit the column. */
function stackZones(
  col: Rect,
  list: readonly ZoneDemand[],
  token: number,
  out: Map<string, ZoneLayout>,
): void {
  const totalRows = list.reduce((n, z) => n + z.rows, 0);
  const free = col.h - list.length * (zoneHead() + ZONE_FOOT + GAP) + GAP;
  const rowH = Math.max(minRowH(), Math.min(token * 2.6, free / Math.max(1, totalRows)));
  let y = col.y;
  for (const z of list) {
    const hgt = zoneHead() + z.rows * rowH + ZONE_FOOT;
    const rows = Array.from({ length: z.rows }, (_, i) => ({
      x: col.x + rowLabelW(),
      y: y + zoneHead() + i * rowH,
      w: col.w - rowLabelW() - 4,
      h: rowH,
    }));
    out.set(z.key, { key: z.key, x: col.x, y, w: col.w, h: hgt, rows });
    y += hgt + GAP;
  }
}

/** Places zones left to right in a lane, equal widths. */
function rowZones(lane: Rect, list: readonly ZoneDemand[], out: Map<string, ZoneLayout>): void {
  const zw = Math.max(40, (lane.w - GAP * (list.length - 1)) / list.length);
  list.forEach((z, i) => {
    const x = lane.x + i * (zw + GAP);
    const rows = [{ x: x + 4, y: lane.y + zoneHead(), w: zw - 8, h: lane.h - zoneHead() - 4 }];
    out.set(z.key, { key: z.key, x, y: lane.y, w: zw, h: lane.h, rows });
  });
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
