/**
 * Draws the timeline on a 2D canvas from the engine's lane summary: a ruler, one lane per P, per M, a
 * goroutine-count lane, then a window of goroutine lanes, the selected span and the playhead. Pure drawing:
 * it takes the time it draws (the viewport and the playhead) and the colours.
 */
import type { InsightAnswer } from '../../src-engine/protocol';
import { formatNs } from '../panels/formatNs';
import { tickStep, xOf, type Viewport } from './timelineViewport';

type Lanes = Extract<InsightAnswer, { kind: 'lanes' }>;

/** Colours by lane family and state code (see sim/insight/codes.ts). */
export interface TimelineColours {
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly accent: string;
  readonly p: readonly string[];
  readonly m: readonly string[];
  readonly g: readonly string[];
}

/** Colours that read on light and dark backgrounds. */
export const DEFAULT_COLOURS: TimelineColours = {
  text: '#e6e8ee',
  muted: '#9aa3b2',
  grid: 'rgba(128,128,128,0.25)',
  accent: '#4ea1ff',
  // idle, running, scheduling, syscall, gcstop, dead
  p: ['rgba(128,128,128,0.18)', '#3fb950', '#8fd3ff', '#f0883e', '#ff6b6b', 'rgba(0,0,0,0)'],
  // running, scheduling, spinning, syscall, netpoll, idle, locked-idle, sysmon
  m: ['#3fb950', '#8fd3ff', '#e3b341', '#f0883e', '#a371f7', 'rgba(128,128,128,0.18)', '#9e6a03', '#2ea39b'],
  // runnable, running, waiting, syscall, dead
  g: ['#e3b341', '#3fb950', '#6e7fa3', '#f0883e', 'rgba(0,0,0,0)'],
};

/** Vertical layout of the lanes, px. */
export interface TimelineLayout {
  readonly rulerPx: number;
  readonly pLanePx: number;
  readonly mLanePx: number;
  readonly countsPx: number;
  readonly gLanePx: number;
  readonly labelPx: number;
}

export const LAYOUT: TimelineLayout = {
  rulerPx: 18,
  pLanePx: 18,
  mLanePx: 12,
  countsPx: 36,
  gLanePx: 12,
  labelPx: 44,
};

/** Where each section starts, px from the top, for `lanes` (hit testing uses the same numbers). */
export function sections(
  l: Lanes | undefined,
  lay = LAYOUT,
): { pTop: number; mTop: number; countsTop: number; gTop: number } {
  const pTop = lay.rulerPx + 4;
  const mTop = pTop + (l?.ps.length ?? 0) * lay.pLanePx + 6;
  const countsTop = mTop + (l?.ms.length ?? 0) * lay.mLanePx + 6;
  return { pTop, mTop, countsTop, gTop: countsTop + lay.countsPx + 6 };
}

/** Everything one frame draws. */
export interface TimelineFrame {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly viewport: Viewport;
  readonly lanes: Lanes | undefined;
  readonly playheadNs: number;
  readonly span: { readonly startNs: number; readonly endNs: number } | null;
  readonly selectedG: number | null;
  readonly colours: TimelineColours;
}

/** Draws one frame. */
export function drawTimeline(ctx: CanvasRenderingContext2D, f: TimelineFrame, lay = LAYOUT): void {
  const { widthPx: w, heightPx: h, viewport: v, colours: c } = f;
  ctx.clearRect(0, 0, w, h);
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  const plotW = w - lay.labelPx;
  const X = (t: number): number => lay.labelPx + xOf(v, t, plotW);
  drawRuler(ctx, f, X, plotW, lay);
  const l = f.lanes;
  if (l !== undefined) {
    const s = sections(l, lay);
    l.ps.forEach((segs, i) =>
      drawLane(ctx, segs, X, s.pTop + i * lay.pLanePx, lay.pLanePx - 3, c.p, `P${i}`, c, true, lay, w),
    );
    l.ms.forEach((segs, i) =>
      drawLane(ctx, segs, X, s.mTop + i * lay.mLanePx, lay.mLanePx - 2, c.m, `M${i}`, c, false, lay, w),
    );
    drawCounts(ctx, l, s.countsTop, lay, c, X, w);
    const rows = Math.max(0, Math.floor((h - s.gTop) / lay.gLanePx));
    l.gs.slice(0, rows).forEach((g, i) => {
      const y = s.gTop + i * lay.gLanePx;
      if (g.id === f.selectedG) {
        ctx.fillStyle = 'rgba(78,161,255,0.18)';
        ctx.fillRect(0, y - 1, w, lay.gLanePx);
      }
      drawLane(ctx, g.segs, X, y, lay.gLanePx - 2, c.g, `G${g.id}`, c, false, lay, w);
    });
  }
  if (f.span) {
    const x0 = Math.max(lay.labelPx, X(f.span.startNs));
    const x1 = Math.min(w, X(f.span.endNs));
    ctx.fillStyle = 'rgba(78,161,255,0.15)';
    ctx.fillRect(x0, 0, Math.max(1, x1 - x0), h);
    ctx.strokeStyle = c.accent;
    ctx.strokeRect(x0 + 0.5, 0.5, Math.max(1, x1 - x0 - 1), h - 1);
  }
  const px = X(f.playheadNs);
  if (px >= lay.labelPx && px <= w) {
    ctx.fillStyle = c.accent;
    ctx.fillRect(Math.round(px) - 1, 0, 2, h);
  }
}

