/** The part of a 2D context text layout needs (so it is testable with a fake). */
export interface TextMeasurer {
  measureText(text: string): { width: number };
}

/**
 * Greedy word wrap of `text` into lines no wider than `maxWidthPx`; a word wider than a line is cut.
 * At most `maxLines` lines: the last one ends in `…` when text was left out.
 */
export function wrapText(ctx: TextMeasurer, text: string, maxWidthPx: number, maxLines: number): string[] {
  const lines: string[] = [];
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  let cur = '';
  const fits = (s: string): boolean => ctx.measureText(s).width <= maxWidthPx;
  for (let w of words) {
    while (!fits(w) && w.length > 1) {
      // Cut an over-long word (a URL, a long identifier) at the widest prefix that fits.
      let n = w.length - 1;
      while (n > 1 && !fits(w.slice(0, n))) n--;
      if (cur) lines.push(cur);
      lines.push(w.slice(0, n));
      cur = '';
      w = w.slice(n);
    }
    const next = cur ? `${cur} ${w}` : w;
    if (fits(next)) cur = next;
    else {
      if (cur) lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}…`;
  while (!fits(last) && last.length > 1) last = `${last.slice(0, -2)}…`;
  kept[maxLines - 1] = last;
  return kept;
}
