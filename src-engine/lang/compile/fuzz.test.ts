/**
 * Property tests: random valid programs compile, run to an end (or Go's deadlock report) within a budget,
 * keep the engine's invariants after every event, and are deterministic. Generated programs of the front
 * end's generator never make the compiler or interpreter fail internally.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGoRun } from '../../sim';
import { checkedRun } from '../../sim/testing/checkedRun';
import { generateProgram } from '../testdata/generate';
import { compileSource } from './index';
import { concurrentProgram } from './testing/concurrentPrograms';
import { outputOf } from './testing/runGo';

const BUDGET = 400_000;

function compile(src: string) {
  const c = compileSource(src);
  if ('diagnostics' in c) throw new Error(`${JSON.stringify(c.diagnostics)}\n${src}`);
  return c.program;
}

describe('random concurrent programs', () => {
  it('end normally or with a Go fatal error/panic, with the engine invariants holding throughout', () => {
    fc.assert(
      fc.property(
        concurrentProgram,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 1000 }),
        (src, procs, seed) => {
          const run = createGoRun(compile(src), { gomaxprocs: procs, seed });
          checkedRun(run, BUDGET, 64);
          const o = outputOf(run);
          expect(run.exit, `did not end:\n${src}`).toBeDefined();
          if (o.exitCode === 0) expect(o.stderr).toBe('');
          else {
            expect(o.exitCode).toBe(2);
            expect(o.stderr).toMatch(
              /^(fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[|panic: send on closed channel\n)/,
            );
          }
          expect(o.stderr).not.toContain('internal error');
        },
      ),
      { numRuns: 40, seed: 20261122 },
    );
  }, 120_000);

  it('are deterministic for a seed', () => {
    fc.assert(
      fc.property(concurrentProgram, fc.integer({ min: 1, max: 4 }), (src, procs) => {
        const prog = compile(src);
        const outs = [0, 1].map(() => {
          const run = createGoRun(prog, { gomaxprocs: procs, seed: 9 });
          run.runToEnd(BUDGET);
          return { ...outputOf(run), events: run.eventCount };
        });
        expect(outs[0]).toEqual(outs[1]);
      }),
      { numRuns: 30, seed: 7 },
    );
  }, 60_000);
});

describe("the front end's random programs", () => {
  it('compile (when they check) and run without internal errors', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const src = generateProgram(seed);
      const c = compileSource(src);
      if ('diagnostics' in c) {
        // Programs the front end rejects are its generator's business; the back end must not add internal errors.
        expect(
          c.diagnostics.some((d) => d.message.startsWith('internal compiler error')),
          src,
        ).toBe(false);
        continue;
      }
      const run = createGoRun(c.program, { gomaxprocs: 2, seed });
      run.runToEnd(200_000);
      expect(outputOf(run).stderr, src).not.toContain('internal error');
    }
  }, 60_000);
});
