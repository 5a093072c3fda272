/**
 * The timeline's horizontal viewport: which virtual-time span [t0Ns, t1Ns) is drawn across `widthPx`, with
 * zoom around a point and pan, clamped to the run. Pure: the panel keeps one and draws from it.
 */
export interface Viewport {
  readonly t0Ns: number;
  readonly t1Ns: number;
}

/** Narrowest span shown, ns (a few scheduler events). */
export const MIN_SPAN_NS = 50;

/** The whole run [0, endNs] (at least {@link MIN_SPAN_NS}). */
export function fit(endNs: number): Viewport {
  return { t0Ns: 0, t1Ns: Math.max(MIN_SPAN_NS, endNs) };
}

/** Virtual time under pixel `x`. */
export function timeAt(v: Viewport, x: number, widthPx: number): number {
  return v.t0Ns + (x / Math.max(1, widthPx)) * (v.t1Ns - v.t0Ns);
}

/** Pixel of virtual time `tNs`. */
export function xOf(v: Viewport, tNs: number, widthPx: number): number {
  return ((tNs - v.t0Ns) / Math.max(1e-9, v.t1Ns - v.t0Ns)) * widthPx;
}

/** Zooms by `factor` (< 1 zooms in) keeping the time under pixel `x` in place; clamped to [0, endNs]. */
export function zoom(v: Viewport, factor: number, x: number, widthPx: number, endNs: number): Viewport {
  const at = timeAt(v, x, widthPx);
  const span = Math.min(Math.max(MIN_SPAN_NS, (v.t1Ns - v.t0Ns) * factor), Math.max(MIN_SPAN_NS, endNs));
  const frac = x / Math.max(1, widthPx);
  return clamp({ t0Ns: at - frac * span, t1Ns: at - frac * span + span }, endNs);
}

/** Pans by `dxPx` pixels (positive moves later times into view); clamped. */
export function pan(v: Viewport, dxPx: number, widthPx: number, endNs: number): Viewport {
  const dt = (dxPx / Math.max(1, widthPx)) * (v.t1Ns - v.t0Ns);
  return clamp({ t0Ns: v.t0Ns + dt, t1Ns: v.t1Ns + dt }, endNs);
}

/** Keeps the span inside [0, max(endNs, span)]. */
export function clamp(v: Viewport, endNs: number): Viewport {
  const span = v.t1Ns - v.t0Ns;
  const end = Math.max(endNs, span);
  let t0 = Math.min(Math.max(0, v.t0Ns), end - span);
  t0 = Math.max(0, t0);
  return { t0Ns: t0, t1Ns: t0 + span };
}

/** Tick step for a span across `widthPx`: 1, 2 or 5 × 10^k ns, about every 90 px. */
export function tickStep(spanNs: number, widthPx: number): number {
  const raw = (spanNs / Math.max(1, widthPx)) * 90;
  const p = 10 ** Math.floor(Math.log10(Math.max(1, raw)));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}
