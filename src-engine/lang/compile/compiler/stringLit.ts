/**
 * Exact bytes of an interpreted string literal. The front end decodes `\xff` to the code point U+00FF, which
 * cannot be told apart from `ÿ`; Go's value is the single byte 0xFF, so the back end decodes the raw text.
 */
import { encodeRune } from '../runtime/strings';

const SIMPLE: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

/** The byte string of a `"…"` literal's raw text, or null when it is not one (then the checker's value is used). */
export function interpretedStringBytes(raw: string): string | null {
  if (raw.length < 2 || raw[0] !== '"' || raw[raw.length - 1] !== '"') return null;
  let out = '';
  const s = raw.slice(1, -1);
  for (let i = 0; i < s.length;) {
    const c = s[i] as string;
    if (c !== '\\') {
      const cp = s.codePointAt(i) as number;
      out += encodeRune(cp);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const k = s[i + 1];
    if (k === undefined) return null;
    const simple = SIMPLE[k];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (k === 'x') {
      out += String.fromCharCode(parseInt(s.slice(i + 2, i + 4), 16));
      i += 4;
    } else if (k >= '0' && k <= '7') {
      out += String.fromCharCode(parseInt(s.slice(i + 1, i + 4), 8) & 0xff);
      i += 4;
    } else if (k === 'u' || k === 'U') {
      const n = k === 'u' ? 4 : 8;
      out += encodeRune(parseInt(s.slice(i + 2, i + 2 + n), 16));
      i += 2 + n;
    } else return null;
  }
  return out;
}
