// Shows a full buffered channel (docs/go-scheduler.md §7.2, §7.3 step 5, §7.4; S08). S5,
// S3, S4 block on a full buffer (sendq S5, S3, S4). Each receive takes the buffer head,
// moves the first blocked sender's value into the freed slot (FIFO kept) and readies
// it into runnext; senders run only when main parks. Closed channels still deliver.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.Gosched() // fresh time slice: goroutines run from runnext inherit main's (§2.3)
	var wg sync.WaitGroup
	log := []string{}
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	for i := 3; i <= 4; i++ {
		wg.Add(1)
		go func() {
			log = append(log, fmt.Sprint("S", i, " sending"))
			ch <- i
			log = append(log, fmt.Sprint("S", i, " sent"))
			wg.Done()
		}()
	}
	wg.Add(1)
	go func() {
		// Runs first (runnext) and parks on a full buffer; S3 and S4 follow.
		log = append(log, "S5 sending")
		ch <- 5
		log = append(log, "S5 sent")
		wg.Done()
	}()
	runtime.Gosched() // main to the global queue: S5, S3, S4 run and block in that order
	log = append(log, fmt.Sprint("got ", <-ch))
	log = append(log, fmt.Sprint("got ", <-ch))
	log = append(log, fmt.Sprint("len ", len(ch), " cap ", cap(ch)))
	log = append(log, fmt.Sprint("got ", <-ch))
	close(ch)
	for v := range ch {
		log = append(log, fmt.Sprint("drained ", v))
	}
	v, ok := <-ch
	log = append(log, fmt.Sprint("after close: ", v, " ", ok))
	wg.Wait()
	for _, line := range log {
		fmt.Println(line)
	}
}
