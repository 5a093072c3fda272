/**
 * Formatting one operand like Go's fmt (`printArg`/`printValue`): verbs, flags, width, precision and the
 * `%!verb(type=value)` errors. Inputs and outputs are byte strings.
 */
import type { RV, SliceVal } from '../runtime/types';
import { decodeRune, encodeRune, runeCount } from '../runtime/strings';
import { durationString } from './duration';
import { canBackquote, isPrint, quote, quoteRune } from './quote';
import { fmtMap } from './maps';
import type { TypeDesc } from './typeDesc';
import type { MapVal } from '../runtime/maps';
import { type Box, rtType } from '../runtime/rtypes';
import { methodText } from '../runtime/fmtMethods';
import { bigOf, type Int } from '../runtime/ints';
import { fmtFloatVerb } from './floats';

const STRING_DESC: TypeDesc = { k: 'string', name: 'string', elem: null };

/** Flags, width and precision of one verb (-1: absent). */
export interface Flags {
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  wid: number;
  prec: number;
  /** `%#v` (Go syntax), set by Printf from `#` with verb v. */
  sharpV: boolean;
  /** `%+v` (field names), set by Printf from `+` with verb v. */
  plusV?: boolean;
}

/** No flags, as Println and Sprint use. */
export const PLAIN: Readonly<Flags> = {
  plus: false,
  minus: false,
  sharp: false,
  space: false,
  zero: false,
  wid: -1,
  prec: -1,
  sharpV: false,
  plusV: false,
};

function padding(f: Flags, n: number): string {
  if (n <= 0) return '';
  return (f.zero && !f.minus ? '0' : ' ').repeat(n);
}

/** `fmt.pad`: pads `s` to the width (counted in runes). */
export function pad(f: Flags, s: string): string {
  if (f.wid <= 0) return s;
  const n = f.wid - runeCount(s);
  return f.minus ? s + padding(f, n) : padding(f, n) + s;
}

/** `truncateString`: at most `prec` runes (an invalid byte counts as one rune, as `range` decodes it). */
function truncate(f: Flags, s: string): string {
  if (f.prec < 0) return s;
  let i = 0;
  for (let n = 0; i < s.length && n < f.prec; n++) i += decodeRune(s, i) & 7;
  return s.substring(0, i);
}

function hexBytes(s: string, upper: boolean, f: Flags): string {
  const digits = upper ? '0123456789ABCDEF' : '0123456789abcdef';
  let out = '';
  const n = f.prec >= 0 ? Math.min(f.prec, s.length) : s.length;
  for (let i = 0; i < n; i++) {
    if (f.space && i > 0) out += ' ';
    if (f.sharp && (f.space || i === 0)) out += upper ? '0X' : '0x';
    const b = s.charCodeAt(i);
    out += (digits[b >> 4] as string) + (digits[b & 15] as string);
  }
  return pad(f, out);
}

/** `fmtString`: a string with verb v, s, q, x or X; null for a bad verb. */
function fmtString(s: string, verb: string, f: Flags): string | null {
  switch (verb) {
    case 'v':
      if (f.sharpV) return pad(f, quote(truncate(f, s)));
      return pad(f, truncate(f, s));
    case 's':
      return pad(f, truncate(f, s));
    case 'q': {
      const t = truncate(f, s);
      return pad(f, f.sharp && canBackquote(t) ? '`' + t + '`' : quote(t, f.plus));
    }
    case 'x':
    case 'X':
      return hexBytes(s, verb === 'X', f);
    default:
      return null;
  }
}

/** `fmtInteger`: an integer in `base`, honouring sign flags, precision and zero padding. */
function fmtInt(v: Int, base: number, upper: boolean, f: Flags, verb: string): string {
  const negative = v < 0;
  const abs = negative ? -v : v;
  // An integer is a number or, beyond ±2^53, a bigint (runtime/ints.ts): both print every digit.
  let digits = abs.toString(base);
  if (upper) digits = digits.toUpperCase();
  let prec = 0;
  if (f.prec >= 0) {
    prec = f.prec;
    if (prec === 0 && v === 0) return padding({ ...f, zero: false }, f.wid);
  } else if (f.zero && !f.minus && f.wid >= 0) {
    prec = f.wid;
    if (negative || f.plus || f.space) prec--;
  }
  while (digits.length < prec) digits = '0' + digits;
  if (f.sharp) {
    if (base === 2) digits = '0b' + digits;
    else if (base === 8 && digits[0] !== '0') digits = '0' + digits;
    else if (base === 16) digits = (upper ? '0X' : '0x') + digits;
  }
  if (verb === 'O') digits = '0o' + digits;
  if (negative) digits = '-' + digits;
  else if (f.plus) digits = '+' + digits;
  else if (f.space) digits = ' ' + digits;
  return pad({ ...f, zero: false }, digits);
}

