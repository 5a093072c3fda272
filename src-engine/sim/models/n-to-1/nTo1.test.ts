import { describe, expect, it } from 'vitest';
import { runMetrics } from '../metrics';
import { first, ofKind, runs } from '../testing/logQueries';
import { runModel } from '../testing/runModel';
import { cpuAndSyscall, fairness } from '../workloads';

const SYSCALL_AND_OTHERS = `package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		blockingSyscall(5 * time.Millisecond)
		done <- true
	}()
	go func() {
		for i := 0; i < 3; i++ {
			work(100 * time.Microsecond)
			time.Sleep(time.Microsecond)
		}
		fmt.Println("other finished")
		done <- true
	}()
	<-done
	<-done
}
`;

describe('N:1 (docs/go-scheduler.md §11.1)', () => {
  it('uses only one core, whatever the machine has', () => {
    const r = runModel(cpuAndSyscall(8, 3, 2), 'n-to-1', { cores: 8 });
    const m = runMetrics(r.run, 8);
    expect(r.stdout).toBe('syscall returned\nall done\n');
    expect(m.threadsCreated).toBe(1);
    expect(m.coreUtilisation[0]).toBeGreaterThan(0.5);
    expect(m.coreUtilisation.slice(1).every((u) => u === 0)).toBe(true);
  });

  it('freezes every goroutine while one is in a blocking syscall', () => {
    const r = runModel(SYSCALL_AND_OTHERS, 'n-to-1', { cores: 4 });
    expect(r.stdout).toBe('other finished\n');
    const enter = first(r.events, (e) => e.kind === 'g.move' && e.to === 'syscall(T0)');
    const exit = first(r.events, (e) => e.kind === 'g.move' && e.from === 'syscall(T0)');
    expect(exit.t - enter.t).toBeGreaterThanOrEqual(5_000_000);
    // Nothing runs in between, though the other goroutine is runnable the whole time.
    expect(runs(r.events).filter((e) => e.seq > enter.seq && e.seq < exit.seq)).toEqual([]);
    r.run.seekToEvent(first(r.events, (e) => e.kind === 'thread.status' && e.to === 'syscall').seq);
    const v = r.run.view();
    expect(v.model?.queues.find((q) => q.loc === 'runq(T0)')?.tasks.length).toBeGreaterThan(0);
    expect(v.model?.threads[0]?.state).toBe('syscall');
  });

  it('switches tasks in user space: cheap, and never through the kernel', () => {
    const r = runModel(SYSCALL_AND_OTHERS, 'n-to-1', { cores: 1 });
    expect(ofKind(r.events, 'core.switch')).toEqual([]);
    const sw = ofKind(r.events, 'task.switch');
    expect(sw.length).toBeGreaterThan(3);
    expect(sw.every((e) => e.arg === 150)).toBe(true);
  });

  it('lets a CPU-bound task with no yield point starve all others', () => {
    const r = runModel(fairness(20, 3), 'n-to-1', { cores: 4 });
    // The latency goroutine waits runnable for the whole 20 ms of the hog.
    expect(runMetrics(r.run, 4).worstRunnableWaitNs).toBeGreaterThanOrEqual(20_000_000);
  });

  it('is deterministic: same program and seed, same event log', () => {
    const a = runModel(cpuAndSyscall(3, 2, 1), 'n-to-1', { cores: 2, seed: 5 }).events;
    const b = runModel(cpuAndSyscall(3, 2, 1), 'n-to-1', { cores: 2, seed: 5 }).events;
    expect(b).toEqual(a);
  });
});
