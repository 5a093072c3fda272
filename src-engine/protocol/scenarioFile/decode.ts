/**
 * Bytes to text for every path that reads a scenario or a Go file from disk (the CLI, Electron main, the
 * browser build's file picker), so invalid UTF-8 is reported once, the same way everywhere, at its position.
 *
 * @remarks Why at the bytes: a lossy decode turns an invalid byte into U+FFFD, which is also a valid character a
 * program may contain, so after decoding the two cannot be told apart. Text that is already a JS string (the
 * editor, lessons, autosave) never went through a lossy decode; a lone surrogate in it is reported by the
 * lexer at its position.
 */
import { utf8SeqLength } from '../../lang/source';
import type { FileProblem } from './read';

/** Outcome of {@link decodeScenarioBytes}. */
export type DecodedFile =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: FileProblem };

/**
 * Where the first invalid UTF-8 sequence of `b` starts: 1-based line and byte column, as `go build` reports it
 * (`main.go:4:2: invalid UTF-8 encoding`); null when all of `b` is valid.
 */
export function firstInvalidUtf8(b: Uint8Array): { line: number; col: number } | null {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < b.length;) {
    const n = utf8SeqLength(b, i);
    if (n === 0) return { line, col: i - lineStart + 1 };
    if (b[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += n;
  }
  return null;
}

/** Decodes a file's bytes as UTF-8; invalid bytes give Go's `invalid UTF-8 encoding` at `fileName:line:col`. */
export function decodeScenarioBytes(bytes: Uint8Array, fileName: string): DecodedFile {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes) ?? { line: 1, col: 1 };
    return { ok: false, problem: { file: fileName, ...at, message: 'invalid UTF-8 encoding' } };
  }
}
