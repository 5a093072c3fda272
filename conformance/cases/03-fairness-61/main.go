// Shows the fairness check (docs/go-scheduler.md §3.2 step 4; S02). main spawns 200
// goroutines (all fit in runnext + the local ring) and then calls Gosched, which puts
// main on the global queue (§4.5). Local work normally comes first, but every 61st
// schedule takes one G from the global queue, so main resumes long before the 200 finish.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.Gosched() // fresh time slice: goroutines run from runnext inherit main's (§2.3)
	var wg sync.WaitGroup
	ran := 0
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func() {
			ran++
			wg.Done()
		}()
	}
	runtime.Gosched()
	// Snapshot before printing: a print is a write syscall, during which sysmon may
	// hand the P to another thread that runs the remaining goroutines.
	early := ran < 200
	within := ran <= 61
	wg.Wait()
	fmt.Println("main resumed before the 200 local goroutines finished:", early)
	fmt.Println("main resumed within 61 schedules:", within)
	fmt.Println("all ran:", ran)
}
