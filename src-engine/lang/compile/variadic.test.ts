/** User-defined variadic functions (`func f(xs ...T)`), checked against real Go 1.23 where it is installed. */
import { describe, expect, it } from 'vitest';
import { parseAndCheck } from '../index';
import { expectLikeGo } from './testing/likeGo';

describe('variadic functions', () => {
  it('packs trailing arguments into a slice, passes nil for none and the slice itself for xs...', () => {
    const src = `package main

import "fmt"

func sum(label string, xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println(label, len(xs), xs == nil, t)
	return t
}

func main() {
	sum("none")
	sum("three", 1, 2, 3)
	ys := []int{4, 5}
	sum("spread", ys...)
	f := func(xs ...string) { fmt.Println(xs, len(xs)) }
	f("a", "b")
	f()
}
`;
    expectLikeGo(src, {
      stdout: 'none 0 true 0\nthree 3 false 6\nspread 2 false 9\n[a b] 2\n[] 0\n',
    });
  });

  it('shares the backing array of a spread slice, as Go does', () => {
    const src = `package main

import "fmt"

func set(xs ...int) { xs[0] = 99 }

func main() {
	ys := []int{1, 2}
	set(ys...)
	set(7, 8)
	fmt.Println(ys)
}
`;
    expectLikeGo(src, { stdout: '[99 2]\n' });
  });

  it('runs the pipelines blog fan-in: merge(cs ...<-chan int) started with go', () => {
    const src = `package main

import (
	"fmt"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int, len(nums))
	for _, n := range nums {
		out <- n
	}
	close(out)
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		for n := range c {
			out <- n
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	total := 0
	for n := range merge(gen(1, 2), gen(3), gen()) {
		total += n
	}
	fmt.Println(total)
}
`;
    expectLikeGo(src, { stdout: '6\n' });
  });

  it('reports a misplaced ... where go build does (can only use ... with final parameter in list)', () => {
    const src = `package main

func f(a ...int, b int) {}
func g() (x ...int) { return }
func h(a, b ...int) {}
func main() { f(1, 2); g(); h(1, 2) }
`;
    const d = parseAndCheck(src).diagnostics.map((x) => `${x.line}:${x.col}: ${x.message}`);
    expect(d).toEqual([
      '3:10: can only use ... with final parameter in list',
      '4:13: can only use ... with final parameter in list',
      '5:13: can only use ... with final parameter in list',
    ]);
  });
});
