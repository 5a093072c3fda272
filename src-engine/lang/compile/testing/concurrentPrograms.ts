/**
 * A fast-check generator of small, always-terminating concurrent scenario programs: workers that send,
 * receive, select, lock, sleep, compute, syscall and print. They end normally or deadlock (Go's fatal error);
 * they never loop forever.
 */
import fc from 'fast-check';

const action = (k: number): fc.Arbitrary<string> =>
  fc.constantFrom(
    `ch0 <- ${k}`,
    `ch1 <- ${k}`,
    'total += <-ch0',
    'if v, ok := <-ch1; ok {\n\t\t\t\ttotal += v\n\t\t\t}',
    `select {\n\t\t\tcase ch0 <- ${k}:\n\t\t\tcase v := <-ch1:\n\t\t\t\ttotal += v\n\t\t\tdefault:\n\t\t\t}`,
    `select {\n\t\t\tcase v := <-ch0:\n\t\t\t\ttotal += v\n\t\t\tcase <-time.After(${k} * time.Microsecond):\n\t\t\t}`,
    `mu.Lock()\n\t\t\ttotal += ${k}\n\t\t\tmu.Unlock()`,
    `time.Sleep(${k * 10} * time.Microsecond)`,
    `work(${k * 7} * time.Microsecond)`,
    `blockingSyscall(${k * 20} * time.Microsecond)`,
    `netRead(${k * 15} * time.Microsecond)`,
    'runtime.Gosched()',
    `fmt.Println("step", ${k}, total)`,
    `for j := 0; j < ${k * 50}; j++ {\n\t\t\t\ttotal += j % 3\n\t\t\t}`,
    `log = append(log, ${k})`,
  );

const actions = fc.array(
  fc.integer({ min: 1, max: 9 }).chain((k) => action(k)),
  { minLength: 0, maxLength: 6 },
);

/** A program text. */
export const concurrentProgram: fc.Arbitrary<string> = fc
  .record({
    cap0: fc.integer({ min: 0, max: 2 }),
    cap1: fc.integer({ min: 0, max: 2 }),
    workers: fc.array(actions, { minLength: 1, maxLength: 4 }),
    main: actions,
    closeCh1: fc.boolean(),
  })
  .map(({ cap0, cap1, workers, main, closeCh1 }) => {
    const body = (acts: string[], indent: string): string =>
      acts.map((a) => `${indent}${a.replace(/\n\t\t\t/g, `\n${indent}`)}`).join('\n');
    const ws = workers
      .map((acts) => `\twg.Add(1)\n\tgo func() {\n\t\tdefer wg.Done()\n${body(acts, '\t\t')}\n\t}()`)
      .join('\n');
    return `package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	ch0 := make(chan int, ${cap0})
	ch1 := make(chan int, ${cap1})
	total := 0
	log := []int{}
${ws}
${body(main, '\t')}
${closeCh1 ? '\tclose(ch1)\n' : ''}\twg.Wait()
	fmt.Println(total, log, runtime.NumGoroutine())
	_, _, _ = ch0, ch1, time.Millisecond
	mu.Lock()
}
`;
  });
