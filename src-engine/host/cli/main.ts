/**
 * The `gosched` command line: `run`, `check` and `export-go` (docs/language.md, "Command line"). Errors are one
 * line naming the file or flag: exit status 2 for usage, 1 for bad content or diagnostics; `run` exits with
 * the program's own status.
 */
import { compileSource } from '../../lang/compile';
import { formatDiagnostic } from '../../lang/diagnostics';
import { parseArgs, USAGE, UsageError } from './args';
import { exportGo, ExportTargetError } from './exportGo';
import { InputError, loadScenario } from './load';
import { modelsHelp, runScenario, type Sink } from './run';

const processSink: Sink = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  stderrIsTTY: process.stderr.isTTY === true,
};

/** Checks a program; prints its diagnostics; true when it has no errors. */
function check(program: string, name: string, sink: Sink): boolean {
  const c = compileSource(program, name);
  if (!('diagnostics' in c)) return true;
  for (const d of c.diagnostics) sink.stderr(formatDiagnostic(d) + '\n');
  return !c.diagnostics.some((d) => d.severity === 'error');
}

/** Runs the command line `argv` (without node and script); returns the exit status. */
export async function runCli(argv: readonly string[], sink: Sink = processSink): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    switch (cmd.cmd) {
      case 'help':
        sink.stdout(USAGE + '\n');
        return 0;
      case 'check': {
        const sc = loadScenario(cmd.file);
        return check(sc.program, sc.name, sink) ? 0 : 1;
      }
      case 'export-go': {
        const sc = loadScenario(cmd.file);
        if (!check(sc.program, sc.name, sink)) return 1;
        try {
          exportGo(sc.program, cmd.dir, cmd.force);
        } catch (err) {
          if (err instanceof ExportTargetError) throw new InputError(err.message);
          throw new InputError(`${cmd.dir}: cannot write the Go module (${(err as Error).message})`);
        }
        return 0;
      }
      case 'models':
        sink.stdout(modelsHelp());
        return 0;
      case 'run':
        return await runScenario(loadScenario(cmd.file), cmd, sink);
      case 'render': {
        // Loaded only here: rendering brings the atomic file writer and Chromium's launcher, which `run` and
        // `check` never need (they start faster without them).
        const { renderScenario } = await import('./render');
        return await renderScenario(cmd, sink, sink === processSink && process.stderr.isTTY === true);
      }
    }
  } catch (err) {
    if (err instanceof UsageError) {
      sink.stderr(`gosched: ${err.message} (run "gosched --help" for usage)\n`);
      return 2;
    }
    if (err instanceof InputError) {
      sink.stderr(`gosched: ${err.message}\n`);
      return 1;
    }
    sink.stderr(`gosched: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