/** An integer with an integer verb; null for a bad verb. `unsigned` for byte. */
function fmtInteger(v: Int, verb: string, f: Flags): string | null {
  switch (verb) {
    case 'v':
    case 'd':
      return fmtInt(v, 10, false, f, verb);
    case 'b':
      return fmtInt(v, 2, false, f, verb);
    case 'o':
    case 'O':
      return fmtInt(v, 8, false, f, verb);
    case 'x':
      return fmtInt(v, 16, false, f, verb);
    case 'X':
      return fmtInt(v, 16, true, f, verb);
    case 'c':
      // fmtC: the value as a uint64; beyond utf8.MaxRune it is RuneError.
      return pad(f, encodeRune(typeof v === 'bigint' || v > 0x10ffff || v < 0 ? 0xfffd : v));
    case 'q':
      return pad(f, quoteRune(typeof v === 'bigint' ? 0xfffd : v, f.plus));
    case 'U': {
      let hex = BigInt.asUintN(64, bigOf(v)).toString(16).toUpperCase();
      const min = f.prec >= 0 ? Math.max(f.prec, 4) : 4;
      while (hex.length < min) hex = '0' + hex;
      let s = 'U+' + hex;
      if (f.sharp && typeof v === 'number' && v >= 0 && v <= 0x10ffff && isPrint(v))
        s += " '" + encodeRune(v) + "'";
      return pad({ ...f, zero: false }, s);
    }
    default:
      return null;
  }
}

/** A fake but stable address for reference values (real Go prints heap addresses). */
function address(handle: number): string {
  return '0x' + (0xc000010000 + handle * 0x60).toString(16);
}

const NIL_DESC: TypeDesc = { k: 'nil', name: '<nil>', elem: null };
const AS_INT: TypeDesc = { k: 'int', name: 'int64', elem: null };

/** `%!verb(type=value)`; while erroring, fmt calls no String method, so a Duration prints as its integer. */
function badVerb(v: RV, t: TypeDesc, verb: string, f: Flags, depth: number): string {
  if (t.k === 'nil') return `%!${verb}(<nil>)`;
  return `%!${verb}(${t.name}=${formatValue(v, t.k === 'dur' ? AS_INT : t, 'v', f, depth)})`;
}

function fmtSlice(s: SliceVal | null, t: TypeDesc, verb: string, f: Flags, depth: number): string {
  const elem = t.elem as TypeDesc;
  if (elem.k === 'uint8' && (verb === 's' || verb === 'q' || verb === 'x' || verb === 'X')) {
    let str = '';
    if (s !== null) for (let i = 0; i < s.l; i++) str += String.fromCharCode(s.a[s.o + i] as number);
    return fmtString(str, verb, f) as string;
  }
  if (f.sharpV) {
    if (s === null) return `${t.name}(nil)`;
    let out = t.name + '{';
    for (let i = 0; i < s.l; i++)
      out += (i > 0 ? ', ' : '') + formatValue(s.a[s.o + i], elem, verb, f, depth + 1);
    return out + '}';
  }
  let out = '[';
  if (s !== null) {
    for (let i = 0; i < s.l; i++) {
      if (i > 0) out += ' ';
      out += formatValue(s.a[s.o + i], elem, verb, f, depth + 1);
    }
  }
  return out + ']';
}

/** The dynamic descriptor and value of an interface operand (the operand itself for other types). */
export function dynamic(v: RV, t: TypeDesc): [RV, TypeDesc] {
  if (t.k !== 'iface') return [v, t];
  if (v === null) return [null, NIL_DESC];
  const box = v as Box;
  return [box.v, rtType(box.t).desc];
}

