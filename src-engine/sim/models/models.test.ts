/** What holds for every model: the same program runs under each, runs are deterministic and seekable. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../lang/compile';
import { readScenario } from '../../protocol/scenarioFile';
import { MODEL_IDS } from './catalog';
import type { ModelRun } from './kernel/ModelRun';
import { foldToView } from './kernel/view';
import { createModelRun, ModelSettingsError } from './registry';
import { runModel } from './testing/runModel';
import { blockingIO, cpuAndSyscall, fairness, pingPong } from './workloads';

const HISTORICAL = MODEL_IDS.filter((m) => m !== 'go');
const LESSONS = resolve(import.meta.dirname, '../../../lessons');

function lessonPrograms(): { name: string; program: string; cores: number }[] {
  const out: { name: string; program: string; cores: number }[] = [];
  for (const dir of readdirSync(LESSONS).filter((d) => /^\d\d-/.test(d))) {
    for (const f of readdirSync(join(LESSONS, dir)).filter((x) => x.endsWith('.gosched'))) {
      const r = readScenario(readFileSync(join(LESSONS, dir, f), 'utf8'), f);
      if (r.ok && r.scenario.settings.model === 'go')
        out.push({ name: `${dir}/${f}`, program: r.scenario.program, cores: r.scenario.settings.cores });
    }
  }
  return out;
}

describe('every model', () => {
  it.each(HISTORICAL)(
    '%s runs every Go lesson program unchanged, ending as Go does or with an honest failure',
    (id) => {
      for (const l of lessonPrograms()) {
        const r = runModel(l.program, id, { cores: l.cores }, 3_000_000);
        const exit = r.run.exit;
        expect(exit, `${l.name} under ${id} did not end`).toBeDefined();
        if (exit?.code !== 0) expect(r.stderr, `${l.name} under ${id}`).toMatch(/^(fatal error|panic): /m);
        // The kernel's thread counts (kept by setThread) agree with a scan of the threads.
        const sim = (r.run as unknown as ModelRun).sim;
        const active = sim.threads.filter((t) => ['running', 'ready', 'lock'].includes(t.state)).length;
        expect([sim.activeThreadCount, sim.idleThreadCount]).toEqual([
          active,
          sim.threads.filter((t) => t.state === 'idle').length,
        ]);
      }
    },
  );

  it.each(HISTORICAL)('%s gives the same event log however the run is chunked', (id) => {
    const src = cpuAndSyscall(3, 2, 1);
    const whole = runModel(src, id, { cores: 2, seed: 3 }).events;
    const c = compileSource(src, 'main.go');
    if ('diagnostics' in c) throw new Error('compile');
    const run = createModelRun(id, c.program, { cores: 2, seed: 3 });
    for (let t = 0; run.exit === undefined; t += 137_000) run.runUntil(t);
    const stepped = [];
    for (let i = 0; i < run.eventCount; i++) stepped.push(run.event(i));
    expect(stepped).toEqual(whole);
  });

  it.each(HISTORICAL)('%s restores the exact view at any event after seeking (keyframes + fold)', (id) => {
    const src = pingPong(30, 10);
    const c = compileSource(src, 'main.go');
    if ('diagnostics' in c) throw new Error('compile');
    const run = createModelRun(id, c.program, { cores: 3, seed: 1, keyframeEvents: 256 });
    run.runToEnd();
    const n = run.eventCount;
    fc.assert(
      fc.property(fc.integer({ min: -1, max: n - 1 }), fc.integer({ min: -1, max: n - 1 }), (a, b) => {
        run.seekToEvent(a);
        run.view();
        run.seekToEvent(b);
        const seeked = run.view();
        const fresh = createModelRun(id, c.program, { cores: 3, seed: 1 });
        fresh.seekToEvent(b);
        expect(seeked).toEqual(fresh.view());
      }),
      { numRuns: 8 },
    );
  });

  it.each(HISTORICAL)('%s keeps every task in exactly one place and every core to one thread', (id) => {
    const r = runModel(blockingIO(12, 1, 200), id, { cores: 2, keyframeEvents: 64 });
    for (let seq = 0; seq < r.run.eventCount; seq += 7) {
      r.run.seekToEvent(seq);
      const v = r.run.view();
      const m = v.model;
      if (m === undefined) throw new Error('no model view');
      const queued = m.queues.flatMap((q) => q.tasks);
      expect(new Set(queued).size).toBe(queued.length);
      for (const q of m.queues)
        for (const g of q.tasks) expect(v.gs.find((x) => x.id === g)?.loc).toBe(q.loc);
      const onCores = m.cores.map((c) => c.thread).filter((t) => t !== null);
      expect(new Set(onCores).size).toBe(onCores.length);
      for (const t of m.threads) if (t.state === 'running') expect(m.cores[t.core ?? -1]?.thread).toBe(t.id);
      for (const g of v.gs)
        if (g.status === '_Grunning') expect(m.threads.some((t) => t.task === g.id)).toBe(true);
    }
  });

  it('views carry the model for the stage, and no P', () => {
    const r = runModel(fairness(2, 1), 'n-to-1', { cores: 2 });
    const v = r.run.view();
    expect(v.ps).toEqual([]);
    expect(v.model?.id).toBe('n-to-1');
    expect(v.model?.name).toBe('N:1 (green threads on one OS thread)');
    expect(foldToView).toBeTypeOf('function');
  });

  it('refuses an unknown model and settings a model cannot take before anything runs', () => {
    const c = compileSource(pingPong(1, 1), 'main.go');
    if ('diagnostics' in c) throw new Error('compile');
    const make = (id: string, modelSettings?: Record<string, number>) => () =>
      createModelRun(id, c.program, { cores: 2, seed: 1, ...(modelSettings ? { modelSettings } : {}) });
    expect(make('m-to-n')).toThrow(/unknown scheduler model "m-to-n"; the models are: os-threads, n-to-1/);
    expect(make('thread-pool', { poolWorkers: 0 })).toThrow(ModelSettingsError);
    expect(make('one-to-one', { maxThreads: 100_000 })).toThrow(
      /maxThreads of model "one-to-one" must be a whole number in 1\.\.32768/,
    );
    expect(make('n-to-1', { lockHoldNs: 5 })).toThrow(/model "n-to-1" has no setting "lockHoldNs"/);
    expect(make('go', { poolWorkers: 2 })).toThrow(/model "go" has no setting "poolWorkers"/);
  });
});
