/**
 * `for {}` runs in bulk (issue 10, item 7): a jump to itself changes nothing but the step count, so the
 * interpreter charges the iterations up to the next flush at once. Same steps, same flush points, same log.
 */
import { describe, expect, it } from 'vitest';
import { createGoRun } from '../../sim';
import { SPIN_PROGRAM } from '../../../bench/spin';
import { compileSource, type CompiledProgram } from './index';
import type { Instr } from './runtime/types';

function compile(): CompiledProgram {
  const c = compileSource(SPIN_PROGRAM, 'spin.go');
  if ('diagnostics' in c) throw new Error(JSON.stringify(c.diagnostics));
  return c.program;
}

/** Replaces every instruction by a copy; `edit` may change the copy. */
function rewrite(p: CompiledProgram, edit: (i: Instr) => Instr): void {
  for (const fn of p.machine.fns) fn.code = fn.code.map(edit);
}

function eventLog(p: CompiledProgram, untilNs: number): string[] {
  const run = createGoRun(p, { gomaxprocs: 4, seed: 1 });
  run.runUntil(untilNs);
  const out: string[] = [];
  for (let i = 0; i < run.eventCount; i++) out.push(JSON.stringify(run.event(i)));
  return out;
}

describe('Machine.run: a jump to itself (for {}) runs in bulk up to the next flush', () => {
  it('runs no per-iteration step while 8 goroutines spin on 4 Ps for 50 ms of virtual time', () => {
    const p = compile();
    let stepsRun = 0;
    rewrite(p, (i) =>
      i.run === null
        ? i
        : {
            ...i,
            run: (g, f) => {
              stepsRun++;
              return (i.run as NonNullable<Instr['run']>)(g, f);
            },
          },
    );
    eventLog(p, 50_000_000);
    // One-by-one, 50 ms × 4 Ps / 5 ns a step would be 40 000 000 steps; in bulk only main's few remain.
    expect(stepsRun).toBeLessThan(1_000);
  });

  it('keeps the event log identical to running every iteration (sysmon preemption, runtime.preemptone)', () => {
    const bulk = eventLog(compile(), 30_000_000);
    const slow = compile();
    rewrite(slow, ({ spin: _spin, ...rest }) => rest);
    const oneByOne = eventLog(slow, 30_000_000);
    expect(oneByOne.some((e) => e.includes('runtime.preemptone'))).toBe(true);
    expect(bulk).toEqual(oneByOne);
  });
});
