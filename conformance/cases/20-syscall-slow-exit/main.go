// Shows exitsyscall's slow path (docs/go-scheduler.md §5.4; scenario S17). While G_sys sleeps
// in the kernel, sysmon hands its P to G_cpu. When the syscall returns there is no idle
// P, so G_sys goes to the global queue and runs only when G_cpu is preempted (10-20 ms
// slices), long before G_cpu's 100 ms of work ends.
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
		order = append(order, "cpu starts")
		work(100 * time.Millisecond)
		order = append(order, "cpu done")
		wg.Done()
	}()
	go func() {
		order = append(order, "syscall starts")
		blockingSyscall(20 * time.Millisecond)
		order = append(order, "syscall returned")
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(order)
}
