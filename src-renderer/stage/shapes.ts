/**
 * Sides of the polygon a circle of radius `r` (stage px) is drawn as: its edge strays at most ~0.1 px from the
 * true circle (sagitta `r (1 - cos(π / n))`), from 16 sides for a queue dot to 64 for a large ring.
 *
 * @remarks Pixi's own `circle` uses `8 ⌈2.3 √(2r)⌉` points (88 for a 10 px token), and a stroked one twice as
 * many triangles again. On a software rasteriser the stage's cost is per triangle as much as per pixel (150
 * stroked discs cost as much as filling the whole canvas), so the stage draws circles with what the eye needs.
 */
export function circleSides(r: number): number {
  return Math.max(16, Math.min(64, 4 * Math.ceil(1.8 * Math.sqrt(Math.max(0, r)))));
}

/** The corners of the polygon drawn for a circle of radius `r` at (`cx`, `cy`), as flat x, y pairs. */
export function circlePolygon(cx: number, cy: number, r: number): number[] {
  const n = circleSides(r);
  const out = new Array<number>(2 * n);
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    out[2 * i] = cx + r * Math.cos(a);
    out[2 * i + 1] = cy + r * Math.sin(a);
  }
  return out;
}

/** Segments a rounded corner of radius `r` is drawn with: within ~0.1 px of the arc, 2 to 12. */
export function cornerSegments(r: number): number {
  return Math.max(2, Math.min(12, Math.ceil(1.6 * Math.sqrt(Math.max(0, r)))));
}

/**
 * The corners of a `w × h` rectangle at (`x`, `y`) with corners rounded to radius `r` (at most half the shorter
 * side), clockwise from the top-left corner's start, as flat x, y pairs: {@link cornerSegments} per corner where
 * Pixi's `roundRect` uses `2 ⌈2.3 √(2r)⌉` (20 for the cards' 8 px corners).
 */
export function roundRectPolygon(x: number, y: number, w: number, h: number, r: number): number[] {
  const radius = Math.max(0, Math.min(r, w / 2, h / 2));
  if (radius === 0) return [x, y, x + w, y, x + w, y + h, x, y + h];
  const k = cornerSegments(radius);
  const out: number[] = [];
  const corner = (cx: number, cy: number, from: number) => {
    for (let i = 0; i <= k; i++) {
      const a = from + (Math.PI / 2) * (i / k);
      out.push(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
    }
  };
  corner(x + radius, y + radius, Math.PI);
  corner(x + w - radius, y + radius, (3 * Math.PI) / 2);
  corner(x + w - radius, y + h - radius, 0);
  corner(x + radius, y + h - radius, Math.PI / 2);
  return out;
}

/**
 * How the stage that is drawing wants its curves: `polygon` for WebGL, where every shape becomes triangles and
 * the polygons above keep their count low; `native` for Canvas 2D, where a circle is one `arc` and a rounded
 * corner one curve, rasterised by the browser, instead of 16–64 `lineTo` calls a disc (each issued from JS and
 * each an edge to rasterise in software: ≈ 2× the cost of an arc measured in Chromium).
 */
export type CurveMode = 'native' | 'polygon';

/** The curve mode for a Pixi renderer by its `name`. */
export function curveModeFor(rendererName: string): CurveMode {
  return rendererName === 'canvas' ? 'native' : 'polygon';
}

/** Curve mode of the stage drawing now (module state, like the palette: each stage sets it before it draws). */
let curves: CurveMode = 'polygon';

/** Makes `mode` the curve mode of the shapes drawn from now on (see {@link CurveMode}). */
export function useCurves(mode: CurveMode): void {
  curves = mode;
}

/** The curve mode in force: part of the key of any geometry shared between stages. */
export function currentCurves(): CurveMode {
  return curves;
}

/** A Pixi `Graphics` or `GraphicsContext`: whatever takes shapes and returns itself. */
interface ShapeTarget<T> {
  circle(x: number, y: number, radius: number): T;
  roundRect(x: number, y: number, w: number, h: number, radius?: number): T;
  poly(points: number[], close?: boolean): T;
}

/** Adds a circle of radius `r` at (`cx`, `cy`) to `g`, as the curve mode in force draws it. */
export function circleOn<T extends ShapeTarget<T>>(g: T, cx: number, cy: number, r: number): T {
  return curves === 'native' ? g.circle(cx, cy, r) : g.poly(circlePolygon(cx, cy, r), true);
}

/** Adds a `w × h` rectangle with corners rounded to `r` (at most half the shorter side) to `g`. */
export function roundRectOn<T extends ShapeTarget<T>>(
  g: T,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): T {
  if (curves === 'polygon') return g.poly(roundRectPolygon(x, y, w, h, r), true);
  return g.roundRect(x, y, w, h, Math.max(0, Math.min(r, w / 2, h / 2)));
}
