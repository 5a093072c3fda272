// Shows time-slice inheritance (docs/go-scheduler.md §2.3, §4.2; §12.1 item 2). A and B
// hand off through an unbuffered channel, so each wakes the other into runnext and
// schedtick never advances. sysmon sees one 10 ms slice, preempts the pair, and the
// waiting goroutine C (local ring) runs before the 60 ms ping-pong is over.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	events := []string{}
	ping := make(chan int)
	pong := make(chan int)
	wg.Add(3)
	go func() {
		for i := 0; i < 60; i++ {
			work(500 * time.Microsecond)
			ping <- i
			<-pong
		}
		close(ping)
		events = append(events, "ping-pong done")
		wg.Done()
	}()
	go func() {
		for range ping {
			work(500 * time.Microsecond)
			pong <- 0
		}
		wg.Done()
	}()
	go func() {
		events = append(events, "C ran")
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(events)
}
