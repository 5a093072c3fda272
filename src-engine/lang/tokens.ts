import type { Pos } from './diagnostics';

/** Go's 25 keywords. */
export const KEYWORDS = [
  'break',
  'case',
  'chan',
  'const',
  'continue',
  'default',
  'defer',
  'else',
  'fallthrough',
  'for',
  'func',
  'go',
  'goto',
  'if',
  'import',
  'interface',
  'map',
  'package',
  'range',
  'return',
  'select',
  'struct',
  'switch',
  'type',
  'var',
] as const;

/** A Go keyword. */
export type Keyword = (typeof KEYWORDS)[number];

/** Go's operators and punctuation, longest first where prefixes overlap. */
export const OPERATORS = [
  '<<=',
  '>>=',
  '&^=',
  '...',
  '&&',
  '||',
  '<-',
  '++',
  '--',
  '==',
  '!=',
  '<=',
  '>=',
  ':=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '<<',
  '>>',
  '&^',
  '+',
  '-',
  '*',
  '/',
  '%',
  '&',
  '|',
  '^',
  '<',
  '>',
  '=',
  '!',
  '~',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ';',
  '.',
  ':',
] as const;

/** An operator or punctuation token. */
export type Operator = (typeof OPERATORS)[number];

/** Literal token kinds. */
export type LiteralKind = 'int' | 'float' | 'imag' | 'char' | 'string';

/** Every token kind. */
export type TokenKind = 'EOF' | 'ident' | LiteralKind | Keyword | Operator;

/** One token with its source span. */
export interface Token {
  readonly kind: TokenKind;
  /** Source text; for an automatic semicolon `newline` or `EOF`. */
  readonly text: string;
  readonly pos: Pos;
  readonly end: Pos;
  /** For literals: the decoded value (string contents, or the digits of a number without `_`). */
  readonly value?: string;
  /** Set on literals the lexer found malformed (already reported). */
  readonly bad?: boolean;
}

const keywordSet: ReadonlySet<string> = new Set(KEYWORDS);

/** True when `s` is a Go keyword. */
export function isKeyword(s: string): s is Keyword {
  return keywordSet.has(s);
}

/** Binary operator precedence as in the Go spec (5 binds tightest); 0 for non-binary tokens. */
export function binaryPrecedence(kind: TokenKind): number {
  switch (kind) {
    case '||':
      return 1;
    case '&&':
      return 2;
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return 3;
    case '+':
    case '-':
    case '|':
    case '^':
      return 4;
    case '*':
    case '/':
    case '%':
    case '<<':
    case '>>':
    case '&':
    case '&^':
      return 5;
    default:
      return 0;
  }
}

/** Describes a token the way gc's syntax errors do: `newline`, `name x`, `literal 1`, `func`, `{`. */
export function describeToken(t: Token): string {
  if (t.kind === ';') return t.text === 'newline' || t.text === 'EOF' ? t.text : 'semicolon';
  if (t.kind === 'EOF') return 'EOF';
  if (t.kind === 'ident') return `name ${t.text}`;
  if (t.kind === 'int' || t.kind === 'float' || t.kind === 'imag' || t.kind === 'char' || t.kind === 'string')
    return `literal ${t.text}`;
  return t.kind; // keywords print bare in gc 1.23 (`unexpected switch`)
}
