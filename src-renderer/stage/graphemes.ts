/**
 * Characters that are each a grapheme on their own: tab and line breaks, Latin (with Latin-1 and Extended A/B),
 * IPA, Greek, and the general punctuation, arrows, maths and shapes blocks the stage's labels use. Combining marks,
 * zero-width joiners, variation selectors and surrogate pairs (emoji) are outside it.
 */
const SIMPLE = /^[\t\n\r\u0020-\u007e\u00a0-\u02ff\u0370-\u03ff\u2010-\u2bff]*$/;

/**
 * `text` split into graphemes when every character is one on its own ({@link SIMPLE}), else undefined (ask
 * `Intl.Segmenter`). Stage labels change every frame of a busy run (counts, ids), and Pixi segments each new
 * text with `Intl.Segmenter`, which took more of the UI thread than drawing the labels did.
 */
export function simpleGraphemes(text: string): string[] | undefined {
  return SIMPLE.test(text) ? text.split('') : undefined;
}
