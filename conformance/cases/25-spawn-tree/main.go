// Shows runnext with nested spawns (docs/go-scheduler.md §2.2, §9.3). Each `go` puts the
// child in its creator's runnext (displacing the previous one to the ring tail) and the
// creator keeps running; a node that exits lets its last child run next.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.Gosched() // fresh time slice: goroutines run from runnext inherit main's (§2.3)
	var wg sync.WaitGroup
	order := []string{}
	var spawn func(name string, depth int)
	spawn = func(name string, depth int) {
		order = append(order, name)
		if depth < 2 {
			for i := 1; i <= 2; i++ {
				wg.Add(1)
				go spawn(fmt.Sprintf("%s.%d", name, i), depth+1)
			}
		}
		wg.Done()
	}
	wg.Add(1)
	go spawn("root", 0)
	wg.Wait()
	fmt.Println(order)
}
