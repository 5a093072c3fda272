/**
 * Records what real Go prints for every lesson: `lessons/expected/<NN-slug>.json`.
 *
 * Usage: `node --import tsx lessons/record.ts [--runs N] [--check] [slug-or-prefix…]`
 *
 * Each lesson's program is built once with `conformance/helpers.go` and a `go.mod` (module `scenario`,
 * go 1.23), then run N times (default 10), one run after another, with GOMAXPROCS set to
 * `settings.gomaxprocs ?? settings.cores`. All runs must agree on stdout, exit status and the head of
 * stderr (up to the first `goroutine N [state]:` header). Lessons in `SORTED_LINES_LESSONS` must agree
 * as sorted lines and are recorded sorted with `deterministic: false`. A lesson whose runs disagree is
 * reported and not written, and the script exits 1. `--check` writes nothing.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRecordArgs, writeFormattedJson, type RecordOptions } from '../conformance/recordCli';
import { agreeingOutput, buildCase, findGoToolchain, normaliseStdout, runBuilt } from '../conformance/corpus';
import type { BuiltCase, GoToolchain } from '../conformance/realGo';
import {
  compareModeOf,
  expectedPathOf,
  gomaxprocsOf,
  loadLessons,
  RECORD_RUNS,
  type ExpectedOutput,
  type Lesson,
} from './catalog';

/** Builds a lesson's program: its source becomes `main.go` of a conformance-style case folder. */
export async function buildLesson(lesson: Lesson, go: GoToolchain): Promise<BuiltCase> {
  if (lesson.scenario === undefined) throw new Error(`${lesson.rel}: not a valid scenario file`);
  const dir = await mkdtemp(join(tmpdir(), `gosched-lesson-${lesson.slug}-`));
  try {
    await writeFile(join(dir, 'main.go'), lesson.scenario.program);
    return await buildCase({ name: lesson.slug, dir }, go);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function writeExpected(slug: string, record: ExpectedOutput): Promise<void> {
  await writeFormattedJson(expectedPathOf(slug), record);
}

async function recordLesson(lesson: Lesson, go: GoToolchain, options: RecordOptions): Promise<boolean> {
  const started = Date.now();
  const scenario = lesson.scenario;
  if (scenario === undefined) {
    console.log(`FAIL ${lesson.rel}: ${lesson.problems.map((p) => p.message).join('; ')}`);
    return false;
  }
  const built = await buildLesson(lesson, go);
  try {
    const mode = compareModeOf(lesson.slug);
    const runs = await runBuilt(built, gomaxprocsOf(scenario), options.runs);
    const verdict = agreeingOutput(runs, mode);
    const ms = Date.now() - started;
    if (!verdict.ok) {
      console.log(`FAIL ${lesson.rel} (${ms} ms): not deterministic (${mode})`);
      for (const problem of verdict.problems.slice(0, 12)) console.log(`    ${problem}`);
      return false;
    }
    const out = verdict.output;
    const record: ExpectedOutput = {
      stdout: normaliseStdout(out.stdout, mode),
      stderrHead: out.stderrHead,
      exitCode: out.exitCode,
      goVersion: go.version,
      runs: options.runs,
      deterministic: mode === 'exact',
    };
    if (!options.check) await writeExpected(lesson.slug, record);
    console.log(
      `ok   ${lesson.rel} (${ms} ms, exit ${out.exitCode}${mode === 'exact' ? '' : ', sorted lines'})`,
    );
    return true;
  } finally {
    await built.cleanup();
  }
}

async function main(): Promise<number> {
  const go = findGoToolchain();
  if (!go.found) {
    console.error(go.reason);
    return 1;
  }
  const options = parseRecordArgs(process.argv.slice(2), RECORD_RUNS);
  const lessons = loadLessons().filter(
    (l) =>
      options.wanted.length === 0 || options.wanted.some((w) => l.slug.startsWith(w) || l.rel.startsWith(w)),
  );
  if (lessons.length === 0) {
    console.error(`no lesson matches ${options.wanted.join(' ')}`);
    return 1;
  }
  let failures = 0;
  // One lesson at a time: runs must never overlap (timing decides some outputs).
  for (const lesson of lessons) {
    try {
      if (!(await recordLesson(lesson, go, options))) failures++;
    } catch (err) {
      console.log(`FAIL ${lesson.rel}: ${(err as Error).message}`);
      failures++;
    }
  }
  const verb = options.check ? 'deterministic over' : 'recorded with';
  console.log(
    `${lessons.length - failures}/${lessons.length} lessons ${verb} ${options.runs} runs of ${go.version}`,
  );
  return failures === 0 ? 0 : 1;
}

// Only when run as a script (the test imports buildLesson).
if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  process.exitCode = await main();
}
