// Shows a variadic fan-in (docs/language.md): merge(cs ...<-chan int) as in the Go blog's pipelines,
// called with separate channels and with a slice spread as cs...; results collected, printed in order.
package main

import (
	"fmt"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		for n := range c {
			out <- n
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	sum := 0
	for n := range merge(gen(1, 2, 3), gen(10, 20)) {
		sum += n
	}
	fmt.Println("sum", sum)
	chans := []<-chan int{gen(100), gen(), gen(5, 5)}
	count := 0
	for range merge(chans...) {
		count++
	}
	fmt.Println("count", count)
}
