// Shows a blocking syscall (docs/go-scheduler.md §5.1-5.3; scenario S15). The caller enters
// the kernel for 100 ms with its P in _Psyscall. Because the P has queued work, sysmon
// retakes it after ~2 ticks and handoffp starts another M, so "other" runs while the
// syscall is still in progress. Expected: [syscall starts other syscall done].
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
	order := []string{}
	wg.Add(2)
	go func() {
		order = append(order, "other")
		wg.Done()
	}()
	go func() {
		order = append(order, "syscall starts")
		blockingSyscall(100 * time.Millisecond)
		order = append(order, "syscall done")
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(order)
}
