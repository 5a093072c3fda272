/**
 * Lecture programs: the acceptance scenarios S01–S25 of docs/go-scheduler.md §10 written as scenario Go.
 * Every one must check clean here and build with the real Go toolchain (plus helpers.go).
 */
export const LECTURES: Readonly<Record<string, string>> = {
  S01_runnext: `package main

import (
	"fmt"
	"runtime"
	"sync"
)

var (
	mu    sync.Mutex
	order []int
	wg    sync.WaitGroup
)

func rec(i int) {
	mu.Lock()
	order = append(order, i)
	mu.Unlock()
	wg.Done()
}

func main() {
	runtime.GOMAXPROCS(1)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go rec(i)
	}
	wg.Wait()
	fmt.Println(order)
}
`,
  S02_overflow: `package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := make([]int, 0, 300)
	for i := 1; i <= 300; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(len(got), got[0], got[len(got)-1])
}
`,
  S03_gosched: `package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	var order []string
	rec := func(s string) {
		order = append(order, s)
		wg.Done()
	}
	wg.Add(2)
	go rec("B")
	go rec("C")
	runtime.Gosched()
	order = append(order, "main")
	wg.Wait()
	fmt.Println(order)
}
`,
  S04_woken_receiver: `package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	ch := make(chan int)
	var wg sync.WaitGroup
	var order []string
	rec := func(s string) {
		order = append(order, s)
		wg.Done()
	}
	wg.Add(3)
	go func() {
		<-ch
		rec("R")
	}()
	runtime.Gosched()
	go rec("X1")
	go rec("X2")
	ch <- 1
	order = append(order, "main")
	wg.Wait()
	fmt.Println(order)
}
`,
  S05_unbuffered_send: `package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	ch := make(chan int)
	var wg sync.WaitGroup
	var order []string
	rec := func(s string) {
		order = append(order, s)
		wg.Done()
	}
	wg.Add(2)
	go func() {
		<-ch
		rec("recv")
	}()
	go rec("Y")
	ch <- 1
	order = append(order, "main")
	wg.Wait()
	fmt.Println(order)
}
`,
  S06_close_wakes_all: `package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	ch := make(chan struct{})
	var wg sync.WaitGroup
	var order []int
	for r := 1; r <= 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, ok := <-ch
			if !ok {
				order = append(order, r)
			}
		}()
		runtime.Gosched()
	}
	close(ch)
	wg.Wait()
	fmt.Println(order)
}
`,
  S07_waitgroup_release: `package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg2, done sync.WaitGroup
	var order []int
	wg2.Add(1)
	for w := 1; w <= 4; w++ {
		done.Add(1)
		go func(id int) {
			wg2.Wait()
			order = append(order, id)
			done.Done()
		}(w)
		runtime.Gosched()
	}
	wg2.Done()
	done.Wait()
	fmt.Println(order)
}
`,
  S08_buffered_fifo: `package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	go func() {
		ch <- 3
	}()
	fmt.Println(<-ch)
	fmt.Println(<-ch)
	fmt.Println(<-ch)
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
}
`,
  S09_select_fairness: `package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	countA, countB := 0, 0
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			countA++
			<-b
		case <-b:
			countB++
			<-a
		}
	}
	select {
	case v := <-a:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("default: nothing ready")
	}
	var nilCh chan int
	select {
	case nilCh <- 1:
	default:
		fmt.Println("nil channel never ready")
	}
	fmt.Println(countA+countB == 1000)
}
`,
  S10_preemption: `package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	done := make(chan string)
	for _, name := range []string{"A", "B"} {
		go func() {
			work(50 * time.Millisecond)
			done <- name
		}()
	}
	fmt.Println(<-done, <-done)
}
`,
  S11_timer_lateness: `package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for {
			work(time.Millisecond)
		}
	}()
	start := time.Now()
	time.Sleep(time.Millisecond)
	fmt.Println(time.Since(start) >= time.Millisecond)
}
`,
  S12_steal_runnext: `package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(2)
	started := false
	start := time.Now()
	go func() {
		started = true
	}()
	for !started {
		work(10 * time.Microsecond)
	}
	fmt.Println("f started after", time.Since(start) > 0)
}
`,
  S13_steal_half: `package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	runtime.GOMAXPROCS(2)
	var wg sync.WaitGroup
	names := []string{"A", "B", "C", "D", "E", "F", "Z"}
	for _, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(100 * time.Microsecond)
			fmt.Println(n)
		}()
	}
	wg.Wait()
}
`,
  S14_spinning: `package main

import (
	"runtime"
	"sync"
	"time"
)

func main() {
	runtime.GOMAXPROCS(8)
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(200 * time.Microsecond)
		}()
	}
	wg.Wait()
}
`,
  S15_syscall_handoff: `package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	done := make(chan string, 2)
	go func() {
		blockingSyscall(50 * time.Millisecond)
		done <- "sys"
	}()
	go func() {
		done <- "other"
	}()
	fmt.Println(<-done, <-done)
}
`,
  S16_syscall_keeps_p: `package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(4)
	start := time.Now()
	blockingSyscall(5 * time.Millisecond)
	blockingSyscall(50 * time.Millisecond)
	fmt.Println(time.Since(start) >= 55*time.Millisecond)
}
`,
  S17_slow_exitsyscall: `package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	done := make(chan bool)
	go func() {
		for i := 0; i < 100; i++ {
			work(time.Millisecond)
		}
	}()
	go func() {
		blockingSyscall(50 * time.Millisecond)
		done <- true
	}()
	fmt.Println(<-done)
}
`,
  S18_threads_grow: `package main

import (
	"runtime"
	"sync"
	"time"
)

func main() {
	runtime.GOMAXPROCS(2)
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			blockingSyscall(300 * time.Millisecond)
		}()
	}
	wg.Wait()
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(300 * time.Millisecond)
		}()
	}
	wg.Wait()
}
`,
  S19_netpoll_injection: `package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	runtime.GOMAXPROCS(3)
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c", "d", "e"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			netRead(time.Millisecond)
			fmt.Println(name)
		}()
	}
	wg.Wait()
}
`,
  S20_deadlock: `package main

func main() {
	<-make(chan int)
}
`,
  S21_main_returns: `package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		defer fmt.Println("bye")
		for {
			work(time.Millisecond)
		}
	}()
	time.Sleep(time.Millisecond)
}
`,
  S22_mutex_starvation: `package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	var mu sync.Mutex
	unlocks := 0
	go func() {
		for {
			mu.Lock()
			work(100 * time.Microsecond)
			unlocks++
			mu.Unlock()
		}
	}()
	runtime.Gosched()
	mu.Lock()
	fmt.Println("G2 got the lock after", unlocks, "unlocks")
	mu.Unlock()
}
`,
  S23_lockosthread: `package main

import (
	"fmt"
	"runtime"
)

func main() {
	ch := make(chan int)
	done := make(chan struct{})
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		v := <-ch
		fmt.Println("locked goroutine got", v)
		close(done)
	}()
	ch <- 42
	<-done
}
`,
  S24_gomaxprocs_shrink: `package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	prev := runtime.GOMAXPROCS(4)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(2 * time.Millisecond)
		}()
	}
	runtime.GOMAXPROCS(2)
	wg.Wait()
	fmt.Println(prev > 0, runtime.NumGoroutine())
}
`,
  S25_timer_steal: `package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(2)
	go func() {
		for {
			work(time.Millisecond)
		}
	}()
	woke := make(chan time.Duration)
	go func() {
		start := time.Now()
		time.Sleep(time.Millisecond)
		woke <- time.Since(start)
	}()
	fmt.Println(<-woke >= time.Millisecond)
}
`,
};
