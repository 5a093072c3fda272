/** Advance of a digit of the stage's semi-bold sans-serif, in em (system-ui digits are tabular, 0.55–0.62). */
const DIGIT_EM = 0.6;

/** Widest an id label may be, in disc diameters: inside the disc, never into the next token of a queue. */
const MAX_WIDTH_DIAMETERS = 0.95;

/**
 * Size, px, to draw goroutine `id`'s label at on a token of radius `r`: `sizePx` (the theme's size for the
 * token), made smaller when the id is too long to stay about inside the disc (tokens of a queue sit about a
 * diameter apart). The caller leaves the label out when this falls below the theme's smallest legible size:
 * a five-digit id of a 100 000-goroutine run on a small token would otherwise print over its neighbours as an
 * unreadable band (and cost a glyph draw each for nothing); its id is in the tooltip and the inspector.
 */
export function fittedIdPx(id: number, sizePx: number, r: number): number {
  const digits = String(id).length;
  return Math.min(sizePx, (MAX_WIDTH_DIAMETERS * 2 * r) / (digits * DIGIT_EM));
}
