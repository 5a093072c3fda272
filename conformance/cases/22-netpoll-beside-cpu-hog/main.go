// Shows netpoll and timer lateness on a busy P (docs/go-scheduler.md §6.2, §8.5; S11a). The
// reader's 2 ms deadline expires while the hog computes; on one P it can only run
// after the hog is preempted (10-20 ms), still long before the hog's 80 ms end.
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
		order = append(order, "hog starts")
		work(80 * time.Millisecond)
		order = append(order, "hog done")
		wg.Done()
	}()
	go func() {
		start := time.Now()
		netRead(2 * time.Millisecond)
		waited := time.Since(start)
		order = append(order, "reader done")
		order = append(order, fmt.Sprintf("reader waited more than 2ms: %t", waited > 2*time.Millisecond))
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(order)
}
