/**
 * The real-world corpus: published Go concurrency programs, byte for byte as published
 * (`programs/<id>/main.go`), with where they come from (`source.json`) and what real Go 1.23
 * printed for them (`expected.json`, written by `record.ts`). Loading validates every file and
 * names it in any error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readJson } from '../conformance/corpus';

/** Folder of this corpus. */
export const REALWORLD_DIR = dirname(fileURLToPath(import.meta.url));
/** One folder per program. */
export const PROGRAMS_DIR = join(REALWORLD_DIR, 'programs');
/** The ratchet: each program's status on the engine (see realworld.test.ts). */
export const STATUS_FILE = join(REALWORLD_DIR, 'status.json');

/** Licences the corpus may redistribute (texts in `LICENSES/`). */
export const LICENCES = ['BSD-3-Clause', 'CC-BY-3.0', 'MIT'] as const;

const sourceSchema = z.strictObject({
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  path: z.string().min(1),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  licence: z.enum(LICENCES),
});

/**
 * How real Go's stdout is compared: `exact` (10 identical runs), `lines` (same multiset of
 * lines in every run, order varies), `line-set` (same set of distinct lines, counts vary).
 */
export const COMPARE_MODES = ['exact', 'lines', 'line-set'] as const;
export type RealWorldCompare = (typeof COMPARE_MODES)[number];

const expectedSchema = z.strictObject({
  compare: z.enum(COMPARE_MODES),
  stdout: z.string(),
  /** Lines of stderr up to the first `goroutine N [state]:` header (only compared when `exact`). */
  stderrHead: z.array(z.string()),
  exitCode: z.number().int(),
  goVersion: z.string().regex(/^go\d+\.\d+(\.\d+)?$/),
  gomaxprocs: z.literal(1),
  runs: z.number().int().min(1),
});

/** Where a program was published. */
export type ProgramSource = z.infer<typeof sourceSchema>;
/** What real Go printed, and how it is compared. */
export type RealWorldExpected = z.infer<typeof expectedSchema>;

/** One program of the corpus. */
export interface RealWorldProgram {
  /** Folder name, e.g. `gobyexample-worker-pools`. */
  id: string;
  dir: string;
  /** Text of `main.go`, as published. */
  source: string;
  origin: ProgramSource;
  expected: RealWorldExpected | undefined;
}

/** Loads one program folder. */
export function loadProgram(dir: string): RealWorldProgram {
  const id = dir.split(/[\\/]/).pop() ?? dir;
  const expectedFile = join(dir, 'expected.json');
  return {
    id,
    dir,
    source: readFileSync(join(dir, 'main.go'), 'utf8'),
    origin: readJson(join(dir, 'source.json'), sourceSchema),
    expected: existsSync(expectedFile) ? readJson(expectedFile, expectedSchema) : undefined,
  };
}

/** Loads every program, sorted by id. */
export function loadRealWorld(programsDir: string = PROGRAMS_DIR): RealWorldProgram[] {
  return readdirSync(programsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => loadProgram(join(programsDir, name)));
}

/** Stdout as the multiset of its lines (sorted), or as the set of its distinct lines. */
export function linesOf(stdout: string, mode: RealWorldCompare): string[] {
  const lines = stdout === '' ? [] : stdout.replace(/\n$/, '').split('\n');
  if (mode === 'line-set') return [...new Set(lines)].sort();
  return mode === 'lines' ? lines.sort() : lines;
}
