/** Severity of a diagnostic. Scenarios only run when there are no errors. */
export type Severity = 'error' | 'warning';

/**
 * A located message about the program, worded like the Go compiler's.
 *
 * @remarks
 * Lines and columns are 1-based; columns count UTF-8 bytes, as Go does.
 */
export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly endLine?: number;
  readonly endCol?: number;
  readonly message: string;
  readonly severity: Severity;
  /** Where the message comes from; syntax and unsupported-construct errors stop type checking. */
  readonly phase: 'lex' | 'syntax' | 'unsupported' | 'check' | 'internal' | 'input';
}

/** A position in the source: 1-based line and UTF-8 byte column, plus the UTF-16 offset into the decoded text. */
export interface Pos {
  readonly line: number;
  readonly col: number;
  readonly offset: number;
}

/** The maximum number of errors reported before `too many errors`, as in gc. */
export const MAX_ERRORS = 10;

/** Formats a diagnostic the way `go build` prints it: `main.go:12:5: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.message}`;
}

/** Orders diagnostics by position (stable for equal positions). */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.line - b.d.line || a.d.col - b.d.col || a.i - b.i)
    .map((x) => x.d);
}

/**
 * Sorts errors, drops repeats of a message on one line (as gc does), and caps the list at {@link MAX_ERRORS} errors, adding a
 * `too many errors` diagnostic at the position of the first error left out, as gc does.
 */
export function capDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  let errors = 0;
  for (const d of sortDiagnostics(list)) {
    const key = `${d.line}:${d.message}`; // gc drops repeats of a message on the same line
    if (seen.has(key)) continue;
    seen.add(key);
    if (d.severity === 'error') {
      if (errors === MAX_ERRORS) {
        out.push({ ...d, message: 'too many errors' });
        break;
      }
      errors++;
    }
    out.push(d);
  }
  return out;
}

/** Collects diagnostics for one file. */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  private syntaxLines = new Set<number>();

  constructor(readonly file: string) {}

  /** Adds an error at `pos` (optionally spanning to `end`). */
  error(pos: Pos, message: string, phase: Diagnostic['phase'] = 'check', end?: Pos): void {
    this.list.push({
      file: this.file,
      line: pos.line,
      col: pos.col,
      ...(end ? { endLine: end.line, endCol: end.col } : {}),
      message,
      severity: 'error',
      phase,
    });
  }

  /** Adds a warning (a `go vet` finding that does not stop the program from running). */
  warning(pos: Pos, message: string): void {
    this.list.push({
      file: this.file,
      line: pos.line,
      col: pos.col,
      message,
      severity: 'warning',
      phase: 'check',
    });
  }

  /** Adds a syntax error, at most one per line (like gc, to avoid cascades). */
  syntax(pos: Pos, message: string): void {
    if (this.syntaxLines.has(pos.line)) return;
    this.syntaxLines.add(pos.line);
    this.error(pos, `syntax error: ${message}`, 'syntax');
  }

  /** True when a syntax error was reported (type checking is then skipped). */
  hasSyntaxErrors(): boolean {
    return this.syntaxLines.size > 0;
  }

  /** Number of errors so far. */
  get errorCount(): number {
    return this.list.length;
  }
}
