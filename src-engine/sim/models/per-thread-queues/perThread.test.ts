import { describe, expect, it } from 'vitest';
import { runMetrics } from '../metrics';
import { first, maxRunnableThreads } from '../testing/logQueries';
import { runModel } from '../testing/runModel';
import { blockingIO } from '../workloads';

/** Main queues three goroutines on its own thread, then blocks in a syscall. */
const STRANDED = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			work(50 * time.Microsecond)
			wg.Done()
		}()
	}
	blockingSyscall(2 * time.Millisecond)
	wg.Wait()
	fmt.Println("done")
}
`;

describe('per-thread queues with stealing, no P (docs/go-scheduler.md §11.5)', () => {
  it('strands a thread’s queue while it is in a syscall, until another thread steals it', () => {
    const r = runModel(STRANDED, 'per-thread-queues', { cores: 1 });
    expect(r.stdout).toBe('done\n');
    const enter = first(r.events, (e) => e.kind === 'g.move' && e.to === 'syscall(T0)');
    const leaving = r.events.filter((e) => e.kind === 'g.move' && e.from === 'runq(T0)' && e.seq > enter.seq);
    expect(leaving.length).toBeGreaterThan(0);
    // The stranded goroutines leave T0's queue only by being stolen, and only after a thief was started.
    expect(leaving.every((e) => e.fn === 'steal (scan every thread)')).toBe(true);
    const created = first(r.events, (e) => e.kind === 'thread.create' && e.seq > enter.seq);
    expect((leaving[0] as { t: number }).t - created.t).toBeGreaterThanOrEqual(50_000);
  });

  it('probes more queues as the thread count grows, not the core count', () => {
    const probes = (n: number) =>
      runMetrics(runModel(blockingIO(n, 2), 'per-thread-queues', { cores: 4 }).run, 4);
    const small = probes(20);
    const big = probes(200);
    expect(big.threadsCreated).toBeGreaterThan(3 * small.threadsCreated);
    expect(big.stealProbes ?? 0).toBeGreaterThan(10 * (small.stealProbes ?? 0));
  });

  it('lets more threads than cores run program code (the kernel then time-slices them)', () => {
    const r = runModel(blockingIO(60, 2, 1000), 'per-thread-queues', { cores: 4 });
    expect(maxRunnableThreads(r.events)).toBeGreaterThan(4);
  });
});
