/** Test helpers: run a builder program and read its output, events and views. */
import { createGoRun, type GoRunSettings } from '../index';
import type { GoRun } from '../GoRun';
import type { SchedEvent } from '../events';
import { program, type Stmt, type Vars } from './bodyBuilder';

export interface RunResult {
  run: GoRun;
  stdout: string;
  stderr: string;
  lines: string[];
  events: SchedEvent[];
}

/** Runs `main` to the end (or `maxEvents`). */
export function runProgram(
  main: readonly Stmt[],
  settings: Partial<GoRunSettings> = {},
  vars: Vars = {},
  maxEvents = 2_000_000,
): RunResult {
  const run = createGoRun(program(main, vars), { gomaxprocs: 1, seed: 1, ...settings });
  run.runToEnd(maxEvents);
  return collect(run);
}

export function collect(run: GoRun): RunResult {
  const out = run.output();
  const stdout = out
    .filter((o) => o.stream === 'stdout')
    .map((o) => o.text)
    .join('');
  const stderr = out
    .filter((o) => o.stream === 'stderr')
    .map((o) => o.text)
    .join('');
  const events: SchedEvent[] = [];
  for (let i = 0; i < run.eventCount; i++) events.push(run.event(i));
  return { run, stdout, stderr, lines: stdout.split('\n').filter((l) => l !== ''), events };
}
