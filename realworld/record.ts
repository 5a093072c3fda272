/**
 * Records what real Go 1.23 prints for every real-world program.
 *
 * Usage: `node --import tsx realworld/record.ts [--runs N] [id-prefix…]`
 *
 * Each program is built once (`go build main.go`, so the `// +build ignore` lines of talk
 * snippets do not exclude it) and run N times (default 10), one after another, with
 * GOMAXPROCS=1, no stdin and a time limit. Classification: `exact` when every run printed the
 * same stdout, stderr head and exit status; `lines` when only the order of lines varied;
 * `line-set` when only how often lines repeat varied. A program that fails to build, times out
 * or varies more than that is reported and gets no `expected.json` (it does not belong here).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { stderrHead } from '../conformance/compare';
import { findGoToolchain, runBuilt, type BuiltCase, type GoToolchain } from '../conformance/realGo';
import { writeFormattedJson } from '../conformance/recordCli';
import { linesOf, loadRealWorld, type RealWorldExpected, type RealWorldProgram } from './corpus';

const execFileAsync = promisify(execFile);
const DEFAULT_RUNS = 10;
const TIMEOUT_MS = 10_000;

async function build(p: RealWorldProgram, go: GoToolchain): Promise<BuiltCase> {
  const work = await mkdtemp(join(tmpdir(), `gosched-realworld-${p.id}-`));
  const cleanup = (): Promise<void> => rm(work, { recursive: true, force: true });
  await writeFile(join(work, 'main.go'), p.source);
  await writeFile(join(work, 'go.mod'), 'module prog\n\ngo 1.23\n');
  const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '' };
  try {
    await execFileAsync(go.go, ['build', '-o', 'prog', 'main.go'], { cwd: work, env });
  } catch (err) {
    await cleanup();
    throw new Error(`go build failed: ${(err as { stderr?: string }).stderr ?? (err as Error).message}`);
  }
  return { name: p.id, binary: join(work, 'prog'), cleanup };
}

type Classified = Omit<RealWorldExpected, 'goVersion' | 'runs' | 'gomaxprocs'>;

/** The loosest-but-still-checkable comparison under which all runs agree, or why none does. */
function classify(runs: { stdout: string; stderr: string; exitCode: number }[]): Classified | string {
  const first = runs[0];
  if (first === undefined) return 'no runs';
  if (runs.some((r) => r.exitCode !== first.exitCode)) return 'exit status varies';
  const heads = runs.map((r) => JSON.stringify(stderrHead(r.stderr)));
  const sameHead = heads.every((h) => h === heads[0]);
  const base = { stdout: first.stdout, stderrHead: stderrHead(first.stderr), exitCode: first.exitCode };
  if (sameHead && runs.every((r) => r.stdout === first.stdout)) return { compare: 'exact', ...base };
  for (const compare of ['lines', 'line-set'] as const) {
    const key = JSON.stringify(linesOf(first.stdout, compare));
    if (runs.every((r) => JSON.stringify(linesOf(r.stdout, compare)) === key)) return { compare, ...base };
  }
  return 'stdout varies beyond the set of its lines';
}

async function main(): Promise<number> {
  const go = findGoToolchain();
  if (!go.found) {
    console.error(go.reason);
    return 1;
  }
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt === -1 ? DEFAULT_RUNS : Number(args.splice(runsAt, 2)[1]);
  const programs = loadRealWorld().filter((p) => args.length === 0 || args.some((a) => p.id.startsWith(a)));
  let failures = 0;
  for (const p of programs) {
    let built: BuiltCase | undefined;
    try {
      built = await build(p, go);
      const outputs = await runBuilt(built, 1, runs, TIMEOUT_MS);
      const verdict = classify(outputs);
      if (typeof verdict === 'string') throw new Error(verdict);
      const record: RealWorldExpected = { ...verdict, goVersion: go.version, gomaxprocs: 1, runs };
      await writeFormattedJson(join(p.dir, 'expected.json'), record);
      console.log(`ok   ${p.id} (${verdict.compare}, exit ${verdict.exitCode})`);
    } catch (err) {
      failures++;
      console.log(`FAIL ${p.id}: ${(err as Error).message.split('\n')[0]}`);
    } finally {
      await built?.cleanup();
    }
  }
  console.log(
    `${programs.length - failures}/${programs.length} programs recorded with ${runs} runs of ${go.version}`,
  );
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
