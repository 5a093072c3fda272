// Shows labels (docs/language.md): a bare break inside select only leaves the select, so
// leaving the loop needs `break loop`; `continue outer` skips the rest of an inner
// loop. The select loop ends on close or on a time.After timeout.
package main

import (
	"fmt"
	"time"
)

func main() {
outer:
	for i := range 3 {
		for j := range 3 {
			if j > i {
				continue outer
			}
			if i == 2 && j == 1 {
				break outer
			}
			fmt.Printf("%d%d ", i, j)
		}
	}
	fmt.Println()
	ch := make(chan int, 5)
	for i := 1; i <= 3; i++ {
		ch <- i
	}
	close(ch)
	got := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v == 2 {
				break // leaves the select only
			}
			got += v
		}
	}
	fmt.Println("got", got)
	quiet := make(chan int)
	rounds := 0
wait:
	for {
		select {
		case <-quiet:
		case <-time.After(5 * time.Millisecond):
			rounds++
			if rounds == 2 {
				break wait
			}
			continue wait
		}
	}
	fmt.Println("timeouts", rounds)
}
