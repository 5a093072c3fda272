// Shows WaitGroup.Add's check (docs/go-scheduler.md §8.3): a Done without a matching Add
// drives the counter negative and panics "sync: negative WaitGroup counter".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("balanced")
	wg.Done()
}
