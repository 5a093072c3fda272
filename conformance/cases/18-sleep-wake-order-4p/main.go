// Shows timers on several Ps (docs/go-scheduler.md §8.5, S25): whichever P runs an expired
// timer readies the sleeper into its own runnext. Wake order still follows the
// deadlines (100 ms apart); a buffered channel collects the order without a data race.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan int, 3)
	for _, ms := range []int{300, 100, 200} {
		go func() {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			done <- ms
		}()
	}
	order := []int{}
	for range 3 {
		order = append(order, <-done)
	}
	fmt.Println("wake order (ms):", order)
}
