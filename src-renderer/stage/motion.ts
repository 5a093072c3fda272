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

/**
 * One token's move on the virtual clock: from `from` to `to`, starting at virtual time `startNs` and lasting
 * `durationNs` (0: it is at `to` from `startNs` on). Immutable; where a token is drawn is
 * {@link motionAt} of its motion and the virtual time drawn, never of the frames drawn before.
 */
export interface Motion {
  /** The place the token left (its previous target): where a move sent mid-way is reckoned from. */
  readonly origin: Point;
  /** Where it sets off: `origin`, or the point it had reached on its previous move. */
  readonly from: Point;
  readonly to: Point;
  readonly startNs: number;
  readonly durationNs: number;
}

/** A token resting at `p`. */
export function restingAt(p: Point): Motion {
  return { origin: p, from: p, to: p, startNs: 0, durationNs: 0 };
}

/** Where motion `m` puts its token at virtual time `tNs`. */
export function motionAt(m: Motion, tNs: number): Point {
  if (m.durationNs <= 0 || tNs >= m.startNs + m.durationNs) return m.to;
  if (tNs <= m.startNs) return m.from;
  return arcPoint(m.from, m.to, (tNs - m.startNs) / m.durationNs);
}

/** True once motion `m` has arrived, at virtual time `tNs`. */
export function motionDone(m: Motion, tNs: number): boolean {
  return m.durationNs <= 0 || tNs >= m.startNs + m.durationNs;
}

/**
 * The motion after sending a token, which was following `m`, to `to` at virtual time `startNs` for
 * `durationNs`. It sets off from the point of `m`'s arc (from `m.origin`, the place it left, to `m.to`) at
 * `startNs` — mid-way if `m` was still moving.
 *
 * @remarks Reckoning from the previous *place* rather than from wherever the token was drawn keeps the picture a
 * function of the last two moves alone: not of when frames were drawn, nor of moves further back (goroutines
 * that move faster than a move lasts would otherwise carry their whole history in their position). The price
 * is a small jump when a token is sent on twice within one move's span.
 */
export function retarget(m: Motion, to: Point, startNs: number, durationNs: number): Motion {
  const leg: Motion = { ...m, from: m.origin };
  return { origin: m.to, from: motionAt(leg, startNs), to, startNs, durationNs };
}
