/** Largest accepted source file, in bytes. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/** Result of turning the input into text: the text, or the location of the first problem. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly line: number; readonly col: number; readonly message: string };

function tooLarge(bytes: number): DecodeResult {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return {
    ok: false,
    line: 1,
    col: 1,
    message: `file is too large (${mb} MB); scenarios are limited to 1 MB`,
  };
}

/** Number of UTF-8 bytes a string encodes to (lone surrogates count 3, as U+FFFD would). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * Validates the size of a string input. Lone surrogates are left for the lexer, which reports them
 * as `invalid UTF-8 encoding` at their position.
 */
export function checkText(s: string): DecodeResult {
  if (s.length > MAX_SOURCE_BYTES) return tooLarge(utf8Length(s));
  const bytes = utf8Length(s);
  if (bytes > MAX_SOURCE_BYTES) return tooLarge(bytes);
  return { ok: true, text: s };
}

/** Length of the valid UTF-8 sequence at `i` (1–4), or 0 when the bytes there are not valid UTF-8 (RFC 3629). */
export function utf8SeqLength(b: Uint8Array, i: number): number {
  const c = b[i] ?? 0;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const x = b[i + k];
    return x !== undefined && x >= lo && x <= hi;
  };
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * Decodes UTF-8 bytes, reporting the first invalid sequence as Go does (`invalid UTF-8 encoding`
 * at its line and byte column). Files over {@link MAX_SOURCE_BYTES} are refused at once.
 */
export function decodeUtf8(b: Uint8Array): DecodeResult {
  if (b.length > MAX_SOURCE_BYTES) return tooLarge(b.length);
  const parts: string[] = [];
  let chunk: number[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < b.length) {
    const n = utf8SeqLength(b, i);
    if (n === 0) return { ok: false, line, col: i - lineStart + 1, message: 'invalid UTF-8 encoding' };
    const c = b[i] ?? 0;
    let cp: number;
    if (n === 1) cp = c;
    else if (n === 2) cp = ((c & 0x1f) << 6) | ((b[i + 1] ?? 0) & 0x3f);
    else if (n === 3) cp = ((c & 0x0f) << 12) | (((b[i + 1] ?? 0) & 0x3f) << 6) | ((b[i + 2] ?? 0) & 0x3f);
    else
      cp =
        ((c & 0x07) << 18) |
        (((b[i + 1] ?? 0) & 0x3f) << 12) |
        (((b[i + 2] ?? 0) & 0x3f) << 6) |
        ((b[i + 3] ?? 0) & 0x3f);
    if (cp === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      chunk.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    } else chunk.push(cp);
    if (chunk.length >= 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk = [];
    }
    i += n;
  }
  parts.push(String.fromCharCode(...chunk));
  return { ok: true, text: parts.join('') };
}
