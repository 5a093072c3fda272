/** Test helper: compiles a Go source and runs it to the end on the engine. */
import { createGoRun, type GoRun } from '../../../sim';
import { formatDiagnostic } from '../../diagnostics';
import { compileSource, type CompileOptions } from '../index';

/** What a run printed and how it ended. */
export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  run: GoRun;
}

/** Compiles `source` (throws with the diagnostics if it does not compile) and runs it to the end. */
export function runGo(
  source: string,
  settings: { gomaxprocs?: number; seed?: number; maxEvents?: number } = {},
  options: CompileOptions = {},
): RunResult {
  const c = compileSource(source, 'main.go', options);
  if ('diagnostics' in c) throw new Error(c.diagnostics.map(formatDiagnostic).join('\n'));
  const run = createGoRun(c.program, { gomaxprocs: settings.gomaxprocs ?? 1, seed: settings.seed ?? 1 });
  run.runToEnd(settings.maxEvents ?? 5_000_000);
  return { ...outputOf(run), run };
}

/** Stdout, stderr and exit status of a run so far (exit -1 while it has not ended). */
export function outputOf(run: GoRun): { stdout: string; stderr: string; exitCode: number } {
  let stdout = '';
  let stderr = '';
  for (const o of run.output()) {
    if (o.stream === 'stdout') stdout += o.text;
    else stderr += o.text;
  }
  return { stdout, stderr, exitCode: run.exit?.code ?? -1 };
}
