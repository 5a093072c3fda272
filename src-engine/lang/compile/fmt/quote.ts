/**
 * `strconv.Quote`, `QuoteRune` and `CanBackquote` over byte strings (see runtime/strings.ts), for `%q`.
 */
import { decodeRune, encodeRune } from '../runtime/strings';

const HEX = '0123456789abcdef';

const GRAPHIC = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/**
 * Supplementary-plane ranges whose graphic characters predate Unicode 15.0 (Go 1.23's tables): the JS
 * engine's tables may be newer, and characters added since must still print escaped, as in Go.
 */
const SMP_V15: readonly [number, number][] = [
  [0x10000, 0x12543],
  [0x13000, 0x1342f],
  [0x14400, 0x1467f],
  [0x16800, 0x16a6f],
  [0x16ae0, 0x16fff],
  [0x17000, 0x18cff],
  [0x1b000, 0x1bcff],
  [0x1d000, 0x1faff],
  [0x20000, 0x3134f],
];

/**
 * `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and U+0020, by the JS engine's Unicode
 * tables limited to what Unicode 15.0 had in the supplementary planes (an approximation of Go's tables).
 */
export function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  if (r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return false;
  if (r >= 0x10000 && !SMP_V15.some(([lo, hi]) => r >= lo && r <= hi)) return false;
  return GRAPHIC.test(String.fromCodePoint(r));
}

function hex(n: number, digits: number): string {
  let s = '';
  for (let i = digits - 1; i >= 0; i--) s += HEX[(n >> (4 * i)) & 0xf];
  return s;
}

function escapeRune(r: number, quote: number, asciiOnly: boolean): string {
  if (r === quote || r === 0x5c) return '\\' + String.fromCharCode(r);
  if (asciiOnly ? r < 0x80 && isPrint(r) : isPrint(r)) return encodeRune(r);
  switch (r) {
    case 7:
      return '\\a';
    case 8:
      return '\\b';
    case 12:
      return '\\f';
    case 10:
      return '\\n';
    case 13:
      return '\\r';
    case 9:
      return '\\t';
    case 11:
      return '\\v';
  }
  if (r < 0x20 || r === 0x7f) return '\\x' + hex(r, 2);
  if (r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
  if (r < 0x10000) return '\\u' + hex(r, 4);
  return '\\U' + hex(r, 8);
}

/** `strconv.Quote` (or `QuoteToASCII` when `asciiOnly`) of a byte string; returns a byte string. */
export function quote(s: string, asciiOnly = false): string {
  let out = '"';
  for (let i = 0; i < s.length;) {
    const d = decodeRune(s, i);
    const r = Math.floor(d / 8);
    const size = d & 7;
    if (size === 1 && r === 0xfffd && s.charCodeAt(i) !== 0xfffd) {
      const b = s.charCodeAt(i);
      out += b >= 0x80 ? '\\x' + hex(b, 2) : escapeRune(r, 0x22, asciiOnly);
    } else out += escapeRune(r, 0x22, asciiOnly);
    i += size;
  }
  return out + '"';
}

/** `strconv.QuoteRune` (or `QuoteRuneToASCII`); invalid runes quote as U+FFFD. */
export function quoteRune(r: number, asciiOnly = false): string {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
  return "'" + escapeRune(r, 0x27, asciiOnly) + "'";
}

/** `strconv.CanBackquote`: no control characters (except tab), no backquote, valid UTF-8, no U+FEFF. */
export function canBackquote(s: string): boolean {
  for (let i = 0; i < s.length;) {
    const d = decodeRune(s, i);
    const r = Math.floor(d / 8);
    const size = d & 7;
    if (size === 1 && r === 0xfffd && s.charCodeAt(i) >= 0x80) return false;
    if (r === 0x60 || r === 0xfeff || (r < 0x20 && r !== 9) || r === 0x7f) return false;
    i += size;
  }
  return true;
}
