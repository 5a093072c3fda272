/** The scenario the app opens with until the lesson library exists. */
export const DEMO_PROGRAM = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(40 * time.Microsecond)
			fmt.Println("worker", i, "done")
		}()
	}
	wg.Wait()
}
`;
