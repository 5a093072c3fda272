/**
 * sync.NewCond of any sync.Locker the subset has (sync/cond.go): Wait takes its ticket, unlocks c.L through the
 * Locker (RUnlock for an RWMutex's RLocker, the writer Unlock for a *sync.RWMutex), parks on the notify list
 * (docs/go-scheduler.md §8.4) and locks c.L again the same way once woken.
 */
import { describe, it } from 'vitest';
import { expectLikeGo } from './testing/likeGo';

const PROGRAM = `package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	c := sync.NewCond(rw.RLocker())
	ready := false
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			c.L.Lock()
			fmt.Println("reader", id, "holds the read lock")
			runtime.Gosched()
			for !ready {
				c.Wait()
			}
			fmt.Println("reader", id, "woke holding the read lock")
			c.L.Unlock()
		}(i)
	}
	runtime.Gosched()
	// Blocks until the last reader's Wait RUnlocks.
	rw.Lock()
	fmt.Println("writer has the lock")
	ready = true
	rw.Unlock()
	c.Broadcast()
	wg.Wait()
	fmt.Printf("%T\\n", c.L)

	var mu sync.Mutex
	c2 := sync.NewCond(&mu)
	done := false
	go func() {
		time.Sleep(time.Millisecond)
		mu.Lock()
		done = true
		mu.Unlock()
		c2.Signal()
	}()
	mu.Lock()
	for !done {
		c2.Wait()
	}
	mu.Unlock()
	fmt.Printf("%T %v\\n", c2.L, c2.L == sync.Locker(&mu))

	rw2 := &sync.RWMutex{}
	c3 := sync.NewCond(rw2)
	go func() {
		time.Sleep(time.Millisecond)
		rw2.Lock()
		done = false
		rw2.Unlock()
		c3.Signal()
	}()
	rw2.Lock()
	for done {
		c3.Wait()
	}
	rw2.Unlock()
	fmt.Println("writer cond done")
}
`;

const UNLOCKED = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	c := sync.NewCond(rw.RLocker())
	fmt.Println("waiting without the lock")
	c.Wait()
}
`;

describe('sync.(*Cond).Wait unlocks c.L (RUnlock through RLocker) then notifyListWait', () => {
  it('a Cond over rw.RLocker() lets a writer in while its readers wait, and they wake holding the read lock', () => {
    expectLikeGo(PROGRAM, {
      stdout:
        'reader 3 holds the read lock\nreader 1 holds the read lock\nreader 2 holds the read lock\n' +
        'writer has the lock\n' +
        'reader 2 woke holding the read lock\nreader 3 woke holding the read lock\nreader 1 woke holding the read lock\n' +
        '*sync.rlocker\n*sync.Mutex true\nwriter cond done\n',
    });
  });

  it('Wait on an RLocker Cond without the read lock is fatal as RUnlock is', () => {
    expectLikeGo(UNLOCKED, {
      stdout: 'waiting without the lock\n',
      stderrHead: 'fatal error: sync: RUnlock of unlocked RWMutex',
      exitCode: 2,
    });
  });
});
