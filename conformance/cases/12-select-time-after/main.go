// Shows select with a timer channel (docs/go-scheduler.md §7.5, §8.5): the select parks on
// both channels; whichever is readied first (a sender, or the timer callback sendTime)
// wins. 30 ms vs 10 ms margins keep the outcome fixed.
package main

import (
	"fmt"
	"time"
)

func reply(after time.Duration, ch chan string, msg string) {
	time.Sleep(after)
	ch <- msg
}

func main() {
	slow := make(chan string, 1)
	go reply(40*time.Millisecond, slow, "slow reply")
	select {
	case m := <-slow:
		fmt.Println(m)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout after 10ms")
	}
	fast := make(chan string, 1)
	go reply(5*time.Millisecond, fast, "fast reply")
	select {
	case m := <-fast:
		fmt.Println(m)
	case <-time.After(40 * time.Millisecond):
		fmt.Println("timeout after 40ms")
	}
	fmt.Println(<-slow)
}
