/**
 * `strings` and `strconv` at run time, on byte strings (one char per UTF-8 byte, see runtime/strings.ts):
 * byte-wise operations are JS string operations; rune-wise ones decode UTF-8 as Go does.
 */
import { quote, quoteRune } from '../fmt/quote';
import { bigOf, type Int, toNumber } from '../runtime/ints';
import { allocString } from '../runtime/memory';
import { sliceOf } from '../runtime/slices';
import { decodeRune, encodeRune } from '../runtime/strings';
import { GoPanic, type RV, type SliceVal } from '../runtime/types';

const MAX_INT64 = (1n << 63n) - 1n;

/** `unicode.IsSpace`. */
function isSpace(r: number): boolean {
  if (r <= 0xff) return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  return (
    r === 0x1680 ||
    (r >= 0x2000 && r <= 0x200a) ||
    r === 0x2028 ||
    r === 0x2029 ||
    r === 0x202f ||
    r === 0x205f ||
    r === 0x3000
  );
}

/** Runes of a byte string with their byte offsets and sizes. */
function runes(s: string): { r: number; i: number; size: number }[] {
  const out: { r: number; i: number; size: number }[] = [];
  for (let i = 0; i < s.length;) {
    const d = decodeRune(s, i);
    out.push({ r: Math.floor(d / 8), i, size: d & 7 });
    i += d & 7;
  }
  return out;
}

/** Go's simple case mapping of one rune (a JS mapping that is not one code point leaves the rune as it is). */
function mapRune(r: number, upper: boolean): number {
  if (r < 0x80) {
    if (upper && r >= 0x61 && r <= 0x7a) return r - 32;
    if (!upper && r >= 0x41 && r <= 0x5a) return r + 32;
    return r;
  }
  const ch = String.fromCodePoint(r);
  const m = upper ? ch.toUpperCase() : ch.toLowerCase();
  return [...m].length === 1 ? (m.codePointAt(0) as number) : r;
}

function mapCase(s: string, upper: boolean): string {
  let out = '';
  for (const { r, i, size } of runes(s)) {
    const bytes = s.slice(i, i + size);
    const m = mapRune(r, upper);
    out += m === r ? bytes : encodeRune(m);
  }
  return allocString(out);
}

/** `strings.ToUpper`. */
export const toUpper = (s: string): string => mapCase(s, true);
/** `strings.ToLower`. */
export const toLower = (s: string): string => mapCase(s, false);

/** `strings.TrimSpace`. */
export function trimSpace(s: string): string {
  const rs = runes(s);
  let a = 0;
  while (a < rs.length && isSpace((rs[a] as { r: number }).r)) a++;
  let z = rs.length;
  while (z > a && isSpace((rs[z - 1] as { r: number }).r)) z--;
  if (a === z) return '';
  const first = rs[a] as { i: number };
  const last = rs[z - 1] as { i: number; size: number };
  return s.slice(first.i, last.i + last.size);
}

