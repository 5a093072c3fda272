import { describe, expect, it } from 'vitest';
import { runMetrics } from '../metrics';
import { ofKind } from '../testing/logQueries';
import { runModel } from '../testing/runModel';
import { cpuAndSyscall, fairness } from '../workloads';

/** Four senders are submitted before the one receiver they need. */
const SENDERS_FIRST = `package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	for i := 0; i < 4; i++ {
		go func() { ch <- 1 }()
	}
	go func() {
		for i := 0; i < 4; i++ {
			<-ch
		}
		done <- true
	}()
	<-done
	fmt.Println("received 4")
}
`;

describe('thread pool with one shared queue (docs/go-scheduler.md §11.3)', () => {
  it('deadlocks when every worker blocks on a task queued behind it', () => {
    const r = runModel(SENDERS_FIRST, 'thread-pool', { cores: 4, modelSettings: { poolWorkers: 4 } });
    expect(r.run.exit?.code).toBe(2);
    expect(r.stderr).toBe(
      'fatal error: thread pool deadlock: all 4 workers are blocked and 1 task(s) wait in the pool queue behind them\n',
    );
    // The same program is fine with one more worker, and under Go.
    expect(
      runModel(SENDERS_FIRST, 'thread-pool', { cores: 4, modelSettings: { poolWorkers: 5 } }).stdout,
    ).toBe('received 4\n');
    expect(runModel(SENDERS_FIRST, 'go', { cores: 4 }).stdout).toBe('received 4\n');
  });

  it('loses a worker to a blocking syscall: queued work waits for it', () => {
    const src = cpuAndSyscall(4, 2, 5);
    const pool = runMetrics(runModel(src, 'thread-pool', { cores: 4 }).run, 4);
    const oneToOne = runMetrics(runModel(src, 'one-to-one', { cores: 4 }).run, 4);
    // With 4 workers, one stuck in the 5 ms call, the 4th CPU task waits for a worker to finish its 2 ms.
    expect(pool.worstRunnableWaitNs).toBeGreaterThanOrEqual(1_500_000);
    expect(pool.completionNs).toBeGreaterThan(oneToOne.completionNs);
  });

  it('never preempts: a long task keeps its worker and the others wait', () => {
    const r = runModel(fairness(20, 3), 'thread-pool', { cores: 1, modelSettings: { poolWorkers: 1 } });
    expect(runMetrics(r.run, 1).worstRunnableWaitNs).toBeGreaterThanOrEqual(20_000_000);
  });

  it('takes the queue lock for every submit and every take', () => {
    const r = runModel(SENDERS_FIRST, 'thread-pool', { cores: 4, modelSettings: { poolWorkers: 5 } });
    const locks = ofKind(r.events, 'lock.acquire');
    const submits = locks.filter((e) => e.fn === 'pool.submit');
    expect(submits.length).toBe(5);
    expect(
      locks.filter((e) => e.fn === 'pool: worker take'.replace(': worker', ' worker:')).length,
    ).toBeGreaterThanOrEqual(5);
  });
});
