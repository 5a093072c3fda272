// Shows async preemption (docs/go-scheduler.md §4.2-4.5; scenario S10). A and B compute
// 50 ms each in call-free loops on one P. sysmon preempts the running one every
// 10-20 ms (SIGURG) and sends it to the global queue, so B starts long before A ends.
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
	events := []string{}
	aDone := false
	bStartedBeforeADone := false
	wg.Add(2)
	go func() {
		bStartedBeforeADone = !aDone
		events = append(events, "B starts")
		work(50 * time.Millisecond)
		wg.Done()
	}()
	go func() {
		events = append(events, "A starts")
		work(50 * time.Millisecond)
		aDone = true
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(events)
	fmt.Println("B started before A finished:", bStartedBeforeADone)
}
