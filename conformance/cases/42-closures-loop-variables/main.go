// Shows Go 1.22 per-iteration loop variables (docs/language.md): each iteration of a 3-clause
// or range loop has its own variable, so closures and goroutines see 0, 1, 2; a
// variable declared outside the loop is shared. Goroutine order is runnext (S01).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	funcs := []func() int{}
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Printf("%d ", f())
	}
	fmt.Println("<- closures")
	shared := 0
	adders := []func(){}
	for _, v := range []int{1, 2, 3} {
		adders = append(adders, func() { shared += v })
	}
	for _, add := range adders {
		add()
	}
	fmt.Println("shared:", shared)
	var wg sync.WaitGroup
	seen := []int{}
	runtime.Gosched() // start a fresh time slice before the spawns
	for i := range 4 {
		wg.Add(1)
		go func() {
			seen = append(seen, i)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("goroutines saw:", seen)
}
