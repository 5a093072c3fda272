// Shows runtime.Gosched (docs/go-scheduler.md §4.5; scenario S03). Gosched puts main at the
// global queue tail; the P first drains local work: runnext C, then ring B.
// Expected on GOMAXPROCS=1: [C B main].
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.Gosched() // fresh time slice: goroutines run from runnext inherit main's (§2.3)
	order := []string{}
	rec := func(name string) {
		order = append(order, name)
	}
	go rec("B")
	go rec("C")
	runtime.Gosched()
	rec("main")
	fmt.Println(order)
}
