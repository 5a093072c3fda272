// Shows sync.Mutex starvation mode (docs/go-scheduler.md §8.1, §8.2; S22). The waiter loses
// the first race (normal mode), then finds it has waited > 1 ms, sets the starving bit
// and re-queues at the front. main's next Unlock hands ownership over and goyields, so
// the waiter runs before main's next statement.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	runtime.Gosched() // fresh time slice: goroutines run from runnext inherit main's (§2.3)
	var wg sync.WaitGroup
	var mu sync.Mutex
	log := []string{}
	mu.Lock()
	wg.Add(1)
	go func() {
		log = append(log, "waiter blocks")
		mu.Lock()
		log = append(log, "waiter got the lock")
		mu.Unlock()
		wg.Done()
	}()
	runtime.Gosched()          // the waiter runs and blocks in Lock
	work(2 * time.Millisecond) // ... and waits > 1 ms
	log = append(log, "main unlock 1 (normal mode)")
	mu.Unlock()
	mu.Lock()
	log = append(log, "main re-locked")
	runtime.Gosched() // the woken waiter runs, sees the lock held, starves
	log = append(log, "main unlock 2 (starvation mode)")
	mu.Unlock()
	log = append(log, "main after unlock 2")
	wg.Wait()
	for _, line := range log {
		fmt.Println(line)
	}
}
