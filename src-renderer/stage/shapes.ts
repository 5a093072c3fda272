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
