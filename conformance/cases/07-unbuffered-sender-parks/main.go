// Shows a blocking unbuffered send (docs/go-scheduler.md §7.2 step 6, §7.3 step 5; S05).
// main parks on sendq; runnext Y runs, then the receiver takes main's value and readies
// main into runnext, but finishes first. Expected on GOMAXPROCS=1: [Y recv main].
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
	ch := make(chan int)
	wg.Add(2)
	go func() {
		v := <-ch
		order = append(order, fmt.Sprintf("recv %d", v))
		wg.Done()
	}()
	go func() {
		order = append(order, "Y")
		wg.Done()
	}()
	ch <- 42
	order = append(order, "main")
	wg.Wait()
	fmt.Println(order)
}
