// Shows time.Now/time.Since around sleeps and work (docs/go-scheduler.md §8.5): a sleep lasts
// at least its duration; only coarse, deterministic comparisons are printed.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	slept := time.Since(start)
	fmt.Println("elapsed >= 10ms:", slept >= 10*time.Millisecond)
	fmt.Println("elapsed < 1s:", slept < time.Second)
	start = time.Now()
	work(20 * time.Millisecond)
	worked := time.Since(start)
	fmt.Println("work(20ms) took >= 10ms:", worked >= 10*time.Millisecond)
	zero := time.Now()
	time.Sleep(0)
	fmt.Println("Sleep(0) returns at once:", time.Since(zero) < 100*time.Millisecond)
}
