/**
 * A program that runs forever without producing scheduler events (`for {}`, a yield loop that nobody else can
 * use) must not hang a historical model's run: the kernel's slice tick records that the thread keeps its core
 * (cpu.ts `sliceEnd`), so virtual time visibly advances, and every ModelRun call is bounded.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileSource } from '../../../lang/compile';
import { MODEL_IDS } from '../catalog';
import { createModelRun, type RunnableModel } from '../registry';
import type { ModelRunConfig } from '../registry';

const SLICE_NS = 4_000_000;
const HISTORICAL = MODEL_IDS.filter((m) => m !== 'go');

const SPIN = 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n';
const YIELD_LOOP =
  'package main\n\nimport "runtime"\n\nfunc main() {\n\tfor {\n\t\truntime.Gosched()\n\t}\n}\n';
/** Conformance case 62: under a pool of 2 workers, two cond.Wait waiters hold both workers and main spins. */
const COND_CASE = readFileSync(
  `${__dirname}/../../../../conformance/cases/62-cond-notify-order/main.go`,
  'utf8',
);

function start(src: string, model: string, cfg: Partial<ModelRunConfig> = {}): RunnableModel {
  const c = compileSource(src, 'main.go');
  if ('diagnostics' in c) throw new Error(c.diagnostics.map((d) => d.message).join('\n'));
  return createModelRun(model, c.program, { cores: 1, seed: 1, ...cfg });
}

/** Fails (instead of hanging) when the run records nothing while its virtual time moves on. */
function expectEventsWithin(run: RunnableModel, tNs: number): void {
  run.runUntil(tNs);
  expect(run.exit).toBeUndefined();
  expect(run.now).toBeGreaterThan(tNs - 2 * SLICE_NS);
}

const LOOPS: [string, string, Partial<ModelRunConfig>][] = [
  ['for {}', SPIN, {}],
  ['a runtime.Gosched() loop', YIELD_LOOP, {}],
];
/** The pool's livelock: only the pool strands the other tasks (every other model runs case 62 to its end). */
const POOL_LIVELOCK: [string, string, Partial<ModelRunConfig>][] = [
  ['the cond livelock of case 62 on 2 cores', COND_CASE, { cores: 2 }],
];

describe.each([...HISTORICAL.map((m) => [m, LOOPS] as const), ['thread-pool', POOL_LIVELOCK] as const])(
  'a loop that never blocks, under %s',
  (model, CASES) => {
    test.each(CASES)('%s: the slice tick records that the thread keeps its core', (_, src, cfg) => {
      const run = start(src, model, cfg);
      expectEventsWithin(run, 10 * SLICE_NS);
      const last = run.event(run.eventCount - 1);
      expect(last.kind).toBe('thread.status');
      expect(last.reason).toMatch(/^time slice renewed: no other thread waits for core \d+$/);
      expect(last.from).toBe('running');
      expect(last.to).toBe('running');
    });

    test.each(CASES)('%s: step() returns events and virtual time advances', (_, src, cfg) => {
      const run = start(src, model, cfg);
      expectEventsWithin(run, 3 * SLICE_NS);
      let t = run.now;
      for (let i = 0; i < 5; i++) {
        let e = run.step();
        while (e !== undefined && e.t === t) e = run.step();
        expect(e).toBeDefined();
        expect(e?.t).toBeGreaterThan(t);
        expect(e?.t).toBeLessThanOrEqual(t + SLICE_NS);
        t = run.now;
      }
    });

    test.each(CASES)('%s: runToEnd(maxEvents) returns at the budget', (_, src, cfg) => {
      const run = start(src, model, cfg);
      expectEventsWithin(run, 3 * SLICE_NS);
      run.runToEnd(run.eventCount + 50);
      expect(run.exit).toBeUndefined();
      expect(run.eventCount).toBeGreaterThanOrEqual(50);
    });

    test('seekToEvent past the recorded end simulates up to it', () => {
      const run = start(SPIN, model);
      expectEventsWithin(run, 3 * SLICE_NS);
      run.seekToEvent(run.eventCount + 100);
      expect(run.view()).toBeDefined();
      expect(run.now).toBeGreaterThanOrEqual(90 * SLICE_NS);
    });
  },
);

describe.each(HISTORICAL)('ModelRun.runUntil(tNs, maxEvents) under %s', (model) => {
  test('stops at the event budget while simulating, with the time before tNs', () => {
    const run = start(SPIN, model);
    run.runUntil(1e9, 10);
    expect(run.eventCount).toBeGreaterThanOrEqual(10);
    expect(run.eventCount).toBeLessThan(20);
    expect(run.now).toBeLessThan(1e9);
    const n = run.eventCount;
    run.runUntil(1e9, 10);
    expect(run.eventCount).toBeGreaterThan(n);
  });

  test('stops at the event budget while replaying recorded events', () => {
    const run = start(SPIN, model);
    run.runUntil(40 * SLICE_NS);
    const recorded = run.eventCount;
    expect(recorded).toBeGreaterThan(30);
    run.seekToEvent(-1);
    run.runUntil(40 * SLICE_NS, 7);
    expect(run.eventCount).toBe(7);
    run.runUntil(40 * SLICE_NS);
    expect(run.eventCount).toBe(recorded);
  });
});
