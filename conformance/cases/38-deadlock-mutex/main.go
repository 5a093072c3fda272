// Shows checkdead with main parked in Mutex.Lock (docs/go-scheduler.md §9.5, §8.2): the wait
// reason printed in the goroutine header is "sync.Mutex.Lock".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
}
