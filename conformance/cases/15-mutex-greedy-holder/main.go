// Shows scenario S22 (docs/go-scheduler.md §8.2, §4.2). The holder (runnext, runs first)
// loops Lock; work 100us; Unlock. The waiter runs only when the holder is preempted
// (10-20 ms); then each Unlock readies it but the holder re-locks first (normal mode)
// until the waiter, after > 1 ms, starves and is handed the lock at an Unlock.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	iterations := 0
	seenByWaiter := -1
	wg.Add(2)
	go func() {
		mu.Lock()
		seenByWaiter = iterations
		mu.Unlock()
		wg.Done()
	}()
	go func() {
		for i := 0; i < 1000; i++ {
			mu.Lock()
			iterations++
			work(100 * time.Microsecond)
			mu.Unlock()
		}
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("holder finished:", iterations)
	fmt.Println("holder re-locked many times before the waiter got in:", seenByWaiter > 10)
	fmt.Println("waiter got in before the holder finished:", seenByWaiter < 1000)
}
