/**
 * sync.Locker and RWMutex.RLocker (sync/rwmutex.go): a Locker's Lock/Unlock are the engine's lock ops
 * (rlock/runlock for an rlocker), through function parameters and deferred calls.
 */
import { describe, expect, it } from 'vitest';
import { compileSource } from './index';
import { expectLikeGo } from './testing/likeGo';

describe('sync.Locker and RWMutex.RLocker (rlocker.Lock → RWMutex.RLock)', () => {
  it('locks readers and writers through sync.Locker values as Go does', () => {
    expectLikeGo(
      `package main

import (
	"fmt"
	"sync"
)

type store struct {
	rw   sync.RWMutex
	data map[string]int
}

func withLock(l sync.Locker, f func()) {
	l.Lock()
	defer l.Unlock()
	f()
}

func main() {
	s := &store{data: map[string]int{"a": 1}}
	r := s.rw.RLocker()
	var wg sync.WaitGroup
	seen := make([]int, 3)
	wg.Add(1)
	go func() {
		defer wg.Done()
		withLock(&s.rw, func() {
			s.data["a"] = 2
			fmt.Println("writer")
		})
	}()
	wg.Wait()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			withLock(r, func() {
				seen[id] = s.data["a"]
			})
		}(i)
	}
	wg.Wait()
	fmt.Println("readers saw", seen)
	var mu sync.Mutex
	var l sync.Locker = &mu
	withLock(l, func() { fmt.Println("mutex as Locker") })
	fmt.Printf("%T %T\\n", r, l)
	withLock(r, func() { fmt.Println("after", s.data["a"]) })
}
`,
      {
        stdout: 'writer\nreaders saw [2 2 2]\nmutex as Locker\n*sync.rlocker *sync.Mutex\nafter 2\n',
      },
    );
  });

  it('refuses a program type used as a sync.Locker with one located message', () => {
    const src =
      'package main\n\nimport "sync"\n\ntype L struct{}\n\nfunc (L) Lock()   {}\nfunc (L) Unlock() {}\n\nfunc main() {\n\tvar l sync.Locker = L{}\n\tl.Lock()\n}\n';
    const c = compileSource(src, 'main.go');
    expect('diagnostics' in c && c.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
      '11:22 L as a sync.Locker is not supported in scenarios',
    ]);
  });
});
