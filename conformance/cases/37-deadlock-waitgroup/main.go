// Shows checkdead with main in WaitGroup.Wait (docs/go-scheduler.md §9.5, §8.3): in Go 1.23
// the wait reason of WaitGroup.Wait is "semacquire" (1.24 says "sync.WaitGroup.Wait").
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		fmt.Println("one Done only")
		wg.Done()
	}()
	wg.Wait()
}
