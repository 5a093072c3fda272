/**
 * Runs a real-world program on the engine (GOMAXPROCS=1, seed 1, as the recording) and says
 * how it fares against real Go: it matches, it is refused (with the located message naming the
 * construct), or it runs and prints something else.
 */
import { stderrHead } from '../conformance/compare';
import { compileSource } from '../src-engine/lang/compile';
import { outputOf } from '../src-engine/lang/compile/testing/runGo';
import { formatDiagnostic } from '../src-engine/lang/diagnostics';
import { createGoRun } from '../src-engine/sim';
import { linesOf, type RealWorldExpected, type RealWorldProgram } from './corpus';

/** Events a program may take before it counts as hanging. */
export const MAX_EVENTS = 20_000_000;

/** The status recorded in the ratchet file. */
export type Status = 'matches' | 'refused' | 'differs';

/** How one program fared on the engine. */
export interface Outcome {
  status: Status;
  /** For `refused`: the first diagnostic, `main.go:line:col: message`. */
  message?: string;
  /** For `refused`: the construct the message names, for grouping (the message without its location). */
  construct?: string;
  /** For `differs`: what differs. */
  problems?: string[];
}

const LOCATED = /^main\.go:(\d+):(\d+): (.+)$/;

/** What differs between a recorded run of real Go and an engine run (empty when they agree). */
export function differences(
  expected: RealWorldExpected,
  actual: { stdout: string; stderr: string; exitCode: number },
): string[] {
  const problems: string[] = [];
  if (expected.exitCode !== actual.exitCode)
    problems.push(`exit status: real Go ${expected.exitCode}, engine ${actual.exitCode}`);
  const want = linesOf(expected.stdout, expected.compare);
  const got = linesOf(actual.stdout, expected.compare);
  const at = want.findIndex((line, i) => got[i] !== line);
  const first = at === -1 && got.length > want.length ? want.length : at;
  if (first !== -1 || (expected.compare === 'exact' && expected.stdout !== actual.stdout))
    problems.push(
      `stdout (${expected.compare}) line ${first + 1}: real Go ${JSON.stringify(want[first] ?? '<end>')}, engine ${JSON.stringify(got[first] ?? '<end>')}`,
    );
  const head = stderrHead(actual.stderr);
  const wantHead = expected.compare === 'exact' ? expected.stderrHead : expected.stderrHead.slice(0, 1);
  if (
    JSON.stringify(head.slice(0, wantHead.length)) !== JSON.stringify(wantHead) ||
    head.length < wantHead.length
  )
    problems.push(`stderr: real Go ${JSON.stringify(wantHead)}, engine ${JSON.stringify(head)}`);
  return problems;
}

/** Compiles and runs `p` on the engine and compares with its recording. */
export function outcomeOf(p: RealWorldProgram): Outcome {
  const expected = p.expected;
  if (expected === undefined) throw new Error(`${p.id}: no expected.json (run realworld/record.ts)`);
  const compiled = compileSource(p.source, 'main.go');
  if ('diagnostics' in compiled) {
    const first = compiled.diagnostics[0];
    const message = first === undefined ? 'refused without a diagnostic' : formatDiagnostic(first);
    return { status: 'refused', message, construct: LOCATED.exec(message)?.[3] ?? message };
  }
  const run = createGoRun(compiled.program, { gomaxprocs: 1, seed: 1 });
  run.runToEnd(MAX_EVENTS);
  if (run.exit === undefined)
    return { status: 'differs', problems: [`did not end within ${MAX_EVENTS} events`] };
  const problems = differences(expected, outputOf(run));
  return problems.length === 0 ? { status: 'matches' } : { status: 'differs', problems };
}

/** Whether a refusal message is located (`main.go:line:col: ...`). */
export function isLocated(message: string): boolean {
  return LOCATED.test(message);
}
