// Shows runnext (docs/go-scheduler.md §2.2, §2.3; scenario S01). Each `go` puts the new G
// in the P's runnext slot and pushes the previous one to the local ring tail. When
// main parks in wg.Wait the P runs runnext (9) first, then the ring in FIFO order.
// Expected on GOMAXPROCS=1: [9 0 1 2 3 4 5 6 7 8].
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.Gosched() // fresh time slice: goroutines run from runnext inherit main's (§2.3)
	var wg sync.WaitGroup
	order := []int{}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			order = append(order, i)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(order)
}
