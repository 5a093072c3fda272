// Shows closechan waking a blocked sender (docs/go-scheduler.md §7.4): the sender is readied
// with success == false and panics "send on closed channel" when it runs, which only
// happens once main parks (here in a sleep). Exit status 2.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.Gosched() // fresh time slice: goroutines run from runnext inherit main's (§2.3)
	ch := make(chan int)
	go func() {
		ch <- 1
		fmt.Println("never printed")
	}()
	runtime.Gosched() // the sender runs and blocks
	fmt.Println("closing with a sender blocked")
	close(ch)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("never printed either")
}
