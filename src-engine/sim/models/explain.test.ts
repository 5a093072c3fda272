/**
 * Every event of every historical model is explained in one specific sentence, from the model's registered
 * table: each kind × each reason the model declares (kernel and policy reason books), and every event the
 * models actually emit on the conformance corpus and the §11.7 workloads (so an undeclared reason fails too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SchedEvent } from '../events';
import { MODEL_IDS, type ModelId } from './catalog';
import { modelEventDeclaration } from './registry';
import { runModel } from './testing/runModel';
import { blockingIO, cpuAndSyscall, fairness, pingPong } from './workloads';
import type { ModelRun } from './kernel/ModelRun';

const HISTORICAL = MODEL_IDS.filter((m): m is Exclude<ModelId, 'go'> => m !== 'go');
const CASES = resolve(import.meta.dirname, '../../../conformance/cases');

const event = (kind: string, reason: string, fn = 'kernel: schedule'): SchedEvent => ({
  seq: 0,
  t: 0,
  kind,
  g: 7,
  p: 1,
  m: 3,
  from: 'ready(T3)',
  to: 'running(T3)',
  reason,
  fn,
  arg: 1,
});

describe('historical models explain their events (one table per model, registered with it)', () => {
  it.each(HISTORICAL)('%s: every declared kind × declared reason gets a specific sentence', (id) => {
    const d = modelEventDeclaration(id);
    expect(d.kinds.length).toBeGreaterThanOrEqual(10);
    expect(d.reasons.length).toBeGreaterThan(30);
    const missing: string[] = [];
    for (const kind of d.kinds) {
      if (d.freeReasonKinds.includes(kind)) {
        for (const fn of ['runtime.main', 'runtime.fatal', 'os.(*File).Write'])
          if (!d.explainer.explain(event(kind, 'free text', fn)).specific) missing.push(`${kind} ${fn}`);
        continue;
      }
      for (const reason of [...d.reasons, ...d.families.map((f) => `${f} 12`)]) {
        const x = d.explainer.explain(event(kind, reason));
        if (!x.specific) missing.push(`${kind} / ${reason}`);
        expect(x.text).toMatch(/^[A-Z].*\(kernel: schedule\): .+\.$/);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(HISTORICAL)('%s: the table explains nothing the model does not declare (no stale rows)', (id) => {
    const d = modelEventDeclaration(id);
    const declared = new Set([...d.reasons, ...d.families]);
    const t = d.explainer.table;
    expect(Object.keys(t.why).filter((r) => !declared.has(r))).toEqual([]);
    expect(Object.keys(t.what).sort()).toEqual([...d.kinds].sort());
  });

  it('a missing reason is reported as generic, not silently explained', () => {
    const d = modelEventDeclaration('thread-pool');
    const x = d.explainer.explain(event('g.move', 'a reason nobody declared'));
    expect(x.specific).toBe(false);
    expect(x.text).toBe('G7 moves from T3, waiting with it for a core to running on T3 (kernel: schedule).');
  });

  it('sentences speak each model’s terms: the round robin, the pool’s queue, sched.lock, a frozen N:1 thread', () => {
    const why = (id: Exclude<ModelId, 'go'>, reason: string) =>
      modelEventDeclaration(id).explainer.whyOfReason(reason) ?? '';
    expect(why('os-threads', 'time slice used up: preempted by the kernel')).toContain('round robin');
    expect(why('thread-pool', 'task submitted to the pool queue')).toContain('shared task queue');
    expect(why('global-queue', 'waits for the scheduler lock')).toContain('sched.lock');
    expect(why('n-to-1', 'blocking system call: the thread is in the kernel')).toContain(
      'every task is frozen',
    );
    expect(why('per-thread-queues', 'probe T5')).toContain('probes grow with the number of threads');
    expect(why('per-thread-queues', 'blocking system call: the thread is in the kernel')).toContain(
      'stranded',
    );
  });

  it.each(HISTORICAL)(
    '%s: every event it emits on the conformance corpus and the §11.7 workloads is declared and explained specifically',
    (id) => {
      const d = modelEventDeclaration(id);
      const declared = (e: SchedEvent) =>
        d.freeReasonKinds.includes(e.kind) ||
        d.reasons.includes(e.reason) ||
        d.families.some((f) => e.reason.startsWith(f));
      const sources = [pingPong(4, 3), cpuAndSyscall(3, 4, 2), blockingIO(6, 1), fairness(6, 3)];
      for (const c of readdirSync(CASES))
        try {
          sources.push(readFileSync(`${CASES}/${c}/main.go`, 'utf8'));
        } catch {
          // not a case directory
        }
      expect(sources.length).toBeGreaterThan(60);
      const bad = new Map<string, string>();
      let events = 0;
      for (const src of sources) {
        let r;
        try {
          r = runModel(
            src,
            id,
            { cores: 2, ...(id === 'thread-pool' ? { modelSettings: { poolWorkers: 4 } } : {}) },
            3_000,
          );
        } catch {
          continue; // a program this engine refuses before running (compile errors are the language's tests)
        }
        const run = r.run as unknown as ModelRun;
        for (const e of r.events) {
          events++;
          const x = d.explainer.explain(e);
          if (!declared(e) || !x.specific) bad.set(`${e.kind} / ${e.reason} / ${e.fn}`, x.text);
          else if (events % 97 === 0) expect(run.explain(e)).toBe(x.text);
        }
      }
      expect(events).toBeGreaterThan(5_000);
      expect([...bad.entries()]).toEqual([]);
    },
    120_000,
  );
});
