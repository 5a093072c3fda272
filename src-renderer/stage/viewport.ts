/** A zoom-and-pan transform: screen = world × scale + offset. */
export interface ViewTransform {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

export const MIN_SCALE = 0.25;
export const MAX_SCALE = 8;
export const IDENTITY: ViewTransform = { scale: 1, x: 0, y: 0 };

/** Zooms by `factor` keeping the world point under the screen point (`px`, `py`) fixed. */
export function zoomAt(t: ViewTransform, factor: number, px: number, py: number): ViewTransform {
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, t.scale * factor));
  const k = scale / t.scale;
  return { scale, x: px - (px - t.x) * k, y: py - (py - t.y) * k };
}

/** Moves the view by a screen-space drag. */
export function panBy(t: ViewTransform, dx: number, dy: number): ViewTransform {
  return { ...t, x: t.x + dx, y: t.y + dy };
}

/** The world point under a screen point. */
export function toWorld(t: ViewTransform, px: number, py: number): { x: number; y: number } {
  return { x: (px - t.x) / t.scale, y: (py - t.y) / t.scale };
}
