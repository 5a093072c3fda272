/**
 * `fmt.Sprintf`, `fmt.Sprint` and `fmt.Sprintln` (which Println writes) over typed operands, following
 * `doPrintf`/`doPrint`/`doPrintln` of Go's fmt: flags, `*` widths, `[n]` argument indexes, `%!v(MISSING)`,
 * `%!(EXTRA type=value)`, `%!(NOVERB)`, `%!(BADWIDTH)`, `%!(BADPREC)`, `%!v(BADINDEX)`.
 */
import type { RV } from '../runtime/types';
import { dynamic, formatValue, PLAIN, type Flags } from './format';
import type { TypeDesc } from './typeDesc';

function tooLarge(x: number): boolean {
  return x > 1e6 || x < -1e6;
}

/** `fmt.Sprintln` without its spaces rule exceptions: operands always separated by one space, then a newline. */
export function sprintln(args: readonly RV[], types: readonly TypeDesc[]): string {
  let out = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0) out += ' ';
    out += formatValue(args[i], types[i] as TypeDesc, 'v', PLAIN);
  }
  return out + '\n';
}

/** `fmt.Sprint`: a space between operands when neither is a string. */
export function sprint(args: readonly RV[], types: readonly TypeDesc[]): string {
  let out = '';
  let prevString = false;
  for (let i = 0; i < args.length; i++) {
    const t = dynamic(args[i], types[i] as TypeDesc)[1];
    const isString = t.k === 'string';
    if (i > 0 && !isString && !prevString) out += ' ';
    out += formatValue(args[i], types[i] as TypeDesc, 'v', PLAIN);
    prevString = isString;
  }
  return out;
}

function isIntKind(t: TypeDesc): boolean {
  return t.k === 'int' || t.k === 'uint' || t.k === 'uint8' || t.k === 'int32' || t.k === 'dur';
}

/** `fmt.Sprintf` of a byte-string format. */
export function sprintf(format: string, args: readonly RV[], types: readonly TypeDesc[]): string {
  const end = format.length;
  let out = '';
  let argNum = 0;
  let reordered = false;
  let i = 0;
  const f: Flags = { ...PLAIN };
  while (i < end) {
    const lasti = i;
    while (i < end && format.charCodeAt(i) !== 0x25) i++;
    if (i > lasti) out += format.substring(lasti, i);
    if (i >= end) break;
    i++;
    Object.assign(f, PLAIN);
    let goodArgNum = true;
    let afterIndex = false;
    flags: for (; i < end; i++) {
      switch (format[i]) {
        case '#':
          f.sharp = true;
          break;
        case '0':
          f.zero = true;
          break;
        case '+':
          f.plus = true;
          break;
        case '-':
          f.minus = true;
          break;
        case ' ':
          f.space = true;
          break;
        default:
          break flags;
      }
    }
    const argNumber = (): void => {
      if (i >= end || format[i] !== '[') return;
      reordered = true;
      const close = format.indexOf(']', i);
      const digits = close < 0 ? '' : format.substring(i + 1, close);
      if (close < 0 || !/^\d+$/.test(digits)) {
        goodArgNum = false;
        i = close < 0 ? end : close + 1;
        return;
      }
      const n = Number(digits) - 1;
      i = close + 1;
      afterIndex = true;
      if (n >= 0 && n < args.length) argNum = n;
      else goodArgNum = false;
    };
    const intFromArg = (): [number, boolean] => {
      if (argNum >= args.length) return [0, false];
      const t = types[argNum] as TypeDesc;
      let num = 0;
      let ok = false;
      if (isIntKind(t)) {
        num = args[argNum] as number;
        ok = true;
        if (tooLarge(num)) {
          num = 0;
          ok = false;
        }
      }
      argNum++;
      return [num, ok];
    };
    const parsenum = (): number => {
      let num = -1;
      while (i < end && format.charCodeAt(i) >= 0x30 && format.charCodeAt(i) <= 0x39) {
        if (num >= 0 && tooLarge(num)) return -2;
        num = (num < 0 ? 0 : num * 10) + format.charCodeAt(i) - 0x30;
        i++;
      }
      return num;
    };
    argNumber();
    if (i < end && format[i] === '*') {
      i++;
      const [w, ok] = intFromArg();
      if (!ok) out += '%!(BADWIDTH)';
      f.wid = ok ? w : -1;
      if (w < 0 && ok) {
        f.wid = -w;
        f.minus = true;
        f.zero = false;
      }
      afterIndex = false;
    } else {
      const w = parsenum();
      if (w === -2) i = end;
      f.wid = w < 0 ? -1 : w;
      if (afterIndex && f.wid >= 0) goodArgNum = false;
    }
    if (i + 1 < end && format[i] === '.') {
      i++;
      if (afterIndex) goodArgNum = false;
      argNumber();
      if (i < end && format[i] === '*') {
        i++;
        const [p, ok] = intFromArg();
        f.prec = ok && p >= 0 ? p : -1;
        if (!ok || p < 0) {
          if (!ok) out += '%!(BADPREC)';
        }
        afterIndex = false;
      } else {
        const p = parsenum();
        f.prec = p < 0 ? 0 : p;
      }
    }
    if (!afterIndex) argNumber();
    if (i >= end) {
      out += '%!(NOVERB)';
      break;
    }
    const cp = format.charCodeAt(i);
    let verb = format[i] as string;
    let size = 1;
    if (cp >= 0x80) {
      size = cp >= 0xf0 ? 4 : cp >= 0xe0 ? 3 : 2;
      verb = format.substring(i, i + size);
    }
    i += size;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (!goodArgNum) {
      out += `%!${verb}(BADINDEX)`;
      continue;
    }
    if (argNum >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    if (verb === 'v') {
      f.sharpV = f.sharp;
      f.sharp = false;
      f.plusV = f.plus;
      f.plus = false;
    } else f.plusV = false;
    out += formatValue(args[argNum], types[argNum] as TypeDesc, verb, f);
    argNum++;
  }
  if (!reordered && argNum < args.length) {
    out += '%!(EXTRA ';
    for (let k = argNum; k < args.length; k++) {
      if (k > argNum) out += ', ';
      const t = types[k] as TypeDesc;
      out += t.k === 'nil' ? '<nil>' : `${t.name}=${formatValue(args[k], t, 'v', PLAIN)}`;
    }
    out += ')';
  }
  return out;
}
