/**
 * gorecover: `recover` in deferred functions with Go's semantics (issue 14 item 4), checked against real
 * Go 1.23 where it is installed.
 */
import { describe, it } from 'vitest';
import { expectLikeGo } from './testing/likeGo';

describe('gorecover: a deferred call stops the panic; the frame returns its results', () => {
  it('recovers runtime errors and values, once per panic, and re-panics print [recovered] first', () => {
    const src = `package main

import "fmt"

func safe(i int) (res int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			res = -1
		}
	}()
	a := []int{1, 2}
	return a[i]
}

func main() {
	fmt.Println(safe(1), safe(5))
	fmt.Println(recover())
	func() {
		defer func() { fmt.Printf("%v %T\\n", recover(), recover()) }()
		panic(42)
	}()
	defer func() {
		r := recover()
		fmt.Println("main recovered", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("boom")
}
`;
    expectLikeGo(src, {
      stdout:
        'recovered: runtime error: index out of range [5] with length 2\n2 -1\n<nil>\n42 <nil>\nmain recovered boom\n',
      stderrHead: 'panic: boom [recovered]\n\tpanic: again: boom\n\ngoroutine 1 [running]:',
      exitCode: 2,
    });
  });

  it('recover only works called directly by the deferred function (not defer recover(), not a helper)', () => {
    const src = `package main

import "fmt"

func helper() { fmt.Println("helper:", recover()) }

func viaHelper() {
	defer func() {
		helper()
		fmt.Println("direct:", recover())
	}()
	panic("one")
}

func main() {
	viaHelper()
	defer fmt.Println("main's deferred print runs")
	defer recover()
	panic("two")
}
`;
    expectLikeGo(src, {
      stdout: "helper: <nil>\ndirect: one\nmain's deferred print runs\n",
      stderrHead: 'panic: two\n\ngoroutine 1 [running]:',
      exitCode: 2,
    });
  });

  it('a goroutine recovers its own panic; a later panic after the recovery prints alone', () => {
    const src = `package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprint("worker ", id, " recovered: ", r)
		}
	}()
	if id%2 == 1 {
		panic(fmt.Sprintf("odd %d", id))
	}
	out <- fmt.Sprint("worker ", id, " ok")
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, &wg, out)
	}
	wg.Wait()
	close(out)
	n := 0
	for range out {
		n++
	}
	fmt.Println(n, "results")
	func() {
		defer func() { recover() }()
		panic("first")
	}()
	var m map[string]int
	m["x"] = 1
}
`;
    expectLikeGo(src, {
      stdout: '4 results\n',
      stderrHead: 'panic: assignment to entry in nil map\n\ngoroutine 1 [running]:',
      exitCode: 2,
    });
  });
});
