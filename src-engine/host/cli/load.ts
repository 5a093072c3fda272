/** Loading a `.go` file or a `.gosched` scenario for the command line, with one-line errors. */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  decodeScenarioBytes,
  formatProblem,
  MAX_SCENARIO_FILE_BYTES,
  readScenario,
} from '../../protocol/scenarioFile';
import { UsageError } from './args';

/** A problem with the input's content (exit status 1). */
export class InputError extends Error {}

/** What the command line runs. */
export interface LoadedScenario {
  /** Base name of the given path, used in diagnostics (`main.go:12:5: …`, also for a scenario file). */
  readonly name: string;
  readonly program: string;
  readonly cores: number;
  readonly gomaxprocs: number;
  readonly seed: number;
  readonly cost: Record<string, number> | undefined;
  /** Scheduler model id (`go` for a plain .go file or an older scenario). */
  readonly model: string;
  readonly modelSettings: Record<string, number> | undefined;
}

/** Reads and validates `path`. Throws {@link UsageError} (cannot read) or {@link InputError} (bad content). */
export function loadScenario(path: string): LoadedScenario {
  const name = basename(path);
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new UsageError(`${path}: not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(err)})`,
    );
  }
  // The app's limit for any scenario file (Go sources are limited to 1 MB later, when checked).
  if (size > MAX_SCENARIO_FILE_BYTES) {
    throw new InputError(
      `${path}: the file is ${(size / 1048576).toFixed(1)} MB; scenarios are limited to 5 MB`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new UsageError(`${path}: cannot read (${String(err)})`);
  }
  const decoded = decodeScenarioBytes(bytes, name);
  if (!decoded.ok) throw new InputError(formatProblem(decoded.problem));
  const read = readScenario(decoded.text, name);
  if (!read.ok) throw new InputError(read.problems.map(formatProblem).join('\n'));
  const s = read.scenario;
  return {
    name,
    program: s.program,
    cores: s.settings.cores,
    gomaxprocs: s.settings.gomaxprocs ?? s.settings.cores,
    seed: s.settings.seed,
    cost: s.settings.cost,
    model: s.settings.model,
    modelSettings: s.settings.modelSettings,
  };
}
