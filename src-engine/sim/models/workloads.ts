/**
 * The comparison workloads of docs/go-scheduler.md §11.7 as Go programs of the scenario language, sized by
 * a parameter so tests can run them small and lessons and benchmarks at full size.
 */

/** §11.7 row 1: `pairs` pairs of goroutines ping-ponging `rounds` times over unbuffered channels. */
export function pingPong(pairs: number, rounds: number): string {
  return `package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for p := 0; p < ${pairs}; p++ {
		ping := make(chan int)
		pong := make(chan int)
		wg.Add(2)
		go func() {
			for i := 0; i < ${rounds}; i++ {
				ping <- i
				<-pong
			}
			wg.Done()
		}()
		go func() {
			for i := 0; i < ${rounds}; i++ {
				<-ping
				pong <- i
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("pairs done:", ${pairs})
}
`;
}

/** §11.7 row 2: `cpu` CPU-bound goroutines (each `workMs` of work in 1 ms pieces) and one blocking syscall. */
export function cpuAndSyscall(cpu: number, workMs: number, syscallMs: number): string {
  return `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(${cpu + 1})
	go func() {
		blockingSyscall(${syscallMs} * time.Millisecond)
		fmt.Println("syscall returned")
		wg.Done()
	}()
	for i := 0; i < ${cpu}; i++ {
		go func() {
			for k := 0; k < ${workMs}; k++ {
				work(time.Millisecond)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("all done")
}
`;
}

/** §11.7 row 3: `n` goroutines each in blocking file I/O for `ioMs`, then `workUs` µs of work. */
export function blockingIO(n: number, ioMs: number, workUs = 10): string {
  return `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < ${n}; i++ {
		wg.Add(1)
		go func() {
			blockingSyscall(${ioMs} * time.Millisecond)
			work(${workUs} * time.Microsecond)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("reads done:", ${n})
}
`;
}

/**
 * §11.7 row 4: one CPU hog (`hogMs` of work with no yield) and a latency-sensitive goroutine that wakes
 * every millisecond `ticks` times and records how late it was.
 */
export function fairness(hogMs: number, ticks: number): string {
  return `package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		work(${hogMs} * time.Millisecond)
		done <- true
	}()
	go func() {
		worst := time.Duration(0)
		for i := 0; i < ${ticks}; i++ {
			start := time.Now()
			time.Sleep(time.Millisecond)
			late := time.Since(start) - time.Millisecond
			if late > worst {
				worst = late
			}
		}
		fmt.Println("worst lateness:", worst)
		done <- true
	}()
	<-done
	<-done
}
`;
}

/** The §11.7 workloads at full size (the ping-pong row at 10 000 goroutines), with their cores: the bench's. */
export const BENCH_WORKLOADS: Readonly<Record<string, { readonly src: string; readonly cores: number }>> = {
  pingPong10k: { src: pingPong(5_000, 20), cores: 8 },
  cpuAndSyscall: { src: cpuAndSyscall(8, 50, 20), cores: 8 },
  blockingIO1000: { src: blockingIO(1_000, 5), cores: 8 },
  fairness: { src: fairness(50, 20), cores: 1 },
};
