// Shows checkdead (docs/go-scheduler.md §9.5; scenario S20a): the last M goes idle with every
// user goroutine waiting and no timers: "fatal error: all goroutines are asleep -
// deadlock!", then "goroutine 1 [chan receive]:", exit status 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting forever")
	<-ch
}