function isExported(name: string): boolean {
  const c = name.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** A program struct's fields: `{1 2}`, `{a:1 b:2}` (%+v) or `main.T{a:1, b:2}` (%#v). */
function fmtStruct(v: RV[], t: TypeDesc, verb: string, f: Flags, depth: number, hidden = false): string {
  const fields = t.fields ?? [];
  let out = f.sharpV ? t.name + '{' : '{';
  for (let i = 0; i < fields.length; i++) {
    const fd = fields[i] as { name: string; desc: TypeDesc };
    if (i > 0) out += f.sharpV ? ', ' : ' ';
    if (f.plusV === true || f.sharpV) out += fd.name + ':';
    const [fv, ft] = fd.desc.k === 'iface' && v[i] === null ? [null, fd.desc] : [v[i], fd.desc];
    out +=
      ft.k === 'iface' && fv === null
        ? f.sharpV
          ? `${ft.name}(nil)`
          : '<nil>'
        : formatValue(fv, ft, verb, f, depth + 1, hidden || !isExported(fd.name));
  }
  return out + '}';
}

/** Formats one operand `v` of type `t` with `verb`. */
export function formatValue(v0: RV, t0: TypeDesc, verb: string, f: Flags, depth = 0, hidden = false): string {
  const [v, t] = dynamic(v0, t0);
  if (verb === 'T') return pad(f, t.k === 'nil' ? '<nil>' : truncate(f, t.name));
  // handleMethods: a value fmt can reach as an interface (not through an unexported field, `hidden`) with
  // an Error or String method prints its result for the string verbs.
  const id = hidden ? undefined : t0.k === 'iface' && v0 !== null ? (v0 as Box).t : t.id;
  if (id !== undefined && !f.sharpV && 'vsxXq'.includes(verb)) {
    const s = methodText(id, v);
    if (s !== null) return fmtString(s, verb, f) as string;
  }
  let r: string | null;
  switch (t.k) {
    case 'iface':
      r = null;
      break;
    case 'errstr': {
      const msg = (v as RV[])[0] as string;
      r =
        'vsxXq'.includes(verb) && !f.sharpV
          ? fmtString(msg, verb, f)
          : `&{${formatValue(msg, STRING_DESC, verb, f, depth + 1)}}`;
      break;
    }
    case 'nil':
      r = verb === 'v' ? pad(f, '<nil>') : null;
      break;
    case 'bool':
      r = verb === 'v' || verb === 't' ? pad(f, v ? 'true' : 'false') : null;
      break;
    case 'int':
    case 'int32':
      r = fmtInteger(v as number, verb, f);
      break;
    case 'float64':
    case 'float32':
      r = fmtFloatVerb(v as number, t.k === 'float32' ? 32 : 64, verb, f);
      break;
    case 'uint8':
    case 'uint':
      // %#v of an unsigned integer is Go syntax in hex (fmt0x64).
      r =
        verb === 'v' && f.sharpV
          ? fmtInt(v as number, 16, false, { ...f, sharp: true }, 'x')
          : fmtInteger(v as number, verb, f);
      break;
    case 'string':
      r = fmtString(v as string, verb, f);
      break;
    case 'dur':
      // Through an unexported field fmt cannot call String: the Duration prints as its integer.
      r =
        'vsxXq'.includes(verb) && !f.sharpV && !hidden
          ? fmtString(durationString(v as number), verb, f)
          : fmtInteger(v as number, verb, f);
      break;
    case 'time':
      r = 'vsxXq'.includes(verb) ? fmtString(timeString(v as number), verb, f) : null;
      break;
    case 'chan':
    case 'func':
    case 'ptr': {
      if (t.k === 'ptr' && t.elem !== null && v !== null && depth === 0 && verb !== 'p' && verb !== 'T') {
        r =
          t.elem.k === 'array'
            ? '&' + formatValue(v, t.elem, verb, f, depth + 1)
            : '&' + fmtStruct(v as RV[], t.elem, verb, f, depth);
        break;
      }
      const nil = v === null || v === 0;
      const h = typeof v === 'number' ? v : nil ? 0 : ((v as { f: number }).f + 1) * 7;
      if (verb === 'v') r = pad(f, nil ? '<nil>' : address(h));
      else if (verb === 'p') r = pad(f, address(h));
      else if ('bodxX'.includes(verb))
        r = fmtInteger(nil ? 0 : 0xc000010000 + h * 0x60, verb, { ...f, sharp: !f.sharp });
      else r = null;
      break;
    }
    case 'slice':
      r = fmtSlice(v as SliceVal | null, t, verb, f, depth);
      break;
    case 'array': {
      const a = v as RV[];
      r = fmtSlice({ a, o: 0, l: a.length, c: a.length }, t, verb, f, depth);
      break;
    }
    case 'map':
      r = fmtMap(v as MapVal | null, t, verb, f, depth, formatValue);
      break;
    case 'struct':
      if (t.fields !== undefined) r = fmtStruct(v as RV[], t, verb, f, depth);
      else r = f.sharpV ? `${t.name}{}` : '{}';
      break;
    case 'sync':
      r = syncString(t.name);
      break;
  }
  return r ?? badVerb(v, t, verb, f, depth);
}

/** `time.Time.String()` for a virtual time (ns since the start of the run, shown as the Unix epoch). */
function timeString(ns: number): string {
  const secs = Math.floor(ns / 1e9);
  const frac = ns - secs * 1e9;
  const hh = String(Math.floor(secs / 3600) % 24).padStart(2, '0');
  const mm = String(Math.floor(secs / 60) % 60).padStart(2, '0');
  const ss = String(secs % 60).padStart(2, '0');
  const f = frac === 0 ? '' : '.' + String(frac).padStart(9, '0').replace(/0+$/, '');
  const m = (ns / 1e9).toFixed(9);
  return `1970-01-01 ${hh}:${mm}:${ss}${f} +0000 UTC m=+${m}`;
}

/** What `%v` prints for a zero sync value (Go 1.23 field layout). */
function syncString(name: string): string {
  switch (name) {
    case 'sync.WaitGroup':
      return '{{} {{} {} 0} 0}';
    case 'sync.Mutex':
      return '{0 0}';
    case 'sync.RWMutex':
      return '{{0 0} 0 0 {{} 0} {{} 0}}';
    default:
      return '{{} 0 {0 0}}';
  }
}
