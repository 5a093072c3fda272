// sync.Pool (docs/language.md; sync/pool.go): Put fills the P's private slot, then its shared list; Get takes
// the private slot, then the newest shared object; one runtime.GC moves the pool to its victim cache (still
// reachable), a second drops it; Get calls New only when nothing is left, and a nil New gives nil.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Buf struct{ id int }

func main() {
	created := 0
	var p sync.Pool
	fmt.Println(p.Get() == nil)
	p.New = func() any {
		created++
		return &Buf{created}
	}
	a := p.Get().(*Buf)
	b := p.Get().(*Buf)
	c := p.Get().(*Buf)
	p.Put(a)
	p.Put(b)
	p.Put(c)
	p.Put(nil)
	fmt.Println(p.Get().(*Buf).id, p.Get().(*Buf).id, p.Get().(*Buf).id, p.Get().(*Buf).id, created)
	p.Put(a)
	p.Put(b)
	runtime.GC()
	fmt.Println(p.Get().(*Buf).id, p.Get().(*Buf).id, created)
	p.Put(c)
	runtime.GC()
	runtime.GC()
	fmt.Println(p.Get().(*Buf).id, created)
	var wg sync.WaitGroup
	q := &sync.Pool{New: func() any { created++; return created }}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := q.Get()
			q.Put(v)
		}()
	}
	wg.Wait()
	fmt.Println(created)
}
