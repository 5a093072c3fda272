/**
 * The lesson library on disk: the `.gosched` files under `lessons/<group>/`, their teaching order
 * (`index.json`) and the output real Go produced for each (`expected/<NN-slug>.json`). Shared by
 * `record.ts` (which writes the recordings) and `lessons.test.ts` (which checks everything).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readScenario, type FileProblem, type ScenarioFile } from '../src-engine/protocol/scenarioFile/index';
import type { CompareMode } from '../conformance/corpus';

/** Folder holding the groups, `index.json` and `expected/`. */
export const LESSONS_DIR = dirname(fileURLToPath(import.meta.url));

/** Folder holding one recording per lesson. */
export const EXPECTED_DIR = join(LESSONS_DIR, 'expected');

/** Go release the recordings come from. */
export const GO_VERSION = 'go1.23.5';

/** Runs per recording; every one must agree. */
export const RECORD_RUNS = 10;

/** Packages a lesson program may import (docs/language.md). */
export const ALLOWED_IMPORTS: readonly string[] = ['fmt', 'runtime', 'sync', 'time'];

/** Longest program a lesson may have, in lines. */
export const MAX_PROGRAM_LINES = 40;

/**
 * Multi-core lessons whose output is deterministic only as a set of lines: recorded sorted, with
 * `deterministic: false`, and compared as sorted lines. Every other lesson must be exact.
 *
 * @remarks 03-gomaxprocs-4 exists to show that the finishing order of parallel workers changes
 * from run to run; its twin 02-gomaxprocs-1 runs the same program with one P and is exact.
 */
/**
 * Lessons run under a historical model that cannot do what the program asks (docs/go-scheduler.md §11): they
 * end the way that model honestly ends, not as real Go does. The recording from real Go is kept to show the
 * difference; the test checks this outcome instead.
 */
export const MODEL_OUTCOMES: Readonly<
  Record<string, { readonly exitCode: number; readonly stderrStart: string }>
> = {
  '06-pool-deadlock': {
    exitCode: 2,
    stderrStart: 'fatal error: thread pool deadlock: all 2 workers are blocked and 1 task(s) wait',
  },
};

export const SORTED_LINES_LESSONS: ReadonlySet<string> = new Set(['03-gomaxprocs-4']);

/** `index.json`: groups in teaching order, each listing its lessons in order. */
export const indexSchema = z.strictObject({
  groups: z
    .array(
      z.strictObject({
        id: z.string().regex(/^\d{2}-[a-z0-9-]+$/),
        title: z.string().min(1),
        lessons: z.array(z.string().regex(/^\d{2}-[a-z0-9-]+\/\d{2}-[a-z0-9-]+\.gosched$/)).min(1),
      }),
    )
    .min(1),
});

/** `expected/<slug>.json`: what real Go printed, reduced to its deterministic part. */
export const expectedSchema = z.strictObject({
  stdout: z.string(),
  stderrHead: z.array(z.string()),
  exitCode: z.number().int(),
  goVersion: z.string().regex(/^go\d+\.\d+(\.\d+)?$/),
  runs: z.number().int().min(1),
  deterministic: z.boolean(),
});

export type LessonIndex = z.infer<typeof indexSchema>;
export type ExpectedOutput = z.infer<typeof expectedSchema>;

/** One lesson file, read and validated. */
export interface Lesson {
  /** Path relative to `lessons/`, e.g. `01-basics/01-runnext.gosched`. */
  rel: string;
  /** Absolute path. */
  file: string;
  /** Group folder, e.g. `01-basics`. */
  group: string;
  /** File name without extension, e.g. `01-runnext`; also names the recording. */
  slug: string;
  text: string;
  /** The validated scenario, or undefined when `readScenario` refused the file. */
  scenario: ScenarioFile | undefined;
  /** `readScenario` problems (refused) and warnings (accepted with unknown fields). */
  problems: readonly FileProblem[];
  warnings: readonly FileProblem[];
}

/** Every `.gosched` file under the group folders, as paths relative to `lessons/`, sorted. */
export function listLessonFiles(dir: string = LESSONS_DIR): string[] {
  const out: string[] = [];
  for (const group of readdirSync(dir, { withFileTypes: true })) {
    if (!group.isDirectory() || group.name === 'expected' || group.name === 'node_modules') continue;
    for (const f of readdirSync(join(dir, group.name))) {
      if (f.endsWith('.gosched')) out.push(`${group.name}/${f}`);
    }
  }
  return out.sort();
}

/** Reads and validates one lesson (never throws for content problems). */
export function loadLesson(rel: string, dir: string = LESSONS_DIR): Lesson {
  const file = join(dir, rel);
  const text = readFileSync(file, 'utf8');
  const [group = '', name = ''] = rel.split('/');
  const result = readScenario(text, rel);
  return {
    rel,
    file,
    group,
    slug: name.replace(/\.gosched$/, ''),
    text,
    scenario: result.ok ? result.scenario : undefined,
    problems: result.ok ? [] : result.problems,
    warnings: result.ok ? result.warnings : [],
  };
}

/** All lessons, sorted by path. */
export function loadLessons(dir: string = LESSONS_DIR): Lesson[] {
  return listLessonFiles(dir).map((rel) => loadLesson(rel, dir));
}

/** Reads and validates `index.json`. */
export function readIndex(dir: string = LESSONS_DIR): LessonIndex {
  return indexSchema.parse(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
}

/** GOMAXPROCS a lesson starts with: `settings.gomaxprocs`, else the number of cores. */
export function gomaxprocsOf(scenario: ScenarioFile): number {
  return scenario.settings.gomaxprocs ?? scenario.settings.cores;
}

/** How a lesson's stdout is compared with its recording. */
export function compareModeOf(slug: string): CompareMode {
  return SORTED_LINES_LESSONS.has(slug) ? 'sorted-lines' : 'exact';
}

/** Path of a lesson's recording. */
export function expectedPathOf(slug: string): string {
  return join(EXPECTED_DIR, `${slug}.json`);
}

/** A lesson's recording, or undefined if it was never recorded. Throws if the file is malformed. */
export function readExpected(slug: string): ExpectedOutput | undefined {
  const path = expectedPathOf(slug);
  if (!existsSync(path)) return undefined;
  const parsed = expectedSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

/**
 * Import paths of a Go source file: the single-line form and the parenthesised block. Good enough for
 * lesson programs, which the test also runs through the real checker when it is available.
 */
export function importsOf(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^import\s+"([^"]+)"/gm)) out.push(m[1] as string);
  for (const block of source.matchAll(/^import\s*\(([\s\S]*?)\)/gm)) {
    for (const m of (block[1] as string).matchAll(/"([^"]+)"/g)) out.push(m[1] as string);
  }
  return out;
}
