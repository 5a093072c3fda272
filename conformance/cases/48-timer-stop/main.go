// Shows timers (docs/go-scheduler.md §8.5; 1.23 timer channels): Stop on a pending timer
// returns true and its channel never delivers; Stop after the timer fired (and was
// received) returns false. A stopped timer loses a select against time.After.
package main

import (
	"fmt"
	"time"
)

func main() {
	long := time.NewTimer(20 * time.Millisecond)
	fmt.Println("stop pending timer:", long.Stop())
	short := time.NewTimer(5 * time.Millisecond)
	<-short.C
	fmt.Println("short timer fired")
	fmt.Println("stop fired timer:", short.Stop())
	select {
	case <-long.C:
		fmt.Println("stopped timer delivered (wrong)")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("time.After won; the stopped timer stayed silent")
	}
}
