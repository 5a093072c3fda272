// Shows sync.Mutex.TryLock (docs/go-scheduler.md §8.2): it fails while the mutex is locked
// (or starving) and never blocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("free:", mu.TryLock())
	fmt.Println("held:", mu.TryLock())
	mu.Unlock()
	done := make(chan bool)
	go func() {
		done <- mu.TryLock()
	}()
	fmt.Println("from a goroutine:", <-done)
	fmt.Println("main now:", mu.TryLock())
}
