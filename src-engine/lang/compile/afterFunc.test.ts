/**
 * time.AfterFunc through the per-P timers (issue 14 item 5): the timer fires when an M runs its P's timers,
 * and time.goFunc starts `f` in a new goroutine that goes to that P's runnext.
 */
import { describe, expect, it } from 'vitest';
import { expectLikeGo } from './testing/likeGo';
import { runGo } from './testing/runGo';

describe('time.AfterFunc through timers (runtime.runTimers → time.goFunc → newproc runnext)', () => {
  it("the timer's goroutine takes the runnext of the P that ran the timer, ahead of the queued ones", () => {
    // GOMAXPROCS=1: A and B wait in the run queue while main computes past the timer's expiry; when main
    // blocks, schedule runs the P's timers first, so F lands in runnext (B goes to the ring's tail): F, A, B.
    // Real Go 1.23 prints F, A, B too (with its timer running from the same place).
    const src = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	time.AfterFunc(time.Millisecond, func() {
		fmt.Println("F")
		wg.Done()
	})
	go func() { fmt.Println("A"); wg.Done() }()
	go func() { fmt.Println("B"); wg.Done() }()
	work(5 * time.Millisecond)
	wg.Wait()
}
`;
    const r = runGo(src);
    expect([r.stdout, r.exitCode]).toEqual(['F\nA\nB\n', 0]);
    const events = Array.from({ length: r.run.eventCount }, (_, i) => r.run.event(i));
    const create = events.find((e) => e.kind === 'g.create' && e.fn === 'time.goFunc');
    expect(create?.reason).toBe('created by time.goFunc (a time.AfterFunc timer fired)');
    const intoRunnext = events.find(
      (e) => e.g === create?.g && e.kind === 'g.move' && e.fn === 'time.goFunc',
    );
    expect(intoRunnext?.to).toMatch(/runnext/);
  });

  it('fires after its delay on the virtual clock; Stop and Reset report as Go does; Reset re-arms f', () => {
    const src = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	start := time.Now()
	wg.Add(1)
	t := time.AfterFunc(50*time.Millisecond, func() {
		fmt.Println("fired after 50ms:", time.Since(start) >= 50*time.Millisecond)
		wg.Done()
	})
	wg.Wait()
	fmt.Println("Stop after firing:", t.Stop())
	wg.Add(1)
	fmt.Println("Reset after firing:", t.Reset(20*time.Millisecond))
	wg.Wait()
	never := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("Stop before firing:", never.Stop())
	pending := time.AfterFunc(time.Hour, func() { fmt.Println("once, after the Reset") })
	fmt.Println("Reset before firing:", pending.Reset(time.Millisecond))
	// Wide margin: on a loaded machine real Go may run both timers in one batch, main (readied last) first.
	time.Sleep(200 * time.Millisecond)
}
`;
    expectLikeGo(src, {
      stdout:
        'fired after 50ms: true\nStop after firing: false\nReset after firing: false\nfired after 50ms: true\n' +
        'Stop before firing: true\nReset before firing: true\nonce, after the Reset\n',
    });
  });
});
