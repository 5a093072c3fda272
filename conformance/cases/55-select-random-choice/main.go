// Shows select's random pollorder (docs/go-scheduler.md §7.5; scenario S09): with both
// channels always ready, each case wins about half of 2000 rounds. Only the coarse,
// deterministic fact is printed.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	countA, countB := 0, 0
	for range 2000 {
		a <- 1
		b <- 1
		select {
		case <-a:
			countA++
			<-b
		case <-b:
			countB++
			<-a
		}
	}
	fmt.Println("rounds:", countA+countB)
	fmt.Println("both cases chosen 800..1200 times:", countA >= 800 && countA <= 1200)
}
