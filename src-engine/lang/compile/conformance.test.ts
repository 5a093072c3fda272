/**
 * Runs every case of the conformance corpus through the compiler and the engine (GOMAXPROCS from the case,
 * seed 1) and compares with the output recorded from real Go. Known failures are listed, strictly.
 */
import { describe, expect, it } from 'vitest';
import { compareOutput, loadCorpus } from '../../../conformance/corpus';
import { createGoRun } from '../../sim';
import { formatDiagnostic } from '../diagnostics';
import { compileSource } from './index';
import { KNOWN_FAILURES } from './knownFailures';
import { outputOf } from './testing/runGo';

/** Events a case may take before it counts as hanging. */
const MAX_EVENTS = 20_000_000;

function problemsOf(c: ReturnType<typeof loadCorpus>[number]): string[] {
  const compiled = compileSource(c.source, 'main.go');
  if ('diagnostics' in compiled)
    return compiled.diagnostics.map((d) => `does not compile: ${formatDiagnostic(d)}`);
  const run = createGoRun(compiled.program, { gomaxprocs: c.config.gomaxprocs, seed: 1 });
  run.runToEnd(MAX_EVENTS);
  if (run.exit === undefined) return [`did not end within ${MAX_EVENTS} events`];
  return compareOutput(c.expected as NonNullable<typeof c.expected>, outputOf(run), c.config.compare)
    .problems;
}

const cases = loadCorpus();

describe('conformance corpus', () => {
  it('has cases, and every known failure names a case of the corpus', () => {
    expect(cases.length).toBeGreaterThan(0);
    const names = new Set(cases.map((c) => c.name));
    for (const name of Object.keys(KNOWN_FAILURES))
      expect(names, `stale known failure ${name}`).toContain(name);
  });

  for (const c of cases) {
    if (c.expected === undefined) {
      it.skip(`${c.name} (not recorded from real Go yet)`, () => undefined);
      continue;
    }
    const known = KNOWN_FAILURES[c.name];
    it(`${c.name}${known ? ' (known failure)' : ''}`, () => {
      const problems = problemsOf(c);
      if (known === undefined) expect(problems, `${c.name}: ${c.config.title}`).toEqual([]);
      else
        expect(problems.length, `${c.name} passes now: remove it from knownFailures.ts`).toBeGreaterThan(0);
    });
  }
});
