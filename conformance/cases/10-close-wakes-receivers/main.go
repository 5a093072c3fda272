// Shows closechan (docs/go-scheduler.md §7.4; scenario S06). R1..R4 block on <-ch in that
// order. close pushes them on a LIFO list and readies each into runnext, displacing
// the previous one: R1 ends in runnext, then R4, R3, R2 from the ring.
// Expected on GOMAXPROCS=1: [1 4 3 2], each receiving 0 with ok == false.
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
	got := []string{}
	ch := make(chan int)
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			v, ok := <-ch
			order = append(order, i)
			got = append(got, fmt.Sprintf("R%d got %d %t", i, v, ok))
			wg.Done()
		}()
		runtime.Gosched()
	}
	close(ch)
	wg.Wait()
	fmt.Println(order)
	for _, line := range got {
		fmt.Println(line)
	}
}
