// Shows non-blocking select (docs/go-scheduler.md §7.5: one case plus default becomes
// selectnbsend/selectnbrecv; with several cases and nothing ready, default runs at once).
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	other := make(chan string)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("empty: default")
	}
	ch <- 7
	select {
	case ch <- 8:
		fmt.Println("sent 8")
	default:
		fmt.Println("full: default")
	}
	select {
	case s := <-other:
		fmt.Println("other", s)
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	tries := 0
	for {
		select {
		case s := <-other:
			fmt.Println(s)
		default:
			tries++
		}
		if tries == 3 {
			break
		}
	}
	fmt.Println("tries", tries)
}
