// Shows recover in deferred functions (docs/language.md): each worker turns its own panic into a result,
// main's deferred recover stops a runtime error and main returns normally.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, results []string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			results[id] = fmt.Sprint("worker ", id, ": recovered ", r)
		}
	}()
	if id%2 == 1 {
		panic(fmt.Sprintf("odd id %d", id))
	}
	results[id] = fmt.Sprint("worker ", id, ": ok")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	results := make([]string, 4)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, results, &wg)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	var m map[string]int
	m["boom"] = 1
	fmt.Println("not reached")
}
