/**
 * atomic.Pointer[T] (sync/atomic/type.go), the one generic instantiation of the subset: Load/Store/Swap/
 * CompareAndSwap by pointer identity, as a variable and as a struct field; CPU steps, never a park.
 */
import { describe, expect, it } from 'vitest';
import { compileSource } from './index';
import { expectLikeGo } from './testing/likeGo';

describe('atomic.Pointer[T]', () => {
  it('stores, swaps and compare-and-swaps pointers as Go does', () => {
    expectLikeGo(
      `package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
}

type server struct {
	cfg atomic.Pointer[Config]
}

func main() {
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	c1 := &Config{1}
	p.Store(c1)
	fmt.Println(p.Load().Version)
	c2 := &Config{2}
	fmt.Println(p.CompareAndSwap(c2, c2), p.CompareAndSwap(c1, c2), p.Load().Version)
	old := p.Swap(&Config{3})
	fmt.Println(old.Version, p.Load().Version)
	s := &server{}
	s.cfg.Store(&Config{10})
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				cur := s.cfg.Load()
				next := &Config{cur.Version + 1}
				if s.cfg.CompareAndSwap(cur, next) {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(s.cfg.Load().Version)
}
`,
      { stdout: 'true\n1\nfalse true 2\n2 3\n13\n' },
    );
  });

  it('reports a missing or unsupported instantiation as go build does', () => {
    const c = compileSource(
      'package main\n\nimport "sync/atomic"\n\nfunc main() {\n\tvar p atomic.Pointer\n\t_ = p\n\tvar q atomic.Value[int]\n\t_ = q\n}\n',
      'main.go',
    );
    expect('diagnostics' in c && c.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
      '6:8 cannot use generic type "sync/atomic".Pointer[T any] without instantiation',
      '8:8 invalid operation: atomic.Value[int] ("sync/atomic".Value is not a generic type)',
    ]);
  });
});
