/**
 * Records the expected output of corpus cases from real Go.
 *
 * Usage: `node --import tsx conformance/record.ts [--runs N] [--check] [case-name-or-prefix…]`
 *
 * Each case is built once and run {@link RUNS} times (or N) with its GOMAXPROCS. A case
 * whose runs disagree (under its compare mode) is reported and not written; the
 * script then exits 1. Otherwise `expected.json` is written next to `main.go`.
 * `--check` writes nothing; with a large `--runs` it is a stress test for rare
 * orders (e.g. the ±1 jitter in the runtime's start-up schedtick, which moves the
 * 1-in-61 fairness pull).
 */
import { join } from 'node:path';
import { parseRecordArgs, writeFormattedJson, type RecordOptions } from './recordCli';
import { agreeingOutput, loadCorpus, type Case, type ExpectedRecord } from './corpus';
import { buildCase, findGoToolchain, mapPool, runBuilt, type BuiltCase } from './realGo';

/** Runs per case by default; every one must agree. */
const RUNS = 10;

/** Parallel builds (the machine has 2 cores). Runs are never parallel. */
const BUILD_POOL = 2;

async function writeExpected(c: Case, record: ExpectedRecord): Promise<void> {
  await writeFormattedJson(join(c.dir, 'expected.json'), record);
}

async function recordCase(
  c: Case,
  built: BuiltCase,
  goVersion: string,
  options: RecordOptions,
): Promise<boolean> {
  const started = Date.now();
  const runs = await runBuilt(built, c.config.gomaxprocs, options.runs);
  const verdict = agreeingOutput(runs, c.config.compare);
  const ms = Date.now() - started;
  if (!verdict.ok) {
    const differing = new Set(verdict.problems.map((p) => p.split(' vs ')[0])).size;
    console.log(
      `FAIL ${c.name} (${ms} ms): not deterministic, ${differing}/${runs.length} runs differ from run 1`,
    );
    for (const problem of verdict.problems.slice(0, 12)) console.log(`    ${problem}`);
    return false;
  }
  if (!options.check) await writeExpected(c, { ...verdict.output, goVersion, runs: options.runs });
  console.log(`ok   ${c.name} (${ms} ms, exit ${verdict.output.exitCode})`);
  return true;
}

async function main(): Promise<number> {
  const go = findGoToolchain();
  if (!go.found) {
    console.error(go.reason);
    return 1;
  }
  const options = parseRecordArgs(process.argv.slice(2), RUNS);
  const { wanted } = options;
  const cases = loadCorpus().filter((c) => wanted.length === 0 || wanted.some((w) => c.name.startsWith(w)));
  if (cases.length === 0) {
    console.error(`no case matches ${wanted.join(' ')}`);
    return 1;
  }
  const builds = await mapPool(cases, BUILD_POOL, (c) =>
    buildCase(c, go).then(
      (built) => ({ built }),
      (error: Error) => ({ error }),
    ),
  );
  let failures = 0;
  for (const [i, c] of cases.entries()) {
    const build = builds[i];
    if (build === undefined || 'error' in build) {
      console.log(`FAIL ${c.name}: ${build?.error.message ?? 'not built'}`);
      failures++;
      continue;
    }
    try {
      if (!(await recordCase(c, build.built, go.version, options))) failures++;
    } catch (err) {
      console.log(`FAIL ${c.name}: ${(err as Error).message}`);
      failures++;
    } finally {
      await build.built.cleanup();
    }
  }
  const verb = options.check ? 'deterministic over' : 'recorded with';
  console.log(
    `${cases.length - failures}/${cases.length} cases ${verb} ${options.runs} runs of ${go.version}`,
  );
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
