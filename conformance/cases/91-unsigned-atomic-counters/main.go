// Unsigned integers wrap modulo 2^n (Go spec "Integer overflow"; docs/language.md): uint32 products and
// decrements below zero, uint64 arithmetic below 2^53; sync/atomic.Uint64 and Uint32 counters shared by
// goroutines on two Ps count every Add (atomics cost CPU time but never park).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Hash uint32

func (h Hash) Mix(b byte) Hash {
	return (h ^ Hash(b)) * 16777619
}

func main() {
	h := Hash(2166136261)
	s := "gosched"
	for i := 0; i < len(s); i++ {
		h = h.Mix(s[i])
	}
	var z uint32
	z--
	var big uint64 = 1 << 52
	fmt.Println(h, z, ^uint32(0)>>4, big+big/2, big/1000, uint(7)%3)
	fmt.Printf("%x %d %v %T\n", h, big, []uint{1, 2, 3}, big)

	var ops atomic.Uint64
	var odd atomic.Uint32
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 500 {
				ops.Add(2)
				if i%2 == 1 {
					odd.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	old := ops.Swap(10)
	fmt.Println("ops:", old, ops.Load(), ops.CompareAndSwap(10, 11), ops.CompareAndSwap(10, 12), ops.Load())
	fmt.Println("odd:", odd.Load())
}
