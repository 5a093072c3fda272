// Shows runtime.Goexit (docs/language.md): the goroutine's deferred calls run, outer frames included, then
// it ends; when main calls it, the other goroutines go on, and once none is left the runtime reports
// "no goroutines (main called runtime.Goexit) - deadlock!" (checkdead, exit status 2).
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func inner() {
	defer fmt.Println("inner deferred")
	runtime.Goexit()
	fmt.Println("not reached")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("worker deferred")
		inner()
		fmt.Println("not reached either")
	}()
	wg.Wait()
	fmt.Println("worker ended, goroutines:", runtime.NumGoroutine())
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("last goroutine done")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
