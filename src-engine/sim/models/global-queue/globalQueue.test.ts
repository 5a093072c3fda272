import { describe, expect, it } from 'vitest';
import { runMetrics } from '../metrics';
import { ofKind } from '../testing/logQueries';
import { runModel } from '../testing/runModel';
import { cpuAndSyscall, fairness, pingPong } from '../workloads';

describe('M:N with one global queue and sched.lock (Go 1.0, docs/go-scheduler.md §11.4)', () => {
  it('stops scaling as cores grow, while lock wait grows; Go keeps scaling', () => {
    const src = pingPong(100, 20);
    const at = (model: string, cores: number) => runMetrics(runModel(src, model, { cores }).run, cores);
    const g2 = at('global-queue', 2);
    const g8 = at('global-queue', 8);
    expect(g8.lockWaitNs).toBeGreaterThan(5 * g2.lockWaitNs);
    // Four times the cores buy (almost) nothing.
    expect(g8.completionNs).toBeGreaterThan(0.9 * g2.completionNs);
    const go2 = at('go', 2);
    const go8 = at('go', 8);
    expect(go8.completionNs).toBeLessThan(0.7 * go2.completionNs);
  });

  it('queues threads on sched.lock: they show as waiting for the lock', () => {
    const r = runModel(pingPong(50, 10), 'global-queue', { cores: 4 });
    const waits = r.events.filter((e) => e.kind === 'thread.status' && e.to === 'lock');
    expect(waits.length).toBeGreaterThan(10);
    expect(waits.every((e) => (e.arg ?? 0) > 0)).toBe(true);
  });

  it('takes sched.lock on every go, wake-up and schedule', () => {
    const r = runModel(pingPong(5, 3), 'global-queue', { cores: 2 });
    const toQueue = r.events.filter((e) => e.kind === 'g.move' && e.to === 'globrunq' && e.m !== undefined);
    const fromQueue = r.events.filter((e) => e.kind === 'g.move' && e.from === 'globrunq');
    expect(ofKind(r.events, 'lock.acquire').length).toBeGreaterThanOrEqual(toQueue.length + fromQueue.length);
  });

  it('never preempts: a CPU hog starves the others on one core', () => {
    const r = runModel(fairness(20, 3), 'global-queue', { cores: 1 });
    expect(runMetrics(r.run, 1).worstRunnableWaitNs).toBeGreaterThanOrEqual(20_000_000);
  });

  it('hands the CPU slot to another thread around a syscall, so the thread count churns', () => {
    const r = runModel(cpuAndSyscall(4, 3, 2), 'global-queue', { cores: 4 });
    expect(r.stdout).toBe('syscall returned\nall done\n');
    expect(runMetrics(r.run, 4).threadsCreated).toBeGreaterThanOrEqual(5);
  });
});
