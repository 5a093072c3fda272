import { beforeAll, describe, expect, it } from 'vitest';
import type { SchedEvent } from '../events';
import { registeredNames } from '../core/names';
import { corpusRuns, indexedRun, type CorpusRun } from '../insight/testing/corpusRuns';
import { EXPLAINED_KINDS, explain, explainEvent, explainText } from './explain';
import { EVENT_KINDS } from './kinds';
import { RULES } from './rules';
import { KERNEL_REASONS } from '../models/kernel/reasons';

const KINDS = EVENT_KINDS.map((k) => k.kind);

let runs: CorpusRun[];
beforeAll(() => {
  runs = corpusRuns();
}, 120_000);

describe('explain (one sentence per event: what, the runtime function and its rule)', () => {
  it('gives a specific sentence for every event of every conformance case and lesson', () => {
    const generic = new Map<string, string>();
    const kinds = new Set<string>();
    for (const { name, run, index } of runs) {
      for (let i = 0; i < run.eventCount; i++) {
        const e = run.event(i);
        kinds.add(e.kind);
        const x = explainEvent(e, { creator: index.creator.get(i) });
        if (!x.specific) generic.set(`${e.kind} ${e.fn} ${e.reason}`, `${name}#${i}: ${x.text}`);
        expect(x.text).toMatch(/^[A-Z].*\.$/);
        expect(x.text).toContain(`(${e.fn})`);
      }
    }
    expect([...generic.values()]).toEqual([]);
    // The corpus covers nearly every kind; the rest are checked one by one below.
    expect(kinds.size).toBeGreaterThanOrEqual(15);
    for (const k of kinds) expect(KINDS).toContain(k);
  });

  it('has a rule for every runtime function the engine registers', () => {
    // The historical models' reasons include Go wait reasons ("sync.WaitGroup.Wait"): they are explained by
    // the models' own tables (models/explain.test.ts), not by the Go engine's rules.
    const modelReasons = new Set(KERNEL_REASONS.texts);
    const fns = registeredNames().filter(
      (s) => /^(runtime|sync|time|os)\.[\w().*]+$/.test(s) && !modelReasons.has(s),
    );
    expect(fns.length).toBeGreaterThan(40);
    const missing = fns.filter(
      (fn) => !Object.keys(RULES).some((k) => k === fn || k.startsWith(`${fn}|`) || k.endsWith(`|${fn}`)),
    );
    expect(missing).toEqual([]);
  });

  it.each(KINDS)('describes kind %s specifically', (kind) => {
    const e: SchedEvent = {
      seq: 0,
      t: 0,
      kind,
      g: 5,
      p: 0,
      m: 1,
      from: 'running(P0)',
      to: 'runq(P0)',
      reason: 'x',
      fn: 'runtime.execute',
      arg: 1,
    };
    expect(explainEvent(e).specific).toBe(true);
  });

  it('has a precompiled template for exactly the kinds the engine emits', () => {
    expect([...EXPLAINED_KINDS].sort()).toEqual([...KINDS].sort());
  });

  it('explainText(e, creator) is explain(e, {creator}) without a context object', () => {
    for (const { run, index } of runs.slice(0, 5))
      for (let i = 0; i < run.eventCount; i++) {
        const e = run.event(i);
        expect(explainText(e, index.creator.get(i))).toBe(explain(e, { creator: index.creator.get(i) }));
      }
    const e: SchedEvent = { seq: 0, t: 0, kind: 'g.create', g: 9, p: 2, reason: 'x', fn: 'runtime.newproc' };
    expect(explainText(e, -1)).toBe(explain(e));
    expect(explainText(e, 3)).toMatch(/^G9 is created by G3 on P2 /);
  });

  it('falls back to a generic sentence for an unknown kind or function (and says so)', () => {
    const e: SchedEvent = { seq: 0, t: 0, kind: 'mystery', reason: 'why', fn: 'runtime.nothing' };
    expect(explainEvent(e)).toEqual({ text: 'Mystery: why (runtime.nothing).', specific: false });
  });

  it('runtime.newproc: the new G goes to its creator’s runnext; the displaced one to the ring tail (runqput)', () => {
    const r = indexedRun(
      'newproc',
      'package main\n\nfunc main() {\n\tgo func() {}()\n\tgo func() {}()\n}\n',
      1,
    );
    const lines: string[] = [];
    for (let i = 0; i < r.run.eventCount; i++) {
      const e = r.run.event(i);
      if (e.fn === 'runtime.newproc' || e.fn === 'runtime.runqput')
        lines.push(explain(e, { creator: r.index.creator.get(i) }));
    }
    expect(lines).toContain(
      "G7, created by G1 (main), goes to P0's runnext (runtime.newproc): " + RULES['runtime.newproc'] + '.',
    );
    expect(
      lines.some((l) =>
        l.startsWith(
          "G6, which was in P0's runnext, moves to the tail of P0's local run queue (runtime.runqput)",
        ),
      ),
    ).toBe(true);
  });
});
