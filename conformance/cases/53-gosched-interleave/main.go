// Shows repeated runtime.Gosched (docs/go-scheduler.md §4.5, §2.4): each call sends the
// caller to the global queue tail, and with empty local queues globrunqget takes the
// next one from the head: B (runnext) starts, then they strictly alternate.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.Gosched() // fresh time slice: goroutines run from runnext inherit main's (§2.3)
	var wg sync.WaitGroup
	order := []string{}
	for _, name := range []string{"A", "B"} {
		wg.Add(1)
		go func() {
			for i := 1; i <= 3; i++ {
				order = append(order, fmt.Sprintf("%s%d", name, i))
				runtime.Gosched()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(order)
}
