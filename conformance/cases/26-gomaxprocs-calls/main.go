// Shows runtime.GOMAXPROCS (docs/go-scheduler.md §9.1): n <= 0 only queries; otherwise it
// stops the world, resizes the Ps and returns the previous value. After shrinking to
// one P mid-run, spawn order follows runnext again (S01): [3 1 2].
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("start:", runtime.GOMAXPROCS(0))
	fmt.Println("set 2, previous:", runtime.GOMAXPROCS(2))
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("set 2 again, previous:", runtime.GOMAXPROCS(2))
	fmt.Println("set 1, previous:", runtime.GOMAXPROCS(1))
	var wg sync.WaitGroup
	order := []int{}
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			order = append(order, i)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("order on one P:", order)
	fmt.Println("set 3, previous:", runtime.GOMAXPROCS(3))
	fmt.Println("end:", runtime.GOMAXPROCS(-1))
}
