// Shows runtime.main's exit(0) (docs/go-scheduler.md §9.4 step 3; scenario S21): the worker
// is preempted mid-loop and its deferred Println never runs; the goroutine spawned
// just before return never runs at all. Exit status 0.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		defer fmt.Println("bye (never printed)")
		for {
			work(time.Millisecond)
		}
	}()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("main returns")
	go func() {
		fmt.Println("never printed either")
	}()
}
