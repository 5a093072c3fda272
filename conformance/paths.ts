/** Where the conformance corpus lives on disk. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder holding the corpus modules, `helpers.go` and `cases/`. */
export const CONFORMANCE_DIR = dirname(fileURLToPath(import.meta.url));

/** Folder holding one sub-folder per case. */
export const CASES_DIR = join(CONFORMANCE_DIR, 'cases');

/** Real-Go definitions of `work`, `blockingSyscall` and `netRead`, built next to every case. */
export const HELPERS_GO = join(CONFORMANCE_DIR, 'helpers.go');
