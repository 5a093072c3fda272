// Shows WaitGroup wake-up (docs/go-scheduler.md §8.3; scenario S07). W1..W4 park in Wait in
// that order. The Done that reaches zero calls Semrelease once per waiter, FIFO; each
// readied waiter takes runnext and displaces the previous one to the ring tail.
// Expected on GOMAXPROCS=1: [4 1 2 3].
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.Gosched() // fresh time slice: goroutines run from runnext inherit main's (§2.3)
	var all sync.WaitGroup
	var gate sync.WaitGroup
	order := []int{}
	gate.Add(1)
	for i := 1; i <= 4; i++ {
		all.Add(1)
		go func() {
			gate.Wait()
			order = append(order, i)
			all.Done()
		}()
		runtime.Gosched()
	}
	gate.Done()
	all.Wait()
	fmt.Println(order)
}
