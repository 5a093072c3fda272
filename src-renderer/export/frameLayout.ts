/** A rectangle in output pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** What goes into each frame besides the stage. */
export interface FrameContents {
  /** The program beside the stage, each goroutine marked at its current line. */
  readonly program: boolean;
  /** Beats as captions in a band under the stage. */
  readonly captions: boolean;
  /** A title card with the scenario's title before the run. */
  readonly titleCard: boolean;
}

/** Where everything sits in a frame of `widthPx × heightPx`. */
export interface FrameLayout {
  readonly widthPx: number;
  readonly heightPx: number;
  /** The stage: never overlapped by anything else. */
  readonly stage: Rect;
  /** The caption band (reserved even while no caption shows, so the stage never jumps), or null. */
  readonly captionBand: Rect | null;
  readonly program: Rect | null;
  /** Caption text size, px: 3.6 % of the height (39 px at 1080p), readable from the back of a lecture hall. */
  readonly captionFontPx: number;
  readonly codeFontPx: number;
}

/** Splits a frame: program on the left (30 %), caption band at the bottom (16 %), the stage in the rest. */
export function frameLayout(widthPx: number, heightPx: number, contents: FrameContents): FrameLayout {
  const band = contents.captions ? Math.round(heightPx * 0.16) : 0;
  const prog = contents.program ? Math.round(widthPx * 0.3) : 0;
  const stageH = heightPx - band;
  return {
    widthPx,
    heightPx,
    stage: { x: prog, y: 0, w: widthPx - prog, h: stageH },
    captionBand: band > 0 ? { x: 0, y: stageH, w: widthPx, h: band } : null,
    program: prog > 0 ? { x: 0, y: 0, w: prog, h: stageH } : null,
    captionFontPx: Math.round(heightPx * 0.036),
    codeFontPx: Math.max(10, Math.round(heightPx * 0.017)),
  };
}

/** True when no two of the layout's areas overlap and all lie inside the frame. */
export function layoutIsDisjoint(l: FrameLayout): boolean {
  const rects = [l.stage, l.captionBand, l.program].filter((r): r is Rect => r !== null);
  const inside = rects.every(
    (r) => r.x >= 0 && r.y >= 0 && r.x + r.w <= l.widthPx && r.y + r.h <= l.heightPx,
  );
  const apart = rects.every((a, i) =>
    rects.every(
      (b, j) => i === j || a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y,
    ),
  );
  return inside && apart;
}
