// Shows time.Sleep (docs/go-scheduler.md §8.5): each sleeper parks with a timer on its P's
// heap; timers fire in `when` order when the P schedules (here it is idle, so the
// netpoll-blocked M wakes for the earliest one). 100 ms gaps keep the order fixed,
// even when a loaded machine delays the wake-ups.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	order := []string{}
	for _, ms := range []int{300, 100, 200} {
		wg.Add(1)
		go func() {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			order = append(order, fmt.Sprintf("%dms", ms))
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(order)
}
