// Shows sync.Mutex normal mode (docs/go-scheduler.md §8.2, §12.1 item 12; S22). Unlock
// readies the waiter into runnext but main keeps running and re-locks at once: the
// woken waiter has not run yet, so it cannot compete. It gets the lock only when main
// parks. Expected: main unlocks, main re-locked, waiter got the lock.
package main

import (
	"fmt"
	"runtime"
	"sync"
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
	runtime.Gosched() // the waiter runs and blocks in Lock
	log = append(log, "main unlocks")
	mu.Unlock()
	mu.Lock()
	log = append(log, "main re-locked")
	mu.Unlock()
	wg.Wait()
	for _, line := range log {
		fmt.Println(line)
	}
}
