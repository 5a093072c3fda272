// Shows goready into runnext (docs/go-scheduler.md §7.2, §7.6; scenario S04). R blocks on
// <-ch first. Then X1, X2 are spawned (runnext X2, ring X1) and main sends: R takes the
// value, goes into runnext and pushes X2 to the ring tail; main keeps running.
// Expected on GOMAXPROCS=1: [main R X1 X2].
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
	rec := func(name string) {
		order = append(order, name)
		wg.Done()
	}
	ch := make(chan int)
	wg.Add(3)
	go func() {
		<-ch
		rec("R")
	}()
	runtime.Gosched()
	go rec("X1")
	go rec("X2")
	ch <- 1
	order = append(order, "main")
	wg.Wait()
	fmt.Println(order)
}
