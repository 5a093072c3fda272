import { describe, expect, it } from 'vitest';
import { runGo } from '../../lang/compile/testing/runGo';
import type { GoRun } from '../GoRun';
import type { SchedEvent } from '../events';
import { DEFAULT_COST_MODEL } from '../costModel';
import { epollSlackNs, futexSleepWakeAt, netpollWakeAt } from './netpollDelay';

const MS = 1_000_000;

function events(run: GoRun): SchedEvent[] {
  return Array.from({ length: run.eventCount }, (_, i) => run.event(i));
}

describe('netpoll sleeps whole milliseconds (runtime.netpoll, netpoll_epoll.go)', () => {
  it('a delay under 1 ms sleeps 1 ms; a longer one is truncated to whole ms; 0 or less does not sleep', () => {
    expect(netpollWakeAt(5_000, 5_000 + 1, 0, 0)).toBe(5_000 + MS + 1_000); // + 0.1 % slack
    expect(netpollWakeAt(5_000, 5_000 + 999_999, 0, 0)).toBe(5_000 + MS + 1_000);
    expect(netpollWakeAt(0, 2.5 * MS, 0, 0)).toBe(2 * MS + 2_000);
    expect(netpollWakeAt(0, 3 * MS, 0, 0)).toBe(3 * MS + 3_000);
    expect(netpollWakeAt(7, 7, 50_000, 10_000)).toBe(7);
    expect(netpollWakeAt(7, 3, 50_000, 10_000)).toBe(7);
  });
});

describe('netpoll: a timed epoll_wait wakes timerSlackNs after its deadline (Linux hrtimer slack)', () => {
  it('the slack is 0.1 % of the timeout, at least timer_slack_ns, at most 100 ms (select_estimate_accuracy)', () => {
    expect(epollSlackNs(MS, 50_000)).toBe(50_000);
    expect(epollSlackNs(99 * MS, 50_000)).toBe(99_000);
    expect(epollSlackNs(999 * MS, 50_000)).toBe(999_000);
    expect(epollSlackNs(500_000 * MS, 50_000)).toBe(100 * MS);
    expect(netpollWakeAt(0, 2.5 * MS, 50_000, 10_000)).toBe(2 * MS + 50_000 + 10_000);
  });
  it('a timed futexsleep (notetsleep) ends timer_slack_ns late, plus the thread wake-up', () => {
    expect(futexSleepWakeAt(MS, 50_000, 10_000)).toBe(MS + 60_000);
  });

  const sleepProgram = (d: string): string => `package main

import (
	"fmt"
	"time"
)

func main() {
	time.Sleep(${d})
	fmt.Println("awake")
}
`;
  /** Times of the M blocking in netpoll and of the timer firing, ns. */
  function blockAndFire(src: string): { blockNs: number; fireNs: number } {
    const evs = events(runGo(src).run);
    const block = evs.find(
      (e) => e.kind === 'm.status' && e.reason === 'block in netpoll until the next timer',
    );
    const fire = evs.find((e) => e.kind === 'g.move' && e.reason === 'timer fired');
    if (block === undefined || fire === undefined) throw new Error('no netpoll block or no timer fired');
    return { blockNs: block.t, fireNs: fire.t };
  }
  const { timerSlackNs, threadWakeNs } = DEFAULT_COST_MODEL;

  it('Sleep(1ms): epoll_wait(1 ms) returns timer_slack_ns late and the M is back threadWakeNs later', () => {
    const { blockNs, fireNs } = blockAndFire(sleepProgram('time.Millisecond'));
    expect(fireNs - blockNs).toBe(MS + timerSlackNs + threadWakeNs);
  });
  it('Sleep(2s): epoll_wait(2000 ms) gets 0.1 % slack (2 ms), which carries the M past the deadline', () => {
    const { blockNs, fireNs } = blockAndFire(sleepProgram('2 * time.Second'));
    expect(fireNs - blockNs).toBe(2000 * MS + 2 * MS + threadWakeNs);
  });
});

const batchProgram = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	order := []int{}
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Millisecond)
			order = append(order, i)
		}()
	}
	wg.Wait()
	fmt.Println(order)
}
`;

describe('expired timers run in one pass (runtime.(*timers).check, goroutineReady to runnext)', () => {
  it('sleepers that went to sleep µs apart wake together: the last readied runs first, then the others in order', () => {
    // Sleep order is 3, 1, 2 (runnext at spawn); readied in that order, 2 takes runnext and 3, 1 follow.
    const r = runGo(batchProgram);
    expect(r.stdout).toBe('[2 3 1]\n');
    const ready = events(r.run)
      .filter((e) => e.kind === 'g.move' && e.reason === 'timer fired')
      .map((e) => e.t);
    expect(ready.length).toBe(3);
    expect(new Set(ready).size).toBe(1);
  });
  it('the M blocked in netpoll wakes early on a truncated delay and polls again for the rest (sysmon does not spin meanwhile)', () => {
    const src = batchProgram.replace('time.Sleep(time.Millisecond)', 'time.Sleep(2500 * time.Microsecond)');
    const r = runGo(src);
    expect(r.stdout).toBe('[2 3 1]\n');
    const sysmon = events(r.run).filter((e) => e.kind === 'sysmon').length;
    expect(sysmon).toBeLessThan(10);
  });
});
