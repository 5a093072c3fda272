// Shows that pending timers suppress the deadlock report (docs/go-scheduler.md §9.5 step 5;
// scenario S20b): main is stuck from the start, but checkdead stays quiet while the
// sleeper's timer exists; the fatal error comes after it wakes, prints and exits.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("sleeper woke and exits")
	}()
	<-ch
}
