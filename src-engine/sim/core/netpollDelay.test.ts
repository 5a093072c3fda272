import { describe, expect, it } from 'vitest';
import { runGo } from '../../lang/compile/testing/runGo';
import type { GoRun } from '../GoRun';
import type { SchedEvent } from '../events';
import { netpollWakeAt } from './netpollDelay';

const MS = 1_000_000;

function events(run: GoRun): SchedEvent[] {
  return Array.from({ length: run.eventCount }, (_, i) => run.event(i));
}

describe('netpoll sleeps whole milliseconds (runtime.netpoll, netpoll_epoll.go)', () => {
  it('a delay under 1 ms sleeps 1 ms; a longer one is truncated to whole ms; 0 or less does not sleep', () => {
    expect(netpollWakeAt(5_000, 5_000 + 1)).toBe(5_000 + MS);
    expect(netpollWakeAt(5_000, 5_000 + 999_999)).toBe(5_000 + MS);
    expect(netpollWakeAt(0, 2.5 * MS)).toBe(2 * MS);
    expect(netpollWakeAt(0, 3 * MS)).toBe(3 * MS);
    expect(netpollWakeAt(7, 7)).toBe(7);
    expect(netpollWakeAt(7, 3)).toBe(7);
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
