/** Test helper: compiles a Go program and runs it to the end under a model. */
import { compileSource } from '../../../lang/compile';
import type { SchedEvent } from '../../events';
import type { SchedulerRun } from '../../SchedulerRun';
import { createModelRun, type ModelRunConfig } from '../registry';

export interface ModelResult {
  run: SchedulerRun & { runToEnd(max?: number): void };
  stdout: string;
  stderr: string;
  events: SchedEvent[];
}

export function runModel(
  src: string,
  model: string,
  cfg: Partial<ModelRunConfig> = {},
  maxEvents = 2_000_000,
): ModelResult {
  const compiled = compileSource(src, 'main.go');
  if ('diagnostics' in compiled) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
  const run = createModelRun(model, compiled.program, { cores: 1, seed: 1, ...cfg }) as ModelResult['run'];
  run.runToEnd(maxEvents);
  const out = run.output();
  const events: SchedEvent[] = [];
  for (let i = 0; i < run.eventCount; i++) events.push(run.event(i));
  return {
    run,
    stdout: out
      .filter((o) => o.stream === 'stdout')
      .map((o) => o.text)
      .join(''),
    stderr: out
      .filter((o) => o.stream === 'stderr')
      .map((o) => o.text)
      .join(''),
    events,
  };
}
