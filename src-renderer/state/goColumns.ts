/**
 * Converts a Go column (1-based, counted in UTF-8 bytes, as the Go compiler reports it) on a line of text
 * to a UTF-16 index into that line, as editors count. Columns past the end clamp to the line's length.
 */
export function byteColumnToIndex(lineText: string, col: number): number {
  let bytes = 0;
  let i = 0;
  while (i < lineText.length && bytes < col - 1) {
    const code = lineText.codePointAt(i)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}

/** Length of the Go token starting at `index` (an identifier, number or a single character). */
export function tokenLength(lineText: string, index: number): number {
  const m = /^[\p{L}\p{N}_.]+/u.exec(lineText.slice(index));
  return Math.max(1, m?.[0].length ?? 1);
}
