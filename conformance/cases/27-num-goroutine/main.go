// Shows runtime.NumGoroutine (docs/go-scheduler.md §1.1: gcount excludes system goroutines).
// Blocked goroutines count; exited ones do not. On one P the last Done readies main,
// but that goroutine finishes exiting before main runs again.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.Gosched() // fresh time slice: goroutines run from runnext inherit main's (§2.3)
	fmt.Println("at start:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	gate := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			<-gate
			wg.Done()
		}()
	}
	fmt.Println("after 5 go statements:", runtime.NumGoroutine())
	close(gate)
	wg.Wait()
	fmt.Println("after they finished:", runtime.NumGoroutine())
}
