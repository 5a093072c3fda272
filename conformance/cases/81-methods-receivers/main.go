// Methods (docs/language.md) on structs shared by goroutines: pointer receivers behind a mutex field,
// a promoted sync.Mutex, `go w.Run()` evaluating the receiver at the go statement, method values.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

type Tally struct {
	sync.Mutex
	hits []int
}

func (t *Tally) Add(i int) {
	t.Lock()
	defer t.Unlock()
	t.hits = append(t.hits, i)
}

type Worker struct {
	id  int
	out chan<- string
}

func (w Worker) Run(wg *sync.WaitGroup) {
	defer wg.Done()
	w.out <- fmt.Sprintf("worker %d", w.id)
}

func main() {
	var c Counter
	var t Tally
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc()
			}
			t.Add(i)
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n, len(t.hits))

	out := make(chan string, 3)
	w := Worker{id: 1, out: out}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go w.Run(&wg)
		w.id++
	}
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		n++
		_ = s
	}
	fmt.Println(n, w.id)

	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n)
	run := w.Run
	w.id = 100
	wg.Add(1)
	out2 := make(chan string, 1)
	w2 := Worker{7, out2}
	run2 := w2.Run
	w2.id = 8
	run2(&wg)
	fmt.Println(<-out2)
	_ = run
}
