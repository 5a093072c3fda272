import { BitmapText, Text, type Container, type TextStyleOptions } from 'pixi.js';

/**
 * A label on the stage. On WebGL it is a `BitmapText`: its glyphs come from one shared atlas, so a label whose
 * text changes uploads no texture. On Canvas 2D it is a `Text`: the browser draws the whole label into a small
 * canvas once per text (`fillText`), and each frame draws it with one `drawImage`. A `BitmapText` there costs a
 * `drawImage` per glyph, each from a copy of the glyph tinted to the label's colour (made on the first use of
 * that glyph and colour): about half the main thread's time in a 100 000-goroutine run's heaviest frames.
 */
export type StageLabel = BitmapText | Text;

/** What the stage that is drawing makes its labels with (module state, set by each stage before it draws). */
let labelKind: { canvas: boolean; resolution: number } = { canvas: false, resolution: 1 };

/**
 * Makes labels created from now on suit a renderer named `rendererName` drawing at `resolution` device px per
 * stage px (the canvas's resolution times the zoom, so that a zoomed-in `Text` stays sharp).
 */
export function useLabels(rendererName: string, resolution: number): void {
  labelKind = { canvas: rendererName === 'canvas', resolution };
}

/** A new stage label (see {@link StageLabel}). */
export function stageLabel(options: { text?: string; style: TextStyleOptions }): StageLabel {
  if (!labelKind.canvas) return new BitmapText({ text: options.text ?? '', style: options.style });
  return new Text({ text: options.text ?? '', style: options.style, resolution: labelKind.resolution });
}

/** True for a stage label (either kind). */
export function isStageLabel(c: Container): c is StageLabel {
  return c instanceof BitmapText || c instanceof Text;
}

/**
 * Sets the resolution of every canvas label under `root` to `resolution` (after a zoom): a `Text` is a picture
 * of its text at a resolution, which a zoom would otherwise enlarge into a blur. Each label whose resolution
 * changes is redrawn once; bitmap labels are left alone (their glyphs come from a large atlas).
 */
export function sharpenLabels(root: Container, resolution: number): void {
  const walk = (c: Container): void => {
    if (c instanceof Text && c.resolution !== resolution) c.resolution = resolution;
    for (const child of c.children) walk(child as Container);
  };
  walk(root);
}