function drawRuler(
  ctx: CanvasRenderingContext2D,
  f: TimelineFrame,
  X: (t: number) => number,
  plotW: number,
  lay: TimelineLayout,
): void {
  const v = f.viewport;
  const step = tickStep(v.t1Ns - v.t0Ns, plotW);
  ctx.fillStyle = f.colours.grid;
  ctx.fillRect(0, lay.rulerPx, f.widthPx, 1);
  ctx.fillStyle = f.colours.muted;
  for (let t = Math.ceil(v.t0Ns / step) * step; t <= v.t1Ns; t += step) {
    const x = X(t);
    ctx.fillRect(Math.round(x), lay.rulerPx - 5, 1, 5);
    ctx.fillText(formatNs(Math.round(t)), x + 3, lay.rulerPx / 2);
  }
}

/** A lane's pieces, 6 numbers each (see FlatSegments); running pieces wide enough are labelled with their G. */
function drawLane(
  ctx: CanvasRenderingContext2D,
  segs: readonly number[],
  X: (t: number) => number,
  y: number,
  hPx: number,
  palette: readonly string[],
  label: string,
  c: TimelineColours,
  labelG: boolean,
  lay: TimelineLayout,
  w: number,
): void {
  ctx.fillStyle = c.muted;
  ctx.fillText(label, 2, y + hPx / 2);
  let fill = '';
  for (let i = 0; i < segs.length; i += 6) {
    const x0 = Math.max(lay.labelPx, X(segs[i] as number));
    const x1 = Math.min(w, X(segs[i + 1] as number));
    if (x1 <= x0 - 0.5) continue;
    const code = segs[i + 2] as number;
    const col = palette[code] ?? '#888';
    if (col !== fill) {
      ctx.fillStyle = col;
      fill = col;
    }
    ctx.fillRect(x0, y, Math.max(1, x1 - x0), hPx);
    const g = segs[i + 3] as number;
    if (labelG && g >= 0 && x1 - x0 > 28) {
      ctx.fillStyle = '#0b0d10';
      ctx.fillText(`G${g}`, x0 + 3, y + hPx / 2);
      fill = '';
    }
  }
}

/** Running, runnable and waiting goroutines per column, stacked (scaled to the column's largest total). */
function drawCounts(
  ctx: CanvasRenderingContext2D,
  l: Lanes,
  top: number,
  lay: TimelineLayout,
  c: TimelineColours,
  X: (t: number) => number,
  w: number,
): void {
  const { running, runnable, waiting } = l.counts;
  const n = running.length;
  let max = 1;
  for (let i = 0; i < n; i++) max = Math.max(max, (running[i] ?? 0) + (runnable[i] ?? 0) + (waiting[i] ?? 0));
  // Columns are at the answer's times (the viewport may have moved since it was asked).
  const colNs = (l.t1Ns - l.t0Ns) / Math.max(1, n);
  const scale = lay.countsPx / max;
  const series: [readonly number[], string][] = [
    [running, c.g[1]!],
    [runnable, c.g[0]!],
    [waiting, c.g[2]!],
  ];
  const base = new Float64Array(n);
  for (const [vals, col] of series) {
    ctx.fillStyle = col;
    for (let i = 0; i < n; i++) {
      const hh = (vals[i] ?? 0) * scale;
      if (hh <= 0) continue;
      const x0 = Math.max(lay.labelPx, X(l.t0Ns + i * colNs));
      const x1 = Math.min(w, X(l.t0Ns + (i + 1) * colNs));
      if (x1 <= x0) continue;
      ctx.fillRect(x0, top + lay.countsPx - base[i]! - hh, Math.max(1, x1 - x0), hh);
      base[i]! += hh;
    }
  }
  ctx.fillStyle = c.muted;
  ctx.fillText(`Gs ${max}`, 2, top + lay.countsPx / 2);
}
