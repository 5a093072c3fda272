/**
 * Characters of program output the panel shows from the start, and from the end, of a long output: a few
 * hundred lines each way. Laying out text costs the UI thread in proportion to its length: the 70 000
 * characters shown before took 25-50 ms of CPU in one task when a 100 000-goroutine deadlock ended (the
 * longest main-thread task of that run); 20 000 take a quarter of that.
 */
export const OUTPUT_HEAD = 16_000;
export const OUTPUT_TAIL = 4_000;

/**
 * What the output panel shows: all of a short output; the start and the end of a long one (a deadlock of
 * 100 000 goroutines prints a trace for each), with the size of what was left out, so that laying out the
 * text never holds the UI thread. Cut at line ends where possible.
 */
export function outputPreview(text: string, head = OUTPUT_HEAD, tail = OUTPUT_TAIL): string {
  if (text.length <= head + tail) return text;
  let a = text.lastIndexOf('\n', head);
  if (a < head / 2) a = head;
  let b = text.indexOf('\n', text.length - tail);
  if (b < 0 || b > text.length - tail / 2) b = text.length - tail;
  const cut = text.slice(a, b);
  let lines = 0;
  for (let i = cut.indexOf('\n'); i >= 0; i = cut.indexOf('\n', i + 1)) lines++;
  return `${text.slice(0, a)}\n… ${lines} more lines (${cut.length} characters) not shown …${text.slice(b)}`;
}

/** Lines per block of the output panel ({@link outputBlocks}). */
export const OUTPUT_BLOCK_LINES = 40;

/** A run of whole lines of the output panel, laid out only while scrolled into view. */
export interface OutputBlock {
  /** Its lines, joined by `\n` (no line end after the last). */
  readonly text: string;
  /** How many lines (the block's height while it is not laid out). */
  readonly lines: number;
}

/**
 * Cuts `text` into blocks of about `perBlock` lines that the panel lays out only while they are scrolled into
 * view (`content-visibility: auto`): the output panel shows a few lines at once, and laying out the
 * 20 000 characters of a long output at once was the costliest main-thread task when a 100 000-goroutine
 * run ended. A block ends after a non-empty line (a block boundary breaks the line as `\n` did, and an empty
 * last line would not show); joined with `\n` the blocks give `text` back.
 */
export function outputBlocks(text: string, perBlock = OUTPUT_BLOCK_LINES): OutputBlock[] {
  const lines = text.split('\n');
  const out: OutputBlock[] = [];
  let start = 0;
  while (start < lines.length) {
    let end = Math.min(lines.length, start + perBlock);
    while (end < lines.length && lines[end - 1] === '') end++;
    out.push({ text: lines.slice(start, end).join('\n'), lines: end - start });
    start = end;
  }
  return out;
}
