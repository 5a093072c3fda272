// Shows the network poller (docs/go-scheduler.md §6.1, §6.2). Each reader parks in
// netpollblock ("IO wait") holding no M and no P; its read deadline readies it
// (netpolldeadlineimpl -> goready into runnext). Deadlines 100 ms apart fix the order,
// and main keeps the P while they wait.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	order := []string{}
	for _, ms := range []int{300, 100, 200} {
		wg.Add(1)
		go func() {
			netRead(time.Duration(ms) * time.Millisecond)
			order = append(order, fmt.Sprintf("reader %dms", ms))
			wg.Done()
		}()
	}
	time.Sleep(time.Millisecond)
	order = append(order, "main still runs")
	wg.Wait()
	fmt.Println(order)
}
