/**
 * atomic.Value (sync/atomic/value.go): a config reloaded between rounds of readers, and Go's panics for nil
 * and inconsistently typed values. CPU steps, never a park.
 */
import { describe, it } from 'vitest';
import { expectLikeGo } from './testing/likeGo';

describe('atomic.Value (Load/Store/Swap/CompareAndSwap)', () => {
  it('reloads a config under readers and panics as Go does', () => {
    expectLikeGo(
      `package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var cfg atomic.Value
	fmt.Println(cfg.Load() == nil)
	cfg.Store(&Config{1, "v1"})
	var wg sync.WaitGroup
	readers := func() {
		for i := 0; i < 3; i++ {
			wg.Add(1)
			go func(id int) {
				defer wg.Done()
				c := cfg.Load().(*Config)
				fmt.Println("reader", id, "sees version", c.Version, c.Name)
			}(i)
		}
		wg.Wait()
	}
	readers()
	cfg.Store(&Config{2, "v2"})
	readers()
	old := cfg.Swap(&Config{3, "v3"}).(*Config)
	fmt.Println("swapped out", old.Version, cfg.Load().(*Config).Name)
	var v atomic.Value
	fmt.Println(v.CompareAndSwap(nil, 1), v.CompareAndSwap(1, 2), v.CompareAndSwap(1, 3), v.Load())
	try("nil store:", func() { v.Store(nil) })
	try("type store:", func() { v.Store("x") })
	try("type swap:", func() { v.Swap("x") })
	try("cas types:", func() { v.CompareAndSwap(1, "x") })
	try("cas nil:", func() { v.CompareAndSwap(1, nil) })
	try("cas into:", func() { v.CompareAndSwap("a", "b") })
	try("cas uncomparable:", func() { var s atomic.Value; s.Store([]int{1}); s.CompareAndSwap([]int{1}, []int{2}) })
}
`,
      {
        stdout:
          'true\nreader 2 sees version 1 v1\nreader 0 sees version 1 v1\nreader 1 sees version 1 v1\nreader 2 sees version 2 v2\nreader 0 sees version 2 v2\nreader 1 sees version 2 v2\nswapped out 2 v3\ntrue true false 2\nnil store: sync/atomic: store of nil value into Value\ntype store: sync/atomic: store of inconsistently typed value into Value\ntype swap: sync/atomic: swap of inconsistently typed value into Value\ncas types: sync/atomic: compare and swap of inconsistently typed values\ncas nil: sync/atomic: compare and swap of nil value into Value\ncas into: sync/atomic: compare and swap of inconsistently typed value into Value\ncas uncomparable: runtime error: comparing uncomparable type []int\n',
      },
    );
  });
});
