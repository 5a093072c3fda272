/**
 * Go strings as "byte strings": JS strings whose every char code is one UTF-8 byte (0..255). This gives Go's
 * semantics for free: `len` is `.length`, indexing yields bytes, slicing is by byte, `<` compares bytes
 * (which, for UTF-8, is code point order). Text is converted at the edges: literals when compiling, output
 * when printing.
 */

/** Encodes a JS (UTF-16) string as a byte string. Lone surrogates become U+FFFD, as Go does. */
export function toBytes(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = '';
  for (const ch of s) out += encodeRune(ch.codePointAt(0) as number);
  return out;
}

/** The UTF-8 bytes of one rune (invalid runes and surrogates become U+FFFD). */
export function encodeRune(r: number): string {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(
    0xf0 | (r >> 18),
    0x80 | ((r >> 12) & 0x3f),
    0x80 | ((r >> 6) & 0x3f),
    0x80 | (r & 0x3f),
  );
}

/**
 * Decodes the rune starting at byte `i` of byte string `s`, like `utf8.DecodeRuneInString`: returns
 * `rune * 8 + size` packed (size 1..4); an invalid encoding gives U+FFFD with size 1.
 */
export function decodeRune(s: string, i: number): number {
  const n = s.length;
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return b0 * 8 + 1;
  const bad = 0xfffd * 8 + 1;
  const cont = (k: number): number => {
    if (i + k >= n) return -1;
    const b = s.charCodeAt(i + k);
    return (b & 0xc0) === 0x80 ? b & 0x3f : -1;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    const c1 = cont(1);
    return c1 < 0 ? bad : (((b0 & 0x1f) << 6) | c1) * 8 + 2;
  }
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const c1 = cont(1);
    const c2 = cont(2);
    if (c1 < 0 || c2 < 0) return bad;
    const r = ((b0 & 0x0f) << 12) | (c1 << 6) | c2;
    if (r < 0x800 || (r >= 0xd800 && r <= 0xdfff)) return bad;
    return r * 8 + 3;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const c1 = cont(1);
    const c2 = cont(2);
    const c3 = cont(3);
    if (c1 < 0 || c2 < 0 || c3 < 0) return bad;
    const r = ((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
    if (r < 0x10000 || r > 0x10ffff) return bad;
    return r * 8 + 4;
  }
  return bad;
}

/** Number of runes in a byte string (`utf8.RuneCountInString`). */
export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) i += decodeRune(s, i) & 7;
  return n;
}

const decoder = new TextDecoder('utf-8');

/**
 * Converts a byte string to JS text for output. Invalid UTF-8 is replaced as the WHATWG decoder does (one
 * U+FFFD per maximal ill-formed subsequence), i.e. exactly what a reader decoding real Go's raw output sees.
 */
export function toText(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return decoder.decode(bytes);
}
