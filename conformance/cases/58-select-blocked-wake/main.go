// Shows a blocking select (docs/go-scheduler.md §7.5 pass 2 and wake-up): the goroutine
// enqueues a sudog on every case's channel and parks; the first partner to arrive wins
// the selectDone CAS, readies it into runnext, and the other sudogs are removed.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.Gosched() // fresh time slice: goroutines run from runnext inherit main's (§2.3)
	var wg sync.WaitGroup
	log := []string{}
	a := make(chan string)
	b := make(chan string)
	out := make(chan int)
	wg.Add(1)
	go func() {
		for round := 1; round <= 3; round++ {
			select {
			case m := <-a:
				log = append(log, fmt.Sprintf("round %d: a says %s", round, m))
			case m := <-b:
				log = append(log, fmt.Sprintf("round %d: b says %s", round, m))
			case out <- round:
				log = append(log, fmt.Sprintf("round %d: sent to out", round))
			}
		}
		wg.Done()
	}()
	runtime.Gosched() // the selector parks on a, b and out
	b <- "hello"
	log = append(log, "main sent on b")
	a <- "hi"
	log = append(log, "main sent on a")
	v := <-out
	log = append(log, fmt.Sprintf("main received %d", v))
	wg.Wait()
	for _, line := range log {
		fmt.Println(line)
	}
}
