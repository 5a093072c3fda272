// Shows sync.Once (docs/language.md): only the first Do runs the function; later callers,
// including concurrent ones, return after it has finished. On one P the first caller
// is the last spawned goroutine (runnext, S01).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.Gosched() // fresh time slice: goroutines run from runnext inherit main's (§2.3)
	var once sync.Once
	var wg sync.WaitGroup
	log := []string{}
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			once.Do(func() {
				log = append(log, fmt.Sprintf("init by %d", i))
			})
			log = append(log, fmt.Sprintf("g%d done", i))
			wg.Done()
		}()
	}
	wg.Wait()
	once.Do(func() {
		log = append(log, "never")
	})
	fmt.Println(log)
}
