/** `gosched export-go FILE DIR`: a Go module that `go build`s to the same program. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

/** The files an export writes, by name. */
export const EXPORTED_FILES = ['go.mod', 'main.go', 'helpers.go'] as const;

/** `dir` exists and is not an empty folder: exporting there could overwrite the user's work. */
export class ExportTargetError extends Error {
  override readonly name = 'ExportTargetError';
}

/**
 * Writes `go.mod`, `main.go` and `helpers.go` into `dir` (created if missing). Refuses (throws
 * {@link ExportTargetError}) when `dir` is a file or a folder that is not empty, unless `force`: nothing the
 * user made is overwritten without being asked.
 */
export function exportGo(program: string, dir: string, force = false): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new ExportTargetError(`${dir}: exists and is not a folder`);
    const present = readdirSync(dir);
    if (present.length > 0 && !force) {
      const clash = EXPORTED_FILES.filter((f) => present.includes(f));
      const what = clash.length > 0 ? `it already has ${clash.join(', ')}` : 'it is not empty';
      throw new ExportTargetError(
        `${dir}: refusing to export into a folder that is not empty (${what}); choose an empty or new folder, or add --force to overwrite ${EXPORTED_FILES.join(', ')}`,
      );
    }
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'go.mod'), GO_MOD);
  writeFileSync(join(dir, 'main.go'), program);
  writeFileSync(join(dir, 'helpers.go'), helpersSource());
}
