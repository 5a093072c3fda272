// Shows Mutex.Unlock's check (docs/go-scheduler.md §8.2): unlocking an unlocked mutex is not
// a panic but an unrecoverable "fatal error: sync: unlock of unlocked mutex" (exit 2);
// deferred calls do not run.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer fmt.Println("deferred, but fatal errors skip it")
	mu.Lock()
	mu.Unlock()
	fmt.Println("locked and unlocked")
	mu.Unlock()
}
