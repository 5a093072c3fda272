// Shows scenario S12 on one P (docs/go-scheduler.md §4.2, §4.5): f sits in runnext while main
// computes for 40 ms without blocking. Only main's preemption (10-20 ms, to the global
// queue) lets f run, so f reports that main's work was still unfinished.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	mainDone := false
	fSawMainDone := true
	wg.Add(1)
	go func() {
		fSawMainDone = mainDone
		wg.Done()
	}()
	work(40 * time.Millisecond)
	mainDone = true
	wg.Wait()
	fmt.Println("f ran while main was still computing:", !fSawMainDone)
}
