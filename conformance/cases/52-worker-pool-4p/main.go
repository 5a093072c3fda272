// Shows parallel workers on four Ps (docs/go-scheduler.md §3.3 stealing, §3.5 wakep): which
// worker takes which job and the print order vary from run to run, so this case is
// compared as a sorted multiset of lines.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			for j := range jobs {
				work(time.Millisecond)
				fmt.Printf("job %d -> %d\n", j, j*j)
			}
			wg.Done()
		}()
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	fmt.Println("all jobs done")
}
