import type { Pos } from './diagnostics';
import type { Lexer } from './lexer';
import type { Token } from './tokens';

function isDec(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return isDec(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function tok(lx: Lexer, kind: Token['kind'], pos: Pos, value: string, bad: boolean): Token {
  return { kind, text: lx.src.slice(pos.offset, lx.i), pos, end: lx.pos(), value, ...(bad ? { bad } : {}) };
}

/** Index of the first misplaced `_` in a number literal (gc's invalidSep), or -1. */
function invalidSep(x: string): number {
  let x1 = ' ';
  let d = '.';
  let i = 0;
  if (x.length >= 2 && x[0] === '0') {
    x1 = (x[1] ?? '').toLowerCase();
    if (x1 === 'x' || x1 === 'o' || x1 === 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.length; i++) {
    const p = d;
    d = x[i] ?? '';
    const code = d.charCodeAt(0);
    if (d === '_') {
      if (p !== '0') return i;
    } else if (isDec(code) || (x1 === 'x' && isHex(code))) d = '0';
    else {
      if (p === '_') return i - 1;
      d = '.';
    }
  }
  return d === '_' ? x.length - 1 : -1;
}

/**
 * Reads an integer, floating-point or imaginary literal, reporting malformed ones like gc (at the
 * offending digit or underscore, or after a prefix without digits).
 */
export function readNumber(lx: Lexer, pos: Pos): Token {
  const start = lx.i;
  const take = (ok: (c: number) => boolean): void => {
    while (lx.peek() !== -1 && ok(lx.peek())) lx.advance();
  };
  const decOrSep = (c: number): boolean => isDec(c) || c === 95;
  let prefix = '';
  let isFloat = false;
  let hexFloat = false;
  const p1 = lx.peek(1) | 0x20;
  if (lx.peek() === 48 && (p1 === 120 || p1 === 98 || p1 === 111)) {
    prefix = p1 === 120 ? '0x' : p1 === 98 ? '0b' : '0o';
    lx.advance();
    lx.advance();
    take((c) => isHex(c) || c === 95);
    if (prefix === '0x' && (lx.peek() === 46 || (lx.peek() | 0x20) === 112)) {
      hexFloat = true;
      take((c) => isHex(c) || c === 95 || c === 46);
      if ((lx.peek() | 0x20) === 112) {
        lx.advance();
        if (lx.peek() === 43 || lx.peek() === 45) lx.advance();
        take(decOrSep);
      }
    }
  } else {
    take(decOrSep);
    if (lx.peek() === 46) {
      isFloat = true;
      lx.advance();
      take(decOrSep);
    }
    if ((lx.peek() | 0x20) === 101) {
      isFloat = true;
      lx.advance();
      if (lx.peek() === 43 || lx.peek() === 45) lx.advance();
      take(decOrSep);
    }
  }
  let kind: Token['kind'] = isFloat || hexFloat ? 'float' : 'int';
  const body = lx.src.slice(start, lx.i);
  if (lx.peek() === 105) {
    lx.advance();
    kind = 'imag';
  }
  const text = lx.src.slice(start, lx.i);
  let bad = false;
  const failAt = (k: number, msg: string): void => {
    if (bad) return;
    bad = true;
    lx.errorAt({ line: pos.line, col: pos.col + k, offset: pos.offset + k }, msg);
  };
  const lower = body.toLowerCase();
  if (hexFloat) failAt(0, 'hexadecimal floating-point literals are not supported in scenarios');
  else if (isFloat) {
    const e = lower.indexOf('e');
    if (e >= 0 && !/[0-9]/.test(lower.slice(e))) failAt(body.length, 'exponent has no digits');
  } else {
    const digits = lower.slice(prefix.length);
    const legacyOctal = prefix === '' && /^0[0-9_]/.test(lower);
    const base = prefix === '0x' ? 16 : prefix === '0b' ? 2 : prefix === '0o' || legacyOctal ? 8 : 10;
    const name = base === 16 ? 'hexadecimal' : base === 2 ? 'binary' : base === 8 ? 'octal' : 'decimal';
    if (prefix !== '' && !/[0-9a-f]/.test(digits)) failAt(body.length, `${name} literal has no digits`);
    for (let k = 0; k < digits.length; k++) {
      const ch = digits.charAt(k);
      if (ch !== '_' && parseInt(ch, 16) >= base)
        failAt(prefix.length + k, `invalid digit '${ch}' in ${name} literal`);
    }
  }
  const sep = invalidSep(lower);
  if (sep >= 0) failAt(sep, "'_' must separate successive digits");
  const clean = body.replace(/_/g, '');
  let value: string;
  if (isFloat || hexFloat) value = clean;
  else if (prefix !== '') value = prefix + (clean.slice(2) || '0');
  else if (/^0[0-7]+$/.test(clean)) value = '0o' + clean.slice(1);
  else value = clean || '0';
  return { kind, text, pos, end: lx.pos(), value, ...(bad ? { bad } : {}) };
}

/** Reads one escape after a backslash; returns the code point, or -1 after reporting an error. */
function readEscape(lx: Lexer, quote: number): number {
  const at = lx.pos();
  const c = lx.peek();
  const simple: Record<number, number> = { 97: 7, 98: 8, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11, 92: 92 };
  const s = simple[c];
  if (s !== undefined) {
    lx.advance();
    return s;
  }
  if (c === quote) {
    lx.advance();
    return c;
  }
  let n = 0;
  let base = 0;
  let max = 0;
  if (c >= 48 && c <= 55) {
    n = 3;
    base = 8;
    max = 255;
  } else if (c === 120) {
    lx.advance();
    n = 2;
    base = 16;
    max = 255;
  } else if (c === 117) {
    lx.advance();
    n = 4;
    base = 16;
    max = 0x10ffff;
  } else if (c === 85) {
    lx.advance();
    n = 8;
    base = 16;
    max = 0x10ffff;
  } else {
    if (c === -1) return -1;
    lx.errorAt(at, 'unknown escape');
    if (c !== 10) lx.advance();
    return -1;
  }
  let x = 0;
  for (let k = 0; k < n; k++) {
    const d = lx.peek();
    const v = isDec(d) ? d - 48 : isHex(d) ? (d | 0x20) - 87 : 99;
    if (v >= base) {
      lx.errorAt(
        lx.pos(),
        d === -1 ? 'escape sequence not terminated' : 'invalid character in escape sequence',
      );
      return -1;
    }
    x = x * base + v;
    lx.advance();
  }
  if (x > max && base === 8) {
    lx.errorAt(at, `octal escape value ${x} > 255`);
    return -1;
  }
  if (x > max || (x >= 0xd800 && x < 0xe000)) {
    lx.errorAt(
      at,
      'escape is invalid Unicode code point ' + `U+${x.toString(16).toUpperCase().padStart(4, '0')}`,
    );
    return -1;
  }
  return x;
}

/**
 * Reads an interpreted string literal. The value holds the decoded characters; `\x` and octal escapes
 * above 0x7f are kept as code points U+0080..U+00FF (byte strings are not modelled exactly).
 */
export function readString(lx: Lexer, pos: Pos): Token {
  lx.advance();
  let value = '';
  let bad = false;
  for (;;) {
    const c = lx.peek();
    if (c === 34) {
      lx.advance();
      break;
    }
    if (c === 10 || c === -1) {
      lx.errorHere(c === 10 ? 'newline in string' : 'string literal not terminated');
      bad = true;
      break;
    }
    if (c === 92) {
      lx.advance();
      const cp = readEscape(lx, 34);
      if (cp < 0) bad = true;
      else value += String.fromCodePoint(cp);
      continue;
    }
    if (c === 0) lx.errorHere('invalid NUL character');
    const start = lx.i;
    lx.advance();
    value += lx.src.slice(start, lx.i);
  }
  return tok(lx, 'string', pos, value, bad);
}

/** Reads a raw string literal; carriage returns are dropped from its value, as the spec says. */
export function readRawString(lx: Lexer, pos: Pos): Token {
  lx.advance();
  const start = lx.i;
  let bad = false;
  for (;;) {
    const c = lx.peek();
    if (c === 96) break;
    if (c === -1) {
      lx.errorAt(pos, 'string not terminated');
      bad = true;
      break;
    }
    if (c === 0) lx.errorHere('invalid NUL character');
    lx.advance();
  }
  const value = lx.src.slice(start, lx.i).replace(/\r/g, '');
  if (!bad) lx.advance();
  return tok(lx, 'string', pos, value, bad);
}

/** Reads a rune literal; its value is the decimal code point. */
export function readRune(lx: Lexer, pos: Pos): Token {
  lx.advance();
  let count = 0;
  let cp = 0;
  let bad = false;
  for (;;) {
    const c = lx.peek();
    if (c === 39) {
      if (count === 0 && !bad) {
        lx.errorAt(pos, "empty rune literal or unescaped ' in rune literal");
        bad = true;
      } else if (count > 1 && !bad) {
        lx.errorAt(pos, 'more than one character in rune literal');
        bad = true;
      }
      lx.advance();
      break;
    }
    if (c === 10 || c === -1) {
      if (!bad) lx.errorAt(pos, 'rune literal not terminated');
      bad = true;
      break;
    }
    if (c === 92) {
      lx.advance();
      const v = readEscape(lx, 39);
      if (v < 0) bad = true;
      cp = v;
    } else {
      cp = lx.src.codePointAt(lx.i) ?? 0;
      lx.advance();
    }
    count++;
  }
  return tok(lx, 'char', pos, String(cp), bad);
}
