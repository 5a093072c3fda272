/** `gosched export-go FILE DIR`: a Go module that `go build`s to the same program. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELPERS_GO_SOURCE } from './helpersGo';

/** `go.mod` of an exported scenario. */
export const GO_MOD = 'module scenario\n\ngo 1.23\n';

/** The helpers' Go source: the repository's `conformance/helpers.go` when present, else the embedded copy. */
export function helpersSource(): string {
  const repoFile = join(
    dirname(fileURLToPath(import.meta.url)),
    '..',
    '..',
    '..',
    'conformance',
    'helpers.go',
  );
  try {
    if (existsSync(repoFile)) return readFileSync(repoFile, 'utf8');
  } catch {
    // fall back to the embedded copy
  }
  return HELPERS_GO_SOURCE;
}

/** Writes `go.mod`, `main.go` and `helpers.go` into `dir` (created if missing). */
export function exportGo(program: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'go.mod'), GO_MOD);
  writeFileSync(join(dir, 'main.go'), program);
  writeFileSync(join(dir, 'helpers.go'), helpersSource());
}
