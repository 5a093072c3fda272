/**
 * sync/atomic's plain functions (`atomic.AddInt64(&x, 1)` and the Load/Store/Swap/CompareAndSwap forms on
 * int32, int64, uint32, uint64): CPU steps that never park, wrapping as Go's fixed-size integers do.
 */
import { describe, expect, it } from 'vitest';
import { compileSource } from './index';
import { expectLikeGo } from './testing/likeGo';

describe('sync/atomic functions (atomic.AddInt64 … never park)', () => {
  it('count across goroutines, wrap around and compare-and-swap as Go does', () => {
    expectLikeGo(
      `package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits int64
	u    uint32
}

func main() {
	var ops int64
	var n32 int32 = 2147483647
	var s stats
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 100; c++ {
				atomic.AddInt64(&ops, 1)
				atomic.AddInt64(&s.hits, 2)
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops), atomic.LoadInt64(&s.hits))
	fmt.Println(atomic.AddInt32(&n32, 1), atomic.AddUint32(&s.u, ^uint32(0)))
	atomic.StoreInt64(&ops, 7)
	fmt.Println(atomic.CompareAndSwapInt64(&ops, 7, 9), atomic.CompareAndSwapInt64(&ops, 7, 10), atomic.SwapInt64(&ops, 1), ops)
}
`,
      { stdout: 'ops: 5000 10000\n-2147483648 4294967295\ntrue false 9 1\n' },
    );
  });

  it('refuses fmt of atomic values where it is written (Go prints their internal fields)', () => {
    const src =
      'package main\n\nimport (\n\t"fmt"\n\t"sync/atomic"\n)\n\nfunc main() {\n\tvar n atomic.Int64\n\tfmt.Println(&n)\n}\n';
    const c = compileSource(src, 'main.go');
    expect('diagnostics' in c && c.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
      '10:14 formatting atomic.Int64 values with fmt is not supported in scenarios',
    ]);
  });
});
