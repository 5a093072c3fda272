import type { DiagnosticSink, Pos } from './diagnostics';
import { readNumber, readRune, readString, readRawString } from './literals';
import { isKeyword, OPERATORS, type Token, type TokenKind } from './tokens';

const operatorsByFirst = new Map<string, string[]>();
for (const op of OPERATORS) {
  const list = operatorsByFirst.get(op.charAt(0)) ?? [];
  list.push(op);
  operatorsByFirst.set(op.charAt(0), list);
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 0x80 && isUnicodeLetter(c));
}

function isUnicodeLetter(c: number): boolean {
  return /\p{L}/u.test(String.fromCharCode(c));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Go's scanner: turns source text into tokens, inserting semicolons at line ends as the spec says,
 * tracking 1-based line and UTF-8 byte column, and reporting lexical errors worded as gc does.
 */
export class Lexer {
  /** UTF-16 index of the next character. */
  i = 0;
  line = 1;
  col = 1;
  private nlsemi = false;

  constructor(
    readonly src: string,
    readonly diags: DiagnosticSink,
  ) {
    if (src.charCodeAt(0) === 0xfeff) this.i = 1; // a leading BOM is ignored, as in Go
  }

  /** Current position. */
  pos(): Pos {
    return { line: this.line, col: this.col, offset: this.i };
  }

  /** Current character code, or -1 at the end. */
  peek(k = 0): number {
    const j = this.i + k;
    return j < this.src.length ? this.src.charCodeAt(j) : -1;
  }

  /** Moves past one character (a whole surrogate pair), keeping line and byte column. */
  advance(): void {
    const c = this.src.charCodeAt(this.i);
    if (c === 10) {
      this.line++;
      this.col = 1;
      this.i++;
      return;
    }
    if (c < 0x80) this.col += 1;
    else if (c < 0x800) this.col += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = this.src.charCodeAt(this.i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.col += 4;
        this.i += 2;
        return;
      }
      this.errorHere('invalid UTF-8 encoding');
      this.col += 3;
    } else {
      if (c >= 0xdc00 && c <= 0xdfff) this.errorHere('invalid UTF-8 encoding');
      this.col += 3;
    }
    this.i++;
  }

  /** Reports a lexical error at the current position. */
  errorHere(message: string): void {
    this.diags.error(this.pos(), message, 'lex');
  }

  /** Reports a lexical error at `pos`. */
  errorAt(pos: Pos, message: string): void {
    this.diags.error(pos, message, 'lex');
  }

  private make(kind: TokenKind, pos: Pos, extra?: Partial<Token>): Token {
    const text = this.src.slice(pos.offset, this.i);
    return { kind, text, pos, end: this.pos(), ...extra };
  }

  /** Returns the next token (an automatic `;` with text `newline` or `EOF` where the spec inserts one). */
  next(): Token {
    for (;;) {
      const c = this.peek();
      if (c === 10) {
        if (this.nlsemi) {
          const pos = this.pos();
          this.nlsemi = false;
          this.advance();
          return { kind: ';', text: 'newline', pos, end: pos };
        }
        this.advance();
      } else if (c === 32 || c === 9 || c === 13) {
        this.advance();
      } else if (c === 47 && this.peek(1) === 47) {
        if (this.nlsemi) {
          const pos = this.pos();
          this.skipLineComment();
          this.nlsemi = false;
          return { kind: ';', text: 'newline', pos, end: pos };
        }
        this.skipLineComment();
      } else if (c === 47 && this.peek(1) === 42) {
        const pos = this.pos();
        const hadNewline = this.skipBlockComment();
        if (hadNewline && this.nlsemi) {
          this.nlsemi = false;
          return { kind: ';', text: 'newline', pos, end: pos };
        }
      } else break;
    }
    const pos = this.pos();
    const c = this.peek();
    if (c === -1) {
      if (this.nlsemi) {
        this.nlsemi = false;
        return { kind: ';', text: 'EOF', pos, end: pos };
      }
      return { kind: 'EOF', text: '', pos, end: pos };
    }
    const tok = this.scanToken(pos, c);
    switch (tok.kind) {
      case 'ident':
      case 'int':
      case 'float':
      case 'imag':
      case 'char':
      case 'string':
      case 'break':
      case 'continue':
      case 'fallthrough':
      case 'return':
      case '++':
      case '--':
      case ')':
      case ']':
      case '}':
        this.nlsemi = true;
        break;
      default:
        this.nlsemi = false;
    }
    return tok;
  }

  private scanToken(pos: Pos, c: number): Token {
    if (isLetter(c)) {
      while (
        this.i < this.src.length &&
        (isLetter(this.peek()) || isDigit(this.peek()) || this.isUnicodeDigit())
      )
        this.advance();
      const text = this.src.slice(pos.offset, this.i);
      return this.make(isKeyword(text) ? text : 'ident', pos);
    }
    if (isDigit(c) || (c === 46 && isDigit(this.peek(1)))) return readNumber(this, pos);
    if (c === 34) return readString(this, pos);
    if (c === 96) return readRawString(this, pos);
    if (c === 39) return readRune(this, pos);
    const ch = String.fromCharCode(c);
    for (const op of operatorsByFirst.get(ch) ?? []) {
      if (this.src.startsWith(op, this.i)) {
        for (let k = 0; k < op.length; k++) this.advance();
        return this.make(op as TokenKind, pos);
      }
    }
    this.reportInvalidChar(c);
    this.advance();
    return this.next();
  }

  private isUnicodeDigit(): boolean {
    const c = this.peek();
    return c >= 0x80 && /\p{Nd}/u.test(String.fromCharCode(c));
  }

  private reportInvalidChar(c: number): void {
    if (c === 0) return this.errorHere('invalid NUL character');
    if (c === 0xfeff) return this.errorHere('invalid BOM in the middle of the file');
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = this.peek(1);
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        return this.errorHere(`invalid character ${codePointName(cp)}`);
      }
      return; // reported by advance() as invalid UTF-8
    }
    this.errorHere(`invalid character ${codePointName(c)}`);
  }

  private skipLineComment(): void {
    while (this.i < this.src.length && this.peek() !== 10) {
      if (this.peek() === 0) this.errorHere('invalid NUL character');
      this.advance();
    }
  }

  /** Skips a general comment; returns whether it contained a newline. */
  private skipBlockComment(): boolean {
    const start = this.pos();
    this.advance();
    this.advance();
    let newline = false;
    while (this.i < this.src.length) {
      if (this.peek() === 42 && this.peek(1) === 47) {
        this.advance();
        this.advance();
        return newline;
      }
      if (this.peek() === 10) newline = true;
      if (this.peek() === 0) this.errorHere('invalid NUL character');
      this.advance();
    }
    this.errorAt(start, 'comment not terminated');
    return true;
  }
}

/** `U+0040 '@'` as Go prints a code point in errors. */
export function codePointName(cp: number): string {
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  const printable = cp > 32 && cp !== 127 && !(cp >= 0x80 && cp < 0xa0);
  return printable ? `U+${hex} '${String.fromCodePoint(cp)}'` : `U+${hex}`;
}
