/**
 * sync.Map (sync/map.go): Load/Store/LoadOrStore/LoadAndDelete/Delete/Swap/CompareAndSwap/CompareAndDelete/
 * Clear with Go's key equality, and Range in an order drawn from the run's seeded stream (Range ranges over
 * the map's internal Go map). Operations cost CPU steps and never park.
 */
import { describe, expect, it } from 'vitest';
import { expectLikeGo } from './testing/likeGo';
import { runGo } from './testing/runGo';

const WORDS = `package main

import (
	"fmt"
	"strings"
	"sync"
)

type cache struct {
	data sync.Map
}

type point struct{ x, y int }

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox"
	var counts sync.Map
	var wg sync.WaitGroup
	var mu sync.Mutex
	for _, w := range strings.Fields(text) {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			mu.Lock()
			v, _ := counts.LoadOrStore(w, 0)
			counts.Store(w, v.(int)+1)
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	total := 0
	counts.Range(func(k, v any) bool {
		total += v.(int)
		return true
	})
	for _, w := range []string{"the", "quick", "fox", "dog"} {
		v, _ := counts.Load(w)
		fmt.Print(w, "=", v, " ")
	}
	fmt.Println("total", total)
	n := 0
	counts.Range(func(k, v any) bool { n++; return n < 3 })
	fmt.Println("stopped after", n)
	v, ok := counts.Load("fox")
	fmt.Println(v, ok)
	v, ok = counts.Load("cat")
	fmt.Println(v, ok)
	v, loaded := counts.LoadAndDelete("fox")
	fmt.Println(v, loaded)
	_, ok = counts.Load("fox")
	fmt.Println(ok)
	prev, loaded := counts.Swap("the", 10)
	fmt.Println(prev, loaded)
	fmt.Println(counts.CompareAndSwap("the", 10, 11), counts.CompareAndSwap("the", 10, 12))
	fmt.Println(counts.CompareAndDelete("the", 5), counts.CompareAndDelete("the", 11))
	counts.Delete("dog")
	c := &cache{}
	c.data.Store(point{1, 2}, "p")
	c.data.Store(1, "int")
	c.data.Store(int64(1), "int64")
	fmt.Println(c.data.Load(point{1, 2}))
	fmt.Println(c.data.Load(1))
	fmt.Println(c.data.Load(int64(1)))
	m := &sync.Map{}
	m.Store("a", 1)
	m.Clear()
	_, ok = m.Load("a")
	fmt.Println(ok)
}
`;

const ORDER = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	for i := 0; i < 5; i++ {
		m.Store(i, i*i)
	}
	m.Range(func(k, v any) bool {
		fmt.Print(k, " ")
		return true
	})
	fmt.Println()
}
`;

describe('sync.Map (sync/map.go)', () => {
  it('counts words across goroutines and answers every method as Go does', () => {
    expectLikeGo(WORDS, {
      stdout:
        'the=3 quick=1 fox=2 dog=1 total 11\nstopped after 3\n2 true\n<nil> false\n2 true\nfalse\n3 true\ntrue false\nfalse true\np true\nint true\nint64 true\nfalse\n',
    });
  });

  it('sync.Map.Range visits entries in an order drawn from the seeded stream (mapiterinit), same seed same order', () => {
    const orders = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const a = runGo(ORDER, { seed }).stdout;
      expect(runGo(ORDER, { seed }).stdout).toBe(a);
      expect(a.trim().split(' ').sort().join(' ')).toBe('0 1 2 3 4');
      orders.add(a);
    }
    // Go starts a small map's iteration at a random slot and wraps: several rotations appear.
    expect(orders.size).toBeGreaterThan(1);
    for (const o of orders) expect('0 1 2 3 4 0 1 2 3 4').toContain(o.trim());
  });

  it('a sync.Map in a struct field and through a pointer is usable at its zero value; Range never parks', () => {
    const r = runGo(`package main

import (
	"fmt"
	"sync"
)

type reg struct{ m sync.Map }

func main() {
	r := &reg{}
	r.m.Store("k", 1)
	p := &r.m
	v, ok := p.Load("k")
	fmt.Println(v, ok)
}
`);
    expect(r.stdout).toBe('1 true\n');
  });
});
