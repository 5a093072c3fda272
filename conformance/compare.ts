/**
 * Output normalisation and comparison for the conformance corpus: what part of
 * a Go program's output is deterministic, and whether two outputs agree.
 */

/** How stdout is compared: byte for byte, or as a multiset of lines. */
export type CompareMode = 'exact' | 'sorted-lines';

/** What one run of a program produced. */
export interface RunOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The deterministic part of a run: stdout, the head of stderr, the exit status. */
export interface ObservedOutput {
  stdout: string;
  stderrHead: string[];
  exitCode: number;
}

/** Result of a comparison; `problems` is empty exactly when `match` is true. */
export interface CompareResult {
  match: boolean;
  problems: string[];
}

const GOROUTINE_HEADER = /^goroutine \d+ \[[^\]]+\]:$/;

/**
 * The deterministic head of a Go program's stderr.
 *
 * @remarks For a panic or fatal error this is every line up to and including the
 * first `goroutine N [state]:` header; the stack frames after it hold addresses
 * and paths. Without such a header (no error) the whole stderr is kept, minus the
 * final newline, so an empty stderr gives `[]`.
 */
export function stderrHead(stderr: string): string[] {
  if (stderr === '') return [];
  const lines = stderr.replace(/\n$/, '').split('\n');
  const header = lines.findIndex((line) => GOROUTINE_HEADER.test(line));
  return header === -1 ? lines : lines.slice(0, header + 1);
}

/** Stdout as it is compared in `mode`: unchanged, or its lines sorted. */
export function normaliseStdout(stdout: string, mode: CompareMode): string {
  if (mode === 'exact') return stdout;
  const body = stdout.endsWith('\n') ? stdout.slice(0, -1) : stdout;
  const sorted = body === '' ? [] : body.split('\n').sort();
  return sorted.join('\n') + (stdout.endsWith('\n') ? '\n' : '');
}

/** Reduces a raw run to its deterministic part (stderr head extraction). */
export function observe(run: RunOutput): ObservedOutput {
  return { stdout: run.stdout, stderrHead: stderrHead(run.stderr), exitCode: run.exitCode };
}

/** Describes the first line where two texts differ, for readable failures. */
function firstDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      return `line ${i + 1}: expected ${JSON.stringify(e[i] ?? '<end>')}, got ${JSON.stringify(a[i] ?? '<end>')}`;
    }
  }
  return 'texts differ';
}

/**
 * Checks an actual run against a recorded expectation.
 *
 * @param expected - the recorded deterministic output (from expected.json)
 * @param actual - a raw run (full stderr; its head is extracted here)
 * @param mode - `exact` compares stdout byte for byte; `sorted-lines` ignores line
 *   order but not how often each line occurs
 */
export function compareOutput(expected: ObservedOutput, actual: RunOutput, mode: CompareMode): CompareResult {
  const problems: string[] = [];
  const want = normaliseStdout(expected.stdout, mode);
  const got = normaliseStdout(actual.stdout, mode);
  if (want !== got) problems.push(`stdout (${mode}) differs at ${firstDifference(want, got)}`);
  const head = stderrHead(actual.stderr);
  const wantHead = expected.stderrHead.join('\n');
  if (wantHead !== head.join('\n')) {
    problems.push(`stderr head differs at ${firstDifference(wantHead, head.join('\n'))}`);
  }
  if (expected.exitCode !== actual.exitCode) {
    problems.push(`exit code: expected ${expected.exitCode}, got ${actual.exitCode}`);
  }
  return { match: problems.length === 0, problems };
}

/**
 * Checks that several runs of one program agree under `mode`; returns the
 * observed output of the first run, or the list of disagreements.
 */
export function agreeingOutput(
  runs: readonly RunOutput[],
  mode: CompareMode,
): { ok: true; output: ObservedOutput } | { ok: false; problems: string[] } {
  const first = runs[0];
  if (first === undefined) return { ok: false, problems: ['no runs'] };
  const output = observe(first);
  const problems: string[] = [];
  if (output.exitCode === 0 && output.stderrHead.length > 0) {
    problems.push(`run 1 exited 0 but wrote to stderr: ${JSON.stringify(output.stderrHead[0])}`);
  }
  runs.forEach((run, i) => {
    const result = compareOutput(output, run, mode);
    for (const problem of result.problems) problems.push(`run ${i + 1} vs run 1: ${problem}`);
  });
  return problems.length === 0 ? { ok: true, output } : { ok: false, problems };
}
