import { describe, expect, it } from 'vitest';
import { compileSource } from '../../lang/compile';
import { pingPong } from '../../sim/models/workloads';
import { ComparisonRuns, rowsToCsv } from './ComparisonRuns';

function program(src: string) {
  const c = compileSource(src, 'main.go');
  if ('diagnostics' in c) throw new Error('compile');
  return c.program;
}

describe('ComparisonRuns', () => {
  it('holds every run at the same virtual time, forward and back', () => {
    const cmp = new ComparisonRuns(program(pingPong(20, 5)), ['n-to-1', 'global-queue', 'go'], 4, 1);
    cmp.at(50_000);
    for (const p of cmp.panes()) expect(p.view.t).toBeLessThanOrEqual(50_000);
    const forward = cmp.panes().map((p) => p.view);
    cmp.at(200_000);
    cmp.at(50_000);
    expect(cmp.panes().map((p) => p.view)).toEqual(forward);
  });

  it('runToEnd: every model to its end, then any moment is the same as reached going forward', () => {
    const models = ['n-to-1', 'thread-pool', 'go'] as const;
    const fresh = new ComparisonRuns(program(pingPong(20, 5)), models, 4, 1);
    const ended = new ComparisonRuns(program(pingPong(20, 5)), models, 4, 1);
    const { endNs, cut } = ended.runToEnd(1_000_000);
    expect(cut).toBe(false);
    expect(ended.allEnded).toBe(true);
    expect(endNs).toBe(Math.max(...ended.panes().map((p) => p.exit!.t)));
    for (const t of [0, Math.round(endNs / 3), endNs]) {
      fresh.at(t);
      ended.at(t);
      expect(ended.panes()).toEqual(fresh.panes());
    }
  });

  it('runs to the end and measures each model the same way', () => {
    const cmp = new ComparisonRuns(program(pingPong(20, 5)), ['n-to-1', 'one-to-one', 'go'], 2, 1);
    for (let t = 0; !cmp.allEnded; t += 1_000_000) cmp.at(t);
    const rows = cmp.rows();
    expect(rows.map((r) => r.model)).toEqual(['n-to-1', 'one-to-one', 'go']);
    expect(rows.every((r) => r.ended)).toBe(true);
    expect(rows[0]?.threadsCreated).toBe(1);
    expect(rows[1]?.threadsCreated).toBe(41);
    for (const p of cmp.panes()) expect(p.output).toBe('pairs done: 20\n');
  });

  it('exports the table as CSV with one row per model', () => {
    const cmp = new ComparisonRuns(program(pingPong(2, 2)), ['n-to-1', 'go'], 2, 1);
    cmp.at(10_000_000);
    const csv = rowsToCsv(cmp.rows()).split('\r\n');
    expect(csv[0]).toBe(
      'model,name,ended,completion_ns,cpu_utilisation_per_core,context_switches,switch_cost_ns,threads_created,peak_stack_bytes,lock_wait_ns,steal_probes,worst_runnable_wait_ns',
    );
    expect(csv[1]).toMatch(/^n-to-1,N:1 \(green threads on one OS thread\),true,\d+,[\d.]+;0\.000,/);
    expect(csv[2]).toMatch(/^go,/);
    expect(csv[2]?.split(',')[10]).toBe('');
  });

  it('refuses fewer than two or more than six models', () => {
    const p = program(pingPong(1, 1));
    expect(() => new ComparisonRuns(p, ['go'], 1, 1)).toThrow(/compare 2 to 6 models/);
    expect(() => new ComparisonRuns(p, ['go', 'go'], 1, 1)).toThrow(/once/);
  });
});
