import type { DiagnosticSink, Pos } from '../diagnostics';
import { Lexer } from '../lexer';
import { describeToken, type Token, type TokenKind } from '../tokens';

/** Deepest nesting of expressions, statements and types the parser accepts. */
export const MAX_NESTING = 300;

/**
 * The parser's token cursor and error reporting, shared by the parsing functions in this folder.
 *
 * @remarks
 * `exprLev` follows gc: it is -1 inside control clauses (`if x {`), where `T{` starts a block rather
 * than a composite literal, and is raised inside parentheses and brackets.
 */
export class Parser {
  tok: Token;
  /** End of the previous token. */
  prevEnd: Pos;
  exprLev = 0;
  private depth = 0;
  private aborted = false;
  private readonly lexer: Lexer;

  constructor(
    src: string,
    readonly diags: DiagnosticSink,
  ) {
    this.lexer = new Lexer(src, diags);
    this.tok = this.lexer.next();
    this.prevEnd = this.tok.pos;
  }

  /** Moves to the next token. */
  next(): void {
    this.prevEnd = this.tok.end;
    if (this.aborted) return;
    this.tok = this.lexer.next();
  }

  /** The current token's kind (a method, so TypeScript does not narrow it across `next()`). */
  k(): TokenKind {
    return this.tok.kind;
  }

  /** Consumes the current token if it is `kind`. */
  got(kind: TokenKind): boolean {
    if (this.tok.kind !== kind) return false;
    this.next();
    return true;
  }

  /** Consumes `kind`, or reports `unexpected X, expected kind` and skips one token as gc does. Returns the token's position. */
  want(kind: TokenKind, context = ''): Pos {
    const pos = this.tok.pos;
    if (!this.got(kind)) {
      this.syntaxError(`expected ${kind}${context}`);
      if (this.tok.kind !== 'EOF') this.next(); // gc skips exactly one token here
    }
    return pos;
  }

  /**
   * Reports a syntax error at the current token as gc words it: a message starting with `in `, `at `
   * or `after ` becomes `unexpected <tok> msg`, one starting with `expected ` becomes
   * `unexpected <tok>, msg`, and any other message is used as is.
   */
  syntaxError(msg: string): void {
    const t = this.tok;
    if (t.kind === 'EOF' && this.diags.errorCount > 0) return; // avoid meaningless follow-up errors, as gc does
    let text = msg;
    if (msg === '') text = `unexpected ${describeToken(t)}`;
    else if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after '))
      text = `unexpected ${describeToken(t)} ${msg}`;
    else if (msg.startsWith('expected ')) text = `unexpected ${describeToken(t)}, ${msg}`;
    this.diags.syntax(t.pos, text);
  }

  /** The source text between two positions. */
  text(from: Pos, to: Pos): string {
    return this.lexer.src.slice(from.offset, to.offset);
  }

  /** Reports a syntax error with an exact message (after `syntax error: `). */
  syntaxErrorAt(pos: Pos, msg: string): void {
    this.diags.syntax(pos, msg);
  }

  /** Reports a construct the scenario language does not support. */
  unsupported(pos: Pos, what: string): void {
    this.diags.error(pos, `${what} not supported in scenarios`, 'unsupported');
  }

  /**
   * After an error inside a list closed by `close`: skips to the next `)`, `]` or `}` (or a statement
   * keyword) as gc does, consuming it when it is `close`. Returns whether the list was closed.
   */
  skipToClose(close: ')' | ']' | '}'): boolean {
    for (;;) {
      const k = this.tok.kind;
      if (k === 'EOF' || isStatementKeyword(k)) return false;
      if (k === ')' || k === ']' || k === '}') {
        if (k !== close) return false;
        this.next();
        return true;
      }
      this.next();
    }
  }

  /** Skips the rest of a statement (up to, not including, a `;` or `}` outside brackets). */
  skipStatement(): void {
    let depth = 0;
    for (;;) {
      const k = this.tok.kind;
      if (k === 'EOF') return;
      if (depth === 0 && (k === ';' || k === '}')) return;
      if (k === '{' || k === '(' || k === '[') depth++;
      if ((k === '}' || k === ')' || k === ']') && depth > 0) depth--;
      this.next();
    }
  }

  /**
   * Skips tokens up to a statement boundary: a `;`, a `}` closing the current block, a keyword that
   * starts a statement or declaration, or EOF (none of them consumed).
   */
  advance(): void {
    let depth = 0;
    for (;;) {
      const k = this.tok.kind;
      if (k === 'EOF') return;
      if (depth === 0) {
        if (k === ';' || k === '}' || k === ')') return;
        if (isStatementKeyword(k)) return;
      }
      if (k === '{' || k === '(' || k === '[') depth++;
      if ((k === '}' || k === ')' || k === ']') && depth > 0) depth--;
      this.next();
    }
  }

  /** Enters one nesting level; returns false (after reporting once and stopping the parse) when too deep. */
  enter(): boolean {
    if (++this.depth <= MAX_NESTING) return true;
    if (!this.aborted) {
      this.diags.syntax(this.tok.pos, `program is nested too deeply (more than ${MAX_NESTING} levels)`);
      this.aborted = true;
      this.tok = { kind: 'EOF', text: '', pos: this.tok.pos, end: this.tok.pos };
    }
    return false;
  }

  /** Leaves a nesting level entered with {@link enter}. */
  leave(): void {
    this.depth--;
  }
}

/** Keywords that start a statement or declaration: where error recovery resumes. */
export function isStatementKeyword(k: TokenKind): boolean {
  switch (k) {
    case 'break':
    case 'const':
    case 'continue':
    case 'defer':
    case 'fallthrough':
    case 'for':
    case 'go':
    case 'goto':
    case 'if':
    case 'return':
    case 'select':
    case 'switch':
    case 'type':
    case 'var':
    case 'func':
    case 'import':
      return true;
    default:
      return false;
  }
}
