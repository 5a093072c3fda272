/** Programs the insight benchmarks run: many goroutines passing values through a buffered channel. */

/** `n` goroutines that each compute and pass a value through a buffered channel `loops` times. */
export function busyProgram(n: number, loops: number): string {
  return `package main

import (
\t"sync"
\t"time"
)

func main() {
\tvar wg sync.WaitGroup
\tch := make(chan int, 16)
\tfor i := 0; i < ${n}; i++ {
\t\twg.Add(1)
\t\tgo func() {
\t\t\tdefer wg.Done()
\t\t\tfor j := 0; j < ${loops}; j++ {
\t\t\t\twork(5 * time.Microsecond)
\t\t\t\tch <- j
\t\t\t\t<-ch
\t\t\t}
\t\t}()
\t}
\twg.Wait()
}
`;
}
