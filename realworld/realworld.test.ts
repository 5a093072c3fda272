/**
 * Runs every real-world program on the engine (GOMAXPROCS=1, seed 1) against what real Go 1.23
 * printed. A program either prints what real Go printed (exactly, or by its lines when real Go
 * itself varies) or is refused with one located message naming the construct; one that runs and
 * prints something else fails (unless listed in knownDifferences.ts, then `it.fails`). The status
 * of each program is a ratchet (`status.json`); `GOSCHED_UPDATE_CORPUS=1` rewrites it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LICENCES, loadRealWorld } from './corpus';
import { KNOWN_DIFFERENCES } from './knownDifferences';
import { differences, isLocated, outcomeOf, type Outcome } from './outcome';
import { readStatus, writeStatus, type StatusFile } from './status';
import { summarise } from './summary';

const programs = loadRealWorld();
const recorded = readStatus();
const update = process.env.GOSCHED_UPDATE_CORPUS === '1';
const outcomes = new Map<string, Outcome>();

describe('real-world corpus', () => {
  it('has at least 100 programs, each recorded from real Go, with a known licence', () => {
    expect(programs.length).toBeGreaterThanOrEqual(100);
    expect(programs.filter((p) => p.expected === undefined).map((p) => p.id)).toEqual([]);
    expect(programs.filter((p) => !LICENCES.includes(p.origin.licence)).map((p) => p.id)).toEqual([]);
  });

  it('keeps a status for exactly the programs of the corpus that do not differ', () => {
    if (update) return;
    // A program that prints something else has no status: it was never accepted nor refused.
    const expected = programs.map((p) => p.id).filter((id) => KNOWN_DIFFERENCES[id] === undefined);
    expect(Object.keys(recorded).sort()).toEqual(expected);
  });

  it('compares outputs by the recorded mode', () => {
    const base = { stderrHead: [], exitCode: 0, goVersion: 'go1.23.0', gomaxprocs: 1 as const, runs: 10 };
    const run = { stdout: 'b\na\na\n', stderr: '', exitCode: 0 };
    expect(differences({ ...base, compare: 'exact', stdout: 'b\na\na\n' }, run)).toEqual([]);
    expect(differences({ ...base, compare: 'exact', stdout: 'a\na\nb\n' }, run)).toHaveLength(1);
    expect(differences({ ...base, compare: 'lines', stdout: 'a\na\nb\n' }, run)).toEqual([]);
    expect(differences({ ...base, compare: 'lines', stdout: 'a\nb\n' }, run)).toHaveLength(1);
    expect(differences({ ...base, compare: 'line-set', stdout: 'a\nb\n' }, run)).toEqual([]);
    expect(differences({ ...base, compare: 'line-set', stdout: 'a\nb\nc\n' }, run)).toHaveLength(1);
    expect(differences({ ...base, compare: 'exact', stdout: 'b\na\na\n', exitCode: 2 }, run)).toHaveLength(1);
  });

  for (const p of programs) {
    const known = KNOWN_DIFFERENCES[p.id];
    const test = known === undefined ? it : it.fails;
    test(`${p.id}${known === undefined ? '' : ` (known difference: ${known})`}`, () => {
      const outcome = outcomeOf(p);
      outcomes.set(p.id, outcome);
      expect(outcome.problems ?? [], `${p.id} runs and prints something other than real Go`).toEqual([]);
      expect(outcome.status).not.toBe('differs');
      if (outcome.status === 'refused') expect(isLocated(outcome.message ?? ''), outcome.message).toBe(true);
      if (!update)
        expect(
          outcome.status,
          `${p.id}: status changed from ${recorded[p.id]?.status ?? 'none'} (${outcome.message ?? 'runs'}); ` +
            'if intended, GOSCHED_UPDATE_CORPUS=1 npx vitest run realworld',
        ).toBe(recorded[p.id]?.status);
    });
  }

  afterAll(() => {
    if (outcomes.size !== programs.length) return;
    console.log(summarise(programs, outcomes));
    if (!update) return;
    const next: StatusFile = {};
    for (const p of programs) {
      const o = outcomes.get(p.id);
      // A program that prints something else is never written as accepted: it keeps its old status.
      if (o === undefined || o.status === 'differs') {
        const old = recorded[p.id];
        if (old !== undefined) next[p.id] = old;
        continue;
      }
      next[p.id] = o.status === 'refused' ? { status: 'refused', message: o.message } : { status: 'matches' };
    }
    writeStatus(next);
  });
});
