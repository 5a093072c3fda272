// Shows maps shared by goroutines under a mutex (docs/language.md): counts land in one map, fmt prints it
// sorted by key whatever the iteration order, and a range over it sums the same in any order.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	text := []string{"the cat", "the dog and the cat", "a dog"}
	counts := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, line := range text {
		wg.Add(1)
		go func(line string) {
			defer wg.Done()
			for _, w := range strings.Fields(line) {
				mu.Lock()
				counts[w]++
				mu.Unlock()
			}
		}(line)
	}
	wg.Wait()
	fmt.Println(counts)
	total := 0
	for _, n := range counts {
		total += n
	}
	n, ok := counts["the"]
	_, missing := counts["bird"]
	delete(counts, "a")
	fmt.Println(total, len(counts), n, ok, missing)
}
