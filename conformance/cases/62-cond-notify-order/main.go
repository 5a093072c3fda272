// Shows sync.Cond's notify list (docs/go-scheduler.md §8.4): Signal readies the oldest waiter, Broadcast
// readies the rest oldest first, each into runnext, so on one P the newest runs first, then the oldest
// onward; then a queue whose consumer waits on the Cond in a loop.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	order := []int{}
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cond.L.Lock()
			ready++
			cond.Wait()
			order = append(order, i)
			cond.L.Unlock()
		}()
	}
	for {
		mu.Lock()
		if ready == 4 {
			mu.Unlock()
			break
		}
		mu.Unlock()
		runtime.Gosched()
	}
	mu.Lock()
	cond.Signal()
	mu.Unlock()
	runtime.Gosched()
	mu.Lock()
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("woken in order:", order)

	// A producer/consumer queue guarded by the Cond.
	queue := []int{}
	done := make(chan bool)
	go func() {
		got := 0
		for got < 5 {
			mu.Lock()
			for len(queue) == 0 {
				cond.Wait()
			}
			fmt.Println("consumed", queue[0])
			queue = queue[1:]
			got++
			mu.Unlock()
		}
		done <- true
	}()
	for i := 0; i < 5; i++ {
		mu.Lock()
		queue = append(queue, i)
		cond.Signal()
		mu.Unlock()
	}
	<-done
}
