import { describe, expect, it } from 'vitest';
import { DiagnosticSink, formatDiagnostic } from './diagnostics';
import { Lexer } from './lexer';
import type { Token } from './tokens';

function lex(src: string): { tokens: Token[]; errors: string[] } {
  const diags = new DiagnosticSink('main.go');
  const lx = new Lexer(src, diags);
  const tokens: Token[] = [];
  for (let i = 0; i < 10_000; i++) {
    const t = lx.next();
    tokens.push(t);
    if (t.kind === 'EOF') break;
  }
  return { tokens, errors: diags.list.map(formatDiagnostic) };
}

const kinds = (src: string): string[] => lex(src).tokens.map((t) => (t.kind === ';' ? `;${t.text}` : t.kind));

describe('lexer', () => {
  it('inserts semicolons after identifiers, literals, keywords and closing brackets at line ends', () => {
    expect(kinds('x := 1\ny++\nreturn\n}\n')).toEqual([
      'ident',
      ':=',
      'int',
      ';newline',
      'ident',
      '++',
      ';newline',
      'return',
      ';newline',
      '}',
      ';newline',
      'EOF',
    ]);
  });

  it('does not insert semicolons after operators, commas or opening brackets', () => {
    expect(kinds('f(a,\nb +\nc)')).toEqual([
      'ident',
      '(',
      'ident',
      ',',
      'ident',
      '+',
      'ident',
      ')',
      ';EOF',
      'EOF',
    ]);
  });

  it('treats a line comment and a multi-line block comment as a newline', () => {
    expect(kinds('x // c\ny /* a\nb */ z')).toEqual([
      'ident',
      ';newline',
      'ident',
      ';newline',
      'ident',
      ';EOF',
      'EOF',
    ]);
    expect(kinds('x /* same line */ y')).toEqual(['ident', 'ident', ';EOF', 'EOF']);
  });

  it('reports 1-based lines and UTF-8 byte columns', () => {
    const { tokens } = lex('s := "é€😀"; t\n\tu');
    const t = tokens.find((x) => x.text === 't');
    const u = tokens.find((x) => x.text === 'u');
    // "é€😀" is 2+3+4 bytes plus two quotes: columns 6..16, then `;` at 17, `t` at 19.
    expect(t?.pos).toMatchObject({ line: 1, col: 19 });
    expect(u?.pos).toMatchObject({ line: 2, col: 2 });
  });

  it('scans the longest operator', () => {
    expect(kinds('a <<= b &^= c ... <- d &^ e')).toEqual([
      'ident',
      '<<=',
      'ident',
      '&^=',
      'ident',
      '...',
      '<-',
      'ident',
      '&^',
      'ident',
      ';EOF',
      'EOF',
    ]);
  });

  it('decodes number literals to BigInt-ready values', () => {
    const values = lex('1_000 0x_ff 0o17 017 0b1010 0 1.5 1e3 .5 3i').tokens.map(
      (t) => `${t.kind}:${t.value ?? ''}`,
    );
    expect(values.slice(0, 10)).toEqual([
      'int:1000',
      'int:0xff',
      'int:0o17',
      'int:0o17',
      'int:0b1010',
      'int:0',
      'float:1.5',
      'float:1e3',
      'float:.5',
      'imag:3',
    ]);
  });

  it('decodes string and rune literals with escapes', () => {
    const { tokens, errors } = lex("\"a\\tb\\n\\\"\\\\\\x41\\u00e9\\101\" `raw\\n\r\nx` '\\n' 'é' '\\''");
    expect(errors).toEqual([]);
    expect(tokens.map((t) => t.value)).toEqual([
      'a\tb\n"\\AéA',
      'raw\\n\nx',
      '10',
      '233',
      '39',
      undefined,
      undefined,
    ]);
  });

  it('reports malformed literals like gc, at the offending character', () => {
    expect(lex('x := 1__0').errors).toEqual(["main.go:1:8: '_' must separate successive digits"]);
    expect(lex('x := 0x').errors).toEqual(['main.go:1:8: hexadecimal literal has no digits']);
    expect(lex('x := 09').errors).toEqual(["main.go:1:7: invalid digit '9' in octal literal"]);
    expect(lex('x := 0b102').errors).toEqual(["main.go:1:10: invalid digit '2' in binary literal"]);
    expect(lex('x := 1e').errors).toEqual(['main.go:1:8: exponent has no digits']);
    expect(lex('x := 1_').errors).toEqual(["main.go:1:7: '_' must separate successive digits"]);
    expect(lex('x := 0x_1 + 0_1').errors).toEqual([]);
  });

  it('reports bad strings, runes and characters', () => {
    expect(lex('s := "abc\nx').errors).toEqual(['main.go:1:10: newline in string']);
    expect(lex('s := "abc').errors).toEqual(['main.go:1:10: string literal not terminated']);
    expect(lex('s := `abc').errors).toEqual(['main.go:1:6: string not terminated']);
    expect(lex("c := 'ab'").errors).toEqual(['main.go:1:6: more than one character in rune literal']);
    expect(lex("c := ''").errors).toEqual(["main.go:1:6: empty rune literal or unescaped ' in rune literal"]);
    expect(lex("c := '\\q'").errors).toEqual(['main.go:1:8: unknown escape']);
    expect(lex('s := "\\400"').errors).toEqual(['main.go:1:8: octal escape value 256 > 255']);
    expect(lex('x @ y').errors).toEqual(["main.go:1:3: invalid character U+0040 '@'"]);
    expect(lex('x \u0000 y').errors).toEqual(['main.go:1:3: invalid NUL character']);
    expect(lex('/* open').errors).toEqual(['main.go:1:1: comment not terminated']);
    expect(lex('x \ud800 y').errors).toEqual(['main.go:1:3: invalid UTF-8 encoding']);
  });

  it('skips a leading byte order mark but rejects one later', () => {
    expect(lex('\ufeffx').errors).toEqual([]);
    expect(lex('x\ufeff').errors).toEqual(['main.go:1:2: invalid BOM in the middle of the file']);
  });
});