/** `strings.Fields`: the substrings between runs of white space. */
export function fields(s: string): SliceVal {
  const out: string[] = [];
  let start = -1;
  for (const { r, i } of runes(s)) {
    if (isSpace(r)) {
      if (start >= 0) out.push(s.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(s.slice(start));
  return sliceOf(out);
}

/** `strings.Split` (an empty separator splits after each UTF-8 sequence). */
export function split(s: string, sep: string): SliceVal {
  if (sep === '') return sliceOf(runes(s).map(({ i, size }) => s.slice(i, i + size)));
  return sliceOf(s.split(sep));
}

/** `strings.Count` (an empty substring counts rune boundaries: runes + 1). */
export function count(s: string, sub: string): number {
  if (sub === '') return runes(s).length + 1;
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

/** `strings.Repeat`. */
export function repeat(s: string, n: Int): string {
  if (n < 0) throw new GoPanic('strings: negative Repeat count');
  // Go 1.23 checks len(s)*count against MaxInt before allocating.
  if (bigOf(n) * BigInt(s.length) > MAX_INT64) throw new GoPanic('strings: Repeat output length overflow');
  return allocString(s.repeat(s.length === 0 ? 0 : toNumber(n)));
}

/** `strings.Join`. */
export function join(elems: SliceVal | null, sep: string): string {
  if (elems === null) return '';
  return allocString(elems.a.slice(elems.o, elems.o + elems.l).join(sep));
}

/** `strings.Replace` (n < 0: every occurrence; an empty `old` matches before each rune and at the end). */
export function replace(s: string, old: string, repl: string, n: number): string {
  if (old === repl || n === 0) return s;
  const max = count(s, old);
  if (max === 0) return s;
  if (n < 0 || n > max) n = max;
  let out = '';
  let start = 0;
  for (let k = 0; k < n; k++) {
    let j = start;
    if (old === '') {
      if (k > 0) j += decodeRune(s, start) & 7;
    } else j = s.indexOf(old, start);
    out += s.slice(start, j) + repl;
    start = j + old.length;
  }
  return allocString(out + s.slice(start));
}

/** `strings.EqualFold` under simple case folding. */
export function equalFold(a: string, b: string): boolean {
  const ra = runes(a);
  const rb = runes(b);
  if (ra.length !== rb.length) return false;
  return ra.every(({ r }, k) => {
    const q = (rb[k] as { r: number }).r;
    return r === q || mapRune(r, false) === mapRune(q, false) || mapRune(r, true) === mapRune(q, true);
  });
}

/** `strconv.FormatInt` (base 2..36, lower-case digits). */
export function formatInt(v: Int, base: number): string {
  if (base < 2 || base > 36) throw new GoPanic('strconv: illegal AppendInt/FormatInt base');
  return v.toString(base);
}

/** The pure functions of strings and strconv, by `pkg.Name`, taking the evaluated arguments. */
export const STRING_FUNCS: Readonly<Record<string, (a: RV[]) => RV>> = {
  'strings.ToUpper': (a) => toUpper(a[0]),
  'strings.ToLower': (a) => toLower(a[0]),
  'strings.TrimSpace': (a) => trimSpace(a[0]),
  'strings.Contains': (a) => (a[0] as string).includes(a[1]),
  'strings.HasPrefix': (a) => (a[0] as string).startsWith(a[1]),
  'strings.HasSuffix': (a) => (a[0] as string).endsWith(a[1]),
  'strings.EqualFold': (a) => equalFold(a[0], a[1]),
  'strings.Index': (a) => (a[0] as string).indexOf(a[1]),
  'strings.LastIndex': (a) => (a[1] === '' ? (a[0] as string).length : (a[0] as string).lastIndexOf(a[1])),
  'strings.Count': (a) => count(a[0], a[1]),
  'strings.Repeat': (a) => repeat(a[0], a[1]),
  'strings.Join': (a) => join(a[0], a[1]),
  'strings.Split': (a) => split(a[0], a[1]),
  'strings.Fields': (a) => fields(a[0]),
  'strings.ReplaceAll': (a) => replace(a[0], a[1], a[2], -1),
  'strings.Replace': (a) => replace(a[0], a[1], a[2], a[3]),
  'strings.TrimPrefix': (a) =>
    (a[0] as string).startsWith(a[1]) ? (a[0] as string).slice((a[1] as string).length) : a[0],
  'strings.TrimSuffix': (a) =>
    (a[0] as string).endsWith(a[1]) && (a[1] as string).length > 0
      ? (a[0] as string).slice(0, (a[0] as string).length - (a[1] as string).length)
      : a[0],
  'strconv.Itoa': (a) => String(a[0]),
  'strconv.FormatInt': (a) => formatInt(a[0], a[1]),
  'strconv.FormatBool': (a) => (a[0] ? 'true' : 'false'),
  'strconv.Quote': (a) => quote(a[0]),
  'strconv.QuoteToASCII': (a) => quote(a[0], true),
  'strconv.QuoteRune': (a) => quoteRune(toNumber(a[0])),
  'strconv.QuoteRuneToASCII': (a) => quoteRune(toNumber(a[0]), true),
  'strconv.FormatUint': (a) => formatInt(a[0], a[1]),
};
