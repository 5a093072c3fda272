// Shows timers firing in one batch (docs/go-scheduler.md §8.5, runtime.(*timers).check and
// netpoll_epoll.go's whole-millisecond epoll_wait): three goroutines go to sleep a few µs apart;
// the M blocked in netpoll sleeps a whole millisecond, so all three timers have expired when it
// wakes and run in one pass. Each readied G takes runnext, so the last one readied runs first.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	order := []int{}
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Millisecond)
			order = append(order, i)
		}()
	}
	wg.Wait()
	fmt.Println(order)
}
