// Shows that a syscall blocks a thread, not the P (docs/go-scheduler.md §5.2, §5.3; S18):
// sysmon retakes the P from each caller and handoffp starts a new M, so three 100 ms
// syscalls on GOMAXPROCS=1 overlap and finish well before 300 ms.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	start := time.Now()
	for range 3 {
		wg.Add(1)
		go func() {
			blockingSyscall(100 * time.Millisecond)
			wg.Done()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	fmt.Println("at least 100ms:", elapsed >= 100*time.Millisecond)
	fmt.Println("overlapped (less than 250ms):", elapsed < 250*time.Millisecond)
}
