import { BitmapFontManager, CanvasTextMetrics, TextStyle } from 'pixi.js';
import { simpleGraphemes } from './graphemes';

/** The font every stage label uses (Pixi keys its glyph atlas by family and weight, not by size or colour). */
export const STAGE_FONT = 'system-ui, sans-serif';

/** Weights the stage draws text in: labels, and the bold of token ids and the stop-the-world banner. */
const WEIGHTS = ['normal', '600'] as const;

/** Every character stage labels can show: printable ASCII and the few typographic signs they use. */
export const STAGE_CHARS = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  ...'·—–×→▶…Π≤≥∈é',
].join('');

/** Characters drawn into the atlas per slice (each slice is one upload of the atlas page). */
const CHARS_PER_SLICE = 24;

let warmed = false;

/**
 * Draws every {@link STAGE_CHARS} glyph of the stage's fonts into Pixi's glyph atlases ahead of time, a slice
 * per idle moment. Otherwise each label that shows a character for the first time (a `k` in `12.3k`, a new
 * zone title mid-run) rasterises it and uploads the whole atlas page again — up to 12 uploads and 13 MB in one
 * frame of a 100 000-goroutine run. Idempotent; `schedule` runs a slice later (tests pass a synchronous one).
 */
export function warmStageGlyphs(
  schedule: (slice: () => void) => void = (slice) => setTimeout(slice, 0),
): void {
  if (warmed) return;
  warmed = true;
  // Pixi's documented hook for splitting text into graphemes: plain labels are split without Intl.Segmenter.
  const intl = CanvasTextMetrics.graphemeSegmenter;
  CanvasTextMetrics.graphemeSegmenter = (text: string) => simpleGraphemes(text) ?? intl(text);
  const slices: (() => void)[] = [];
  for (const fontWeight of WEIGHTS) {
    const style = new TextStyle({ fontFamily: STAGE_FONT, fontWeight, fill: 0xffffff });
    for (let i = 0; i < STAGE_CHARS.length; i += CHARS_PER_SLICE)
      slices.push(() => void BitmapFontManager.getFont(STAGE_CHARS.slice(i, i + CHARS_PER_SLICE), style));
  }
  const next = (): void => {
    slices.shift()?.();
    if (slices.length > 0) schedule(next);
  };
  schedule(next);
}
