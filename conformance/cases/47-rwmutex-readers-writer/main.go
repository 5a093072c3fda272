// Shows sync.RWMutex on one P (docs/go-scheduler.md §8.1 semaphores): R1 shares the read
// lock with main; W waits for both readers; R2, arriving after W, queues behind it.
// The last RUnlock readies W (runnext); W's Unlock readies R2. Each Gosched lets the
// new goroutine run and block before main continues.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.Gosched() // fresh time slice: goroutines run from runnext inherit main's (§2.3)
	var rw sync.RWMutex
	var wg sync.WaitGroup
	log := []string{}
	release := make(chan struct{})
	rw.RLock()
	wg.Add(3)
	go func() {
		rw.RLock()
		log = append(log, "R1 reads alongside main")
		<-release
		log = append(log, "R1 unlocks")
		rw.RUnlock()
		wg.Done()
	}()
	runtime.Gosched()
	go func() {
		log = append(log, "W waits")
		rw.Lock()
		log = append(log, "W writes")
		rw.Unlock()
		wg.Done()
	}()
	runtime.Gosched()
	go func() {
		log = append(log, "R2 waits")
		rw.RLock()
		log = append(log, "R2 reads")
		rw.RUnlock()
		wg.Done()
	}()
	runtime.Gosched()
	close(release)
	log = append(log, "main unlocks")
	rw.RUnlock()
	wg.Wait()
	for _, line := range log {
		fmt.Println(line)
	}
}
