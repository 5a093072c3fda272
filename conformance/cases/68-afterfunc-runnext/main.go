// Shows time.AfterFunc through the per-P timers (docs/language.md, docs/go-scheduler.md §8.5): on one P, main
// computes past the timer's expiry while A and B wait in the run queue; when main blocks, schedule runs the
// P's timers, time.goFunc puts F in runnext (B to the queue's tail), so F runs first, then A, then B.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	time.AfterFunc(time.Millisecond, func() {
		fmt.Println("F")
		wg.Done()
	})
	go func() { fmt.Println("A"); wg.Done() }()
	go func() { fmt.Println("B"); wg.Done() }()
	work(5 * time.Millisecond)
	wg.Wait()
	t := time.AfterFunc(100*time.Millisecond, func() { fmt.Println("never") })
	fmt.Println("stopped:", t.Stop())
}
