// Shows a channel pipeline on four Ps (docs/go-scheduler.md §7): each stage is a single
// goroutine reading one channel in FIFO order, so values reach the sink in order no
// matter which P runs which stage or when work is stolen.
package main

import "fmt"

func main() {
	nums := make(chan int)
	squares := make(chan int, 2)
	labels := make(chan string)
	go func() {
		for i := 1; i <= 6; i++ {
			nums <- i
		}
		close(nums)
	}()
	go func() {
		for n := range nums {
			squares <- n * n
		}
		close(squares)
	}()
	go func() {
		for s := range squares {
			labels <- fmt.Sprintf("sq=%d", s)
		}
		close(labels)
	}()
	for l := range labels {
		fmt.Println(l)
	}
	fmt.Println("pipeline drained")
}
