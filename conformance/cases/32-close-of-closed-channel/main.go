// Shows closechan on a closed channel (docs/go-scheduler.md §7.4): "panic: close of closed
// channel", exit status 2. Deferred calls run first.
package main

import "fmt"

func main() {
	ch := make(chan int)
	defer fmt.Println("deferred")
	close(ch)
	fmt.Println("closed once")
	close(ch)
}
