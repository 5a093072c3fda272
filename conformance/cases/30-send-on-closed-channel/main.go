// Shows chansend on a closed channel (docs/go-scheduler.md §7.2 step 3): the runtime panics
// with "send on closed channel" (exit status 2).
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	v, ok := <-ch
	fmt.Println("receive from closed:", v, ok)
	ch <- 1
	fmt.Println("never printed")
}
