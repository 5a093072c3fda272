// Shows runtime.LockOSThread (docs/go-scheduler.md §9.2; scenario S23): while the locked
// goroutine waits, its thread sleeps and the P runs others; when it is readied, the P
// moves to its thread. The program-visible order is still fixed by the channels.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	req := make(chan int)
	resp := make(chan int)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		for v := range req {
			resp <- v * 2
		}
		close(resp)
	}()
	for i := 1; i <= 3; i++ {
		req <- i
		fmt.Println("sent", i, "got", <-resp)
	}
	close(req)
	_, ok := <-resp
	fmt.Println("resp closed:", !ok)
}
