import { describe, expect, it } from 'vitest';
import { runMetrics } from '../metrics';
import { first, ofKind, runs } from '../testing/logQueries';
import { runModel } from '../testing/runModel';
import { cpuAndSyscall } from '../workloads';

/** `n` goroutines parked on a gate at the same time, then released. */
const gate = (n: number) => `package main

import (
	"fmt"
	"sync"
)

func main() {
	var started, done sync.WaitGroup
	gate := make(chan bool)
	for i := 0; i < ${n}; i++ {
		started.Add(1)
		done.Add(1)
		go func() {
			started.Done()
			<-gate
			done.Done()
		}()
	}
	started.Wait()
	close(gate)
	done.Wait()
	fmt.Println("all", ${n})
}
`;

const HOGS = `package main

import (
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			work(10 * time.Millisecond)
			wg.Done()
		}()
	}
	wg.Wait()
}
`;

describe('1:1 (docs/go-scheduler.md §11.2)', () => {
  it('gives every goroutine its own kernel thread, created at kernel prices', () => {
    const r = runModel(gate(20), 'one-to-one', { cores: 4 });
    expect(r.stdout).toBe('all 20\n');
    const m = runMetrics(r.run, 4);
    expect(m.threadsCreated).toBe(21);
    // main pays threadCreateNs (50 µs) for each of the 20 threads it starts.
    expect(m.completionNs).toBeGreaterThanOrEqual(20 * 50_000);
  });

  it('reserves a full thread stack per goroutine', () => {
    const r = runModel(gate(100), 'one-to-one', { cores: 4 });
    expect(runMetrics(r.run, 4).peakStackBytes).toBe(101 * 8 * 1024 * 1024);
  });

  it('ends the program like Go’s thread exhaustion beyond maxThreads', () => {
    const r = runModel(gate(20), 'one-to-one', { cores: 4, modelSettings: { maxThreads: 10 } });
    expect(r.run.exit?.code).toBe(2);
    expect(r.stderr).toContain('runtime: program exceeds 10-thread limit\nfatal error: thread exhaustion');
  });

  it('time-slices threads over the cores, round robin', () => {
    const r = runModel(HOGS, 'one-to-one', { cores: 1, modelSettings: { timeSliceNs: 1_000_000 } });
    const slices = r.events.filter((e) => e.kind === 'thread.status' && e.reason.startsWith('time slice'));
    expect(slices.length).toBeGreaterThan(20);
    // Round robin: the threads that lose the core come in turn T1, T2, T3, T1, …
    const order = slices.slice(0, 6).map((e) => e.m);
    expect(order).toEqual([1, 2, 3, 1, 2, 3]);
  });

  it('switches through the kernel at threadSwitchNs, not at goroutine prices', () => {
    const r = runModel(HOGS, 'one-to-one', { cores: 1, modelSettings: { timeSliceNs: 1_000_000 } });
    const sw = ofKind(r.events, 'core.switch');
    expect(sw.length).toBeGreaterThan(20);
    expect(sw.every((e) => e.arg === 2_000)).toBe(true);
    expect(ofKind(r.events, 'task.switch')).toEqual([]);
  });

  it('blocks only the calling thread in a blocking syscall', () => {
    const r = runModel(cpuAndSyscall(2, 4, 3), 'one-to-one', { cores: 2 });
    const enter = first(r.events, (e) => e.kind === 'g.move' && (e.to ?? '').startsWith('syscall('));
    const exit = first(r.events, (e) => e.kind === 'g.move' && (e.from ?? '').startsWith('syscall('));
    expect(runs(r.events).filter((e) => e.seq > enter.seq && e.seq < exit.seq).length).toBeGreaterThan(0);
    expect(r.stdout).toBe('syscall returned\nall done\n');
  });
});
