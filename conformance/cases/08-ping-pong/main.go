// Shows a strict hand-off between two goroutines (docs/go-scheduler.md §7.2, §7.3, §7.6).
// Every exchange wakes the partner into runnext; the channels alone fix the order.
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ping {
			fmt.Println("pong", v)
			pong <- v + 1
		}
		done <- true
	}()
	v := 0
	for i := 0; i < 4; i++ {
		fmt.Println("ping", v)
		ping <- v
		v = <-pong
	}
	close(ping)
	<-done
	fmt.Println("final", v)
}
