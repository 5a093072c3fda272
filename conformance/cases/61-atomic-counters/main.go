// Shows typed atomics (docs/language.md, sync/atomic): 50 goroutines add to an atomic.Int64 without a
// mutex; atomic operations cost CPU time but never park, so no goroutine waits for another. Int32 wraps
// around, Bool and CompareAndSwap behave as in Go.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)


func bump(c *atomic.Int64, n int) {
	for i := 0; i < n; i++ {
		c.Add(1)
	}
}

func main() {
	var ops atomic.Int64
	var small atomic.Int32
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 1000; c++ {
				ops.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())
	bump(&ops, 5)
	fmt.Println("ops:", ops.Load())
	small.Store(2147483647)
	fmt.Println(small.Add(1))
	fmt.Println(flag.CompareAndSwap(false, true), flag.Load(), flag.Swap(false), flag.Load())
	fmt.Println(ops.Swap(7), ops.Load(), ops.CompareAndSwap(6, 1), ops.CompareAndSwap(7, 1), ops.Load())
	p := &small
	p.Store(-3)
	fmt.Println(small.Load())
}
