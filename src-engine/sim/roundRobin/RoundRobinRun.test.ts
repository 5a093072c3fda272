import { describe, expect, it } from 'vitest';
import { RoundRobinRun } from './RoundRobinRun';

const settings = { cores: 4, seed: 7, workers: 8, sliceNs: 10_000 };

function drain(run: RoundRobinRun): string[] {
  const out: string[] = [];
  for (let ev = run.step(); ev !== undefined; ev = run.step()) out.push(JSON.stringify(ev));
  return out;
}

describe('RoundRobinRun (walking-skeleton model)', () => {
  it('runs every goroutine to its end and reports exit 0', () => {
    const run = new RoundRobinRun(settings);
    const log = drain(run);
    expect(run.exit?.code).toBe(0);
    const exits = log.filter((l) => l.includes('"g.exit"')).length;
    expect(exits).toBe(1 + settings.workers);
    expect(run.view().gs).toHaveLength(0);
  });

  it('never runs more goroutines at once than there are Ps, and time never goes back', () => {
    const run = new RoundRobinRun({ ...settings, cores: 2 });
    let last = 0;
    for (let ev = run.step(); ev !== undefined; ev = run.step()) {
      expect(ev.t).toBeGreaterThanOrEqual(last);
      last = ev.t;
      const running = run.view().gs.filter((g) => g.status === '_Grunning');
      expect(running.length).toBeLessThanOrEqual(2);
      const onPs = run
        .view()
        .ms.filter((m) => m.g !== null)
        .map((m) => m.g);
      expect(new Set(onPs).size).toBe(onPs.length);
    }
  });

  it('gives the same log for the same seed, and seeking then continuing matches running straight', () => {
    const a = drain(new RoundRobinRun(settings));
    expect(drain(new RoundRobinRun(settings))).toEqual(a);
    const b = new RoundRobinRun(settings);
    b.runUntil(35_000);
    b.seekToEvent(5);
    expect(b.eventCount).toBe(6);
    const rest = drain(b);
    expect(a.slice(6)).toEqual(rest);
  });

  it('shows in view() exactly the events stepped so far', () => {
    const run = new RoundRobinRun(settings);
    run.step();
    const v = run.view();
    expect(v.seq).toBe(0);
    expect(v.gs).toEqual([{ id: 1, status: '_Grunnable', loc: 'globrunq' }]);
    expect(v.globrunq).toEqual([1]);
  });

  it('rejects a core count outside 1–256', () => {
    expect(() => new RoundRobinRun({ ...settings, cores: 0 })).toThrow(/1 to 256/);
    expect(() => new RoundRobinRun({ ...settings, cores: 300 })).toThrow(/1 to 256/);
  });
});

describe('RoundRobinRun P status', () => {
  it('leaves no P running without a goroutine once the program has ended', () => {
    for (const cores of [1, 2, 3, 6, 16]) {
      const run = new RoundRobinRun({ ...settings, cores });
      while (run.step() !== undefined);
      expect(run.view().ps.map((p) => p.status)).toEqual(new Array(cores).fill('_Pidle'));
    }
  });
});
