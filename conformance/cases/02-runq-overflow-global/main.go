// Shows ring overflow (docs/go-scheduler.md §2.2 runqputslow, §2.4, §3.2 step 4; S02). The
// 258th `go` finds the 256-slot ring full: G1..G128 and the displaced G257 go to the
// global queue. G300 (runnext) runs first, then the ring; global Gs come back in FIFO
// order, one or two early through the 1-in-61 fairness check, G257 last.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	order := []int{}
	// Let runtime goroutines still queued from start-up run first, so the ring is empty.
	runtime.Gosched()
	for i := 1; i <= 300; i++ {
		wg.Add(1)
		go func() {
			order = append(order, i)
			wg.Done()
		}()
	}
	wg.Wait()
	// Where a fairness pull lands depends on the P's schedtick at start-up, which
	// varies by one between runs, so print the deterministic facts only.
	pos := make([]int, 301)
	for p, g := range order {
		pos[g] = p
	}
	globalFifo := true
	for g := 2; g <= 128; g++ {
		globalFifo = globalFifo && pos[g-1] < pos[g]
	}
	ringFifo := pos[258] == pos[256]+1
	for g := 130; g <= 299; g++ {
		if g != 257 && g != 258 {
			ringFifo = ringFifo && pos[g-1] < pos[g]
		}
	}
	early := 0
	for g := 1; g <= 128; g++ {
		if pos[g] < pos[299] {
			early++
		}
	}
	fmt.Println("ran:", len(order))
	fmt.Println("first (runnext):", order[0])
	fmt.Println("second (ring head):", order[1])
	fmt.Println("last (displaced into the overflow batch):", order[299])
	fmt.Println("G1..G128 in FIFO order:", globalFifo)
	fmt.Println("G129..G256, G258..G299 in FIFO order:", ringFifo)
	fmt.Println("global Gs pulled in before the ring emptied (1 or 2):", early >= 1 && early <= 2)
}
