/**
 * The scenario language front end: lexer, parser and type checker for the Go subset of docs/language.md.
 *
 * @packageDocumentation
 */
import type { File } from './ast';
import { capDiagnostics, type Diagnostic, DiagnosticSink } from './diagnostics';
import { checkFile } from './checker/check';
import { parseFile } from './parser/declarations';
import type { CheckedProgram } from './program';
import { checkText, decodeUtf8 } from './source';

/** Diagnostics and positions. */
export type { Diagnostic, Pos, Severity } from './diagnostics';
export { formatDiagnostic, MAX_ERRORS } from './diagnostics';
/** The checked program and its objects. */
export type * from './program';
/** The syntax tree. */
export type * as ast from './ast';
/** Types of checked expressions. */
export type { Type } from './types';
export { typeString } from './types';
export { MAX_SOURCE_BYTES } from './source';

/** The outcome of {@link parseAndCheck}. */
export interface CheckResult {
  /** The parsed file, when the input could be decoded and parsed at all. */
  readonly file: File | null;
  /** The checked program; null when checking did not run (input problems, syntax errors, unsupported constructs). Compile it only when `ok`. */
  readonly program: CheckedProgram | null;
  /** Every diagnostic, sorted by position and capped like gc (10 errors, then `too many errors`). */
  readonly diagnostics: Diagnostic[];
  /** True when there are no errors: the program may be compiled and run. */
  readonly ok: boolean;
}

function located(
  file: string,
  line: number,
  col: number,
  message: string,
  phase: Diagnostic['phase'],
): Diagnostic {
  return { file, line, col, message, severity: 'error', phase };
}

function finish(file: File | null, program: CheckedProgram | null, list: Diagnostic[]): CheckResult {
  const diagnostics = capDiagnostics(list);
  const ok = !diagnostics.some((d) => d.severity === 'error');
  return { file, program, diagnostics, ok };
}

/**
 * Parses and type-checks one scenario source file. Accepts text or UTF-8 bytes; never throws: an
 * internal failure becomes a located `internal error` diagnostic.
 *
 * @param source - the Go source, as a string or as UTF-8 bytes
 * @param fileName - the name used in diagnostics (`main.go:12:5: …`)
 */
export function parseAndCheck(source: string | Uint8Array, fileName = 'main.go'): CheckResult {
  let file: File | null = null;
  const diags = new DiagnosticSink(fileName);
  try {
    const decoded = typeof source === 'string' ? checkText(source) : decodeUtf8(source);
    if (!decoded.ok)
      return finish(null, null, [located(fileName, decoded.line, decoded.col, decoded.message, 'input')]);
    file = parseFile(decoded.text, fileName, diags);
    if (diags.list.some((d) => d.phase === 'syntax' || d.phase === 'unsupported'))
      return finish(file, null, diags.list);
    const program = checkFile(file, diags);
    return finish(file, program, diags.list);
  } catch (err) {
    const message =
      err instanceof RangeError
        ? 'program is too complex to check (nesting too deep)'
        : `internal error: ${String(err)}`;
    const at = diags.list[diags.list.length - 1];
    return finish(file, null, [
      ...diags.list,
      located(fileName, at?.line ?? 1, at?.col ?? 1, message, 'internal'),
    ]);
  }
}
