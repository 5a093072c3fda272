/**
 * Line breakpoints at lines where the scheduler does nothing: while one is set, the interpreter reports a
 * goroutine reaching the line and the engine records a `line.reached` event there (Go and historical models);
 * with none set, the event log is exactly the one without the feature.
 */
import { describe, expect, it } from 'vitest';
import { createRun } from '../../host/services';
import { compileSource } from '../../lang/compile';
import type { SchedEvent } from '../events';
import { explainEvent } from '../explain/explain';
import { createModelRun } from '../models/registry';
import type { SchedulerRun } from '../SchedulerRun';

const SRC = `package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		total += i
	}
	fmt.Println(total)
}
`;
/** `total += i`: pure computation, no scheduler event on this line. */
const LINE = 8;

function events(run: SchedulerRun & { runToEnd(max?: number): void }): SchedEvent[] {
  run.runToEnd(100_000);
  const out: SchedEvent[] = [];
  for (let i = 0; i < run.eventCount; i++) out.push(run.event(i));
  return out;
}

function goRun(lines: number[] | null): SchedEvent[] {
  const run = createRun({ title: 't', program: SRC, settings: { cores: 1, seed: 1 } });
  if ('diagnostics' in run) throw new Error('compile');
  if (lines) run.setLineBreaks?.(lines);
  return events(run as unknown as SchedulerRun & { runToEnd(max?: number): void });
}

describe('line.reached (interpreter line report while a line breakpoint is set)', () => {
  it('records main reaching a computation-only line, with its goroutine and line, explained specifically', () => {
    const plain = goRun(null);
    expect(plain.some((e) => e.line === LINE)).toBe(false);
    const withBp = goRun([LINE]);
    const hits = withBp.filter((e) => e.kind === 'line.reached');
    expect(hits.length).toBeGreaterThanOrEqual(1);
    expect(hits[0]).toMatchObject({ g: 1, line: LINE });
    const x = explainEvent(hits[0] as SchedEvent);
    expect(x.specific).toBe(true);
    expect(x.text).toMatch(/^G1 \(main\) reaches line 8 on P0 /);
  });

  it('changes nothing else: without the line.reached events the log is the same as with no breakpoint', () => {
    const strip = (es: SchedEvent[]) =>
      es.filter((e) => e.kind !== 'line.reached').map(({ seq: _seq, line: _line, ...rest }) => rest);
    expect(strip(goRun([LINE]))).toEqual(strip(goRun(null)));
    // A breakpoint on a line no goroutine reaches, or cleared again, records nothing.
    expect(goRun([2])).toEqual(goRun(null));
    expect(goRun([])).toEqual(goRun(null));
  });

  it('works under the historical models too', () => {
    const c = compileSource(SRC, 'main.go');
    if ('diagnostics' in c) throw new Error('compile');
    const run = createModelRun('n-to-1', c.program, { cores: 1, seed: 1 });
    run.setLineBreaks?.([LINE]);
    const hits = events(run).filter((e) => e.kind === 'line.reached');
    expect(hits[0]).toMatchObject({ g: 1, line: LINE });
    c.program.setLineBreaks?.([]);
  });
});
