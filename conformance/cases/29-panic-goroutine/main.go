// Shows a panic in a non-main goroutine (docs/go-scheduler.md §9.4): the whole process dies
// with exit status 2 while main is parked in wg.Wait; the header names the panicking
// goroutine's id (runtime goroutines take the first ids, §1.1).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.Gosched() // fresh time slice: goroutines run from runnext inherit main's (§2.3)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		fmt.Println("worker about to panic")
		panic(fmt.Sprintf("boom %d", 42))
	}()
	wg.Wait()
	fmt.Println("never printed")
}
