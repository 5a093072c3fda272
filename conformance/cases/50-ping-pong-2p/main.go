// Shows that unbuffered channels order two goroutines on any number of Ps
// (docs/go-scheduler.md §7.2, §7.3): each print happens before the send that wakes the
// partner, so the output is deterministic even though the Ps run in parallel.
package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- bool) {
	for v := range in {
		fmt.Println(name, v)
		if v == 6 {
			close(out)
			break
		}
		out <- v + 1
	}
	done <- true
}

func main() {
	a := make(chan int)
	b := make(chan int)
	done := make(chan bool, 2)
	go player("ping", a, b, done)
	go player("pong", b, a, done)
	a <- 0
	<-done
	<-done
	fmt.Println("game over")
}
