/**
 * The conformance corpus: real Go programs (`cases/NN-name/main.go`) with their
 * settings (`case.json`) and the output recorded from real Go (`expected.json`).
 * Loading validates every file and names the file in any error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CASES_DIR } from './paths';

export { compareOutput, stderrHead, normaliseStdout, observe, agreeingOutput } from './compare';
export type { CompareMode, CompareResult, ObservedOutput, RunOutput } from './compare';
export { runRealGo, buildCase, runBuilt, findGoToolchain } from './realGo';

export { CONFORMANCE_DIR, CASES_DIR, HELPERS_GO } from './paths';

const caseConfigSchema = z.strictObject({
  title: z.string().min(1),
  gomaxprocs: z.number().int().min(1).max(256),
  compare: z.enum(['exact', 'sorted-lines']),
  topics: z.array(z.string().min(1)).min(1),
});

const expectedSchema = z.strictObject({
  stdout: z.string(),
  stderrHead: z.array(z.string()),
  exitCode: z.number().int(),
  goVersion: z.string().regex(/^go\d+\.\d+(\.\d+)?$/),
  runs: z.number().int().min(1),
});

/** Settings of a case (`case.json`). */
export type CaseConfig = z.infer<typeof caseConfigSchema>;

/** Output recorded from real Go (`expected.json`). */
export type ExpectedRecord = z.infer<typeof expectedSchema>;

/** One case of the corpus. */
export interface Case {
  /** Folder name, e.g. `01-runnext-spawn-order`. */
  name: string;
  /** Absolute path of the case folder. */
  dir: string;
  config: CaseConfig;
  /** Text of `main.go`. */
  source: string;
  /** Recorded output, or undefined if the case was never recorded. */
  expected: ExpectedRecord | undefined;
}

const CASE_NAME = /^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads and validates a JSON file against `schema`, naming the file in any error. */
export function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: cannot read JSON: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '<root>'}: ${i.message}`);
    throw new Error(`${file}: invalid content: ${issues.join('; ')}`);
  }
  return parsed.data;
}

/** Loads one case folder. */
export function loadCase(dir: string): Case {
  const name = dir.split(/[\\/]/).pop() ?? dir;
  if (!CASE_NAME.test(name)) throw new Error(`${dir}: case folder names look like NN-short-name`);
  const mainGo = join(dir, 'main.go');
  if (!existsSync(mainGo)) throw new Error(`${mainGo}: missing`);
  const expectedFile = join(dir, 'expected.json');
  return {
    name,
    dir,
    config: readJson(join(dir, 'case.json'), caseConfigSchema),
    source: readFileSync(mainGo, 'utf8'),
    expected: existsSync(expectedFile) ? readJson(expectedFile, expectedSchema) : undefined,
  };
}

/**
 * Loads every case of the corpus, sorted by folder name.
 *
 * @param casesDir - folder to read; defaults to {@link CASES_DIR}
 * @throws if a folder or file is malformed (the message names the file)
 */
export function loadCorpus(casesDir: string = CASES_DIR): Case[] {
  return readdirSync(casesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => loadCase(join(casesDir, name)));
}
