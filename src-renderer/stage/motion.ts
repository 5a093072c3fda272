/** A point in stage pixels. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Ease-in-out cubic on [0, 1]. */
export function easeInOutCubic(u: number): number {
  const t = Math.min(1, Math.max(0, u));
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/**
 * Position at progress `u` ∈ [0, 1] along a gentle arc from `a` to `b` (a quadratic Bézier whose
 * control point sits off the midpoint by a fifth of the distance), so tokens crossing the stage do not
 * slide over each other on one straight line.
 */
export function arcPoint(a: Point, b: Point, u: number): Point {
  const e = easeInOutCubic(u);
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const cx = mx - dy * 0.2;
  const cy = my + dx * 0.2;
  const k = 1 - e;
  return { x: k * k * a.x + 2 * k * e * cx + e * e * b.x, y: k * k * a.y + 2 * k * e * cy + e * e * b.y };
}
