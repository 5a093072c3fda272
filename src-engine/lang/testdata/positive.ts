/**
 * Small valid programs, one or a few constructs of docs/language.md each. All must check with zero
 * diagnostics here and build with the real Go toolchain (plus helpers.go).
 */
export const POSITIVE: Readonly<Record<string, string>> = {
  hello: `package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
`,
  literals: `package main

import "fmt"

func main() {
	a := 1_000_000
	b := 0x_FF + 0o17 + 0b1010 + 017
	c := 'x'
	d := '\\n'
	e := "tab\\tquote\\"unicode\\u00e9\\x41"
	f := \`raw \\n string\`
	var g int64 = 1 << 40
	const h = 1e3
	var i int = h
	fmt.Println(a, b, c, d, e, f, g, i)
}
`,
  short_var_and_assign_ops: `package main

import "fmt"

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 5
	x <<= 2
	x >>= 1
	x &= 7
	x |= 8
	x ^= 1
	x &^= 2
	x++
	x--
	y, z := x, "s"
	y, w := 3, 4
	z += "t"
	fmt.Println(x, y, z, w)
}
`,
  var_decls: `package main

import "fmt"

var global = 42

var (
	a, b int
	s    = "x"
	t    string
)

func main() {
	var x int
	var y, z = 1, "two"
	var (
		p = 3
		q bool
	)
	fmt.Println(global, a, b, s, t, x, y, z, p, q)
}
`,
  consts_and_iota: `package main

import (
	"fmt"
	"time"
)

const (
	Zero = iota
	One
	Two
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
)

const tick = 10 * time.Millisecond
const name string = "go"

func main() {
	const local = Two * 3
	fmt.Println(Zero, One, Two, KB, MB, tick, name, local)
}
`,
  package_order: `package main

import "fmt"

var total = double(base)

var base = 21

func double(x int) int { return x * 2 }

func main() {
	fmt.Println(total)
}
`,
  if_else: `package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else {
		return "positive"
	}
}

func main() {
	if v := classify(3); v != "" && len(v) > 2 || false {
		fmt.Println(v)
	}
	if !(1 > 2) {
		fmt.Println(classify(-1), classify(0))
	}
}
`,
  for_forms: `package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	n := 0
	for n < 5 {
		n++
	}
	for {
		if n > 7 {
			break
		}
		n++
	}
	for i := range 3 {
		sum += i
	}
	for range 2 {
		sum++
	}
	for i, v := range []int{1, 2, 3} {
		sum += i * v
	}
	for _, r := range "héllo" {
		sum += int(r)
	}
	for i := range "abc" {
		sum += i
	}
	var k, v int
	for k, v = range []int{4, 5} {
	}
	fmt.Println(sum, n, k, v)
}
`,
  range_channel: `package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	for v := range ch {
		fmt.Println(v)
	}
	done := make(chan struct{})
	go func() {
		done <- struct{}{}
	}()
	for range done {
		break
	}
}
`,
  loop_variables_per_iteration: `package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = i
		}()
	}
	wg.Wait()
	for _, f := range fs {
		fmt.Println(f())
	}
}
`,
  switch_forms: `package main

import "fmt"

func main() {
	x := 3
	switch x {
	case 1, 2:
		fmt.Println("small")
	case 3:
		fmt.Println("three")
	default:
		fmt.Println("big")
	}
	switch {
	case x > 2:
		fmt.Println("gt")
	case x < 0:
	}
	switch y := x * 2; y {
	case 6:
		fmt.Println("six")
	}
	switch s := "a"; {
	case s == "a":
		break
	}
}
`,
  select_forms: `package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	out := make(chan string, 1)
	ch <- 7
	var v int
	var ok bool
	select {
	case v, ok = <-ch:
		fmt.Println(v, ok)
	case out <- "x":
	}
	select {
	case w := <-ch:
		fmt.Println(w)
	case w, ok2 := <-ch:
		fmt.Println(w, ok2)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	default:
		fmt.Println("nothing")
	}
	select {
	case out <- "y":
	}
	fmt.Println(<-out)
}
`,
  labels: `package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
		close(ch)
	}()
outer:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break outer
			}
			fmt.Println(v)
		}
	}
rows:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue rows
			}
			if i == 2 {
				break rows
			}
		}
	}
sw:
	switch {
	case true:
		break sw
	}
}
`,
  functions_and_results: `package main

import "fmt"

func add(a, b int) int { return a + b }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func pair() (int, string) { return 1, "one" }

func apply(f func(int) int, x int) int { return f(x) }

func noop() {}

func main() {
	q, r := divmod(7, 2)
	n, s := pair()
	fmt.Println(add(1, 2), q, r, n, s)
	fmt.Println(apply(func(x int) int { return x * x }, 5))
	noop()
	fmt.Println(pair())
}
`,
  closures_capture: `package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func main() {
	next := counter()
	next()
	fmt.Println(next())
	x := 1
	inc := func() { x++ }
	inc()
	nested := func() func() int {
		return func() int { return x * 10 }
	}
	fmt.Println(x, nested()())
	var fns []func()
	fns = append(fns, inc, func() {})
	for _, f := range fns {
		f()
	}
	var f func(int) bool
	fmt.Println(f == nil)
}
`,
  slices: `package main

import "fmt"

func main() {
	a := []int{1, 2, 3}
	b := make([]int, 2)
	c := make([]string, 0, 4)
	a = append(a, 4, 5)
	a = append(a, b...)
	c = append(c, "x")
	fmt.Println(len(a), cap(c), a[1], a[1:3], a[:2], a[2:], a[:], a[0:2:3])
	a[0] = 9
	a[1]++
	var chans []chan int
	chans = append(chans, make(chan int, 1))
	chans[0] <- 1
	fmt.Println(<-chans[0])
	grid := [][]int{{1, 2}, {3}}
	fmt.Println(grid, len(grid[0]))
	var empty []int
	fmt.Println(empty == nil)
	s := "hello"
	fmt.Println(s[1], s[1:3], len(s))
}
`,
  channels: `package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- bool) {
	for v := range in {
		fmt.Println(v)
	}
	done <- true
}

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go producer(ch, 3)
	go consumer(ch, done)
	<-done
	var ro <-chan int = ch
	_ = ro
	sig := make(chan struct{}, 1)
	sig <- struct{}{}
	<-sig
	fmt.Println(len(sig), cap(sig))
	var cc chan chan int
	fmt.Println(cc == nil)
}
`,
  go_and_defer: `package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func(msg string) {
		defer wg.Done()
		fmt.Println(msg)
	}("hi")
	go fmt.Println("direct")
	go func() {
		defer wg.Done()
	}()
	defer fmt.Println("deferred")
	defer func() {
		fmt.Println("closure")
	}()
	wg.Wait()
}
`,
  sync_types: `package main

import (
	"fmt"
	"sync"
)

var (
	mu   sync.Mutex
	rw   sync.RWMutex
	once sync.Once
)

func worker(id int, wg *sync.WaitGroup, m *sync.Mutex, total *sync.RWMutex) {
	defer wg.Done()
	m.Lock()
	defer m.Unlock()
	total.RLock()
	total.RUnlock()
	once.Do(func() { fmt.Println("once", id) })
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, &wg, &mu, &rw)
	}
	wg.Wait()
	if mu.TryLock() {
		mu.Unlock()
	}
	rw.Lock()
	rw.Unlock()
	p := &sync.WaitGroup{}
	p.Add(1)
	p.Done()
	p.Wait()
}
`,
  time_api: `package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	d := time.Duration(3) * time.Microsecond
	n := 5
	e := time.Duration(n) * time.Millisecond
	var f time.Duration = 100
	g := time.Second + time.Minute - time.Hour + time.Nanosecond
	elapsed := time.Since(start)
	t := time.NewTimer(50 * time.Millisecond)
	stopped := t.Stop()
	t2 := time.NewTimer(time.Millisecond)
	<-t2.C
	select {
	case <-time.After(time.Millisecond):
	case <-t2.C:
	}
	fmt.Println(d, e, f, g, elapsed > 0, stopped, int64(e), int(d/time.Microsecond))
}
`,
  runtime_api: `package main

import (
	"fmt"
	"runtime"
)

func main() {
	prev := runtime.GOMAXPROCS(2)
	runtime.Gosched()
	runtime.GC()
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	fmt.Println(prev > 0, runtime.NumGoroutine(), runtime.NumCPU() > 0)
}
`,
  helpers: `package main

import "time"

func main() {
	work(5 * time.Millisecond)
	blockingSyscall(time.Millisecond)
	netRead(2 * time.Millisecond)
	d := 3 * time.Millisecond
	work(d)
}
`,
  fmt_api: `package main

import "fmt"

func main() {
	s := fmt.Sprintf("%d-%s-%v-%q-%t-%%", 1, "a", 2.0 == 2.0, "q", true)
	t := fmt.Sprint("x", 1)
	fmt.Printf("%s %s\\n", s, t)
	fmt.Printf("%5d|%-4s|\\n", 42, "ab")
	fmt.Println()
}
`,
  operators: `package main

import "fmt"

func main() {
	a, b := 7, 3
	fmt.Println(a+b, a-b, a*b, a/b, a%b, a&b, a|b, a^b, a&^b, a<<1, a>>1, -a, +a, ^a)
	fmt.Println(a == b, a != b, a < b, a <= b, a > b, a >= b)
	t, f := true, false
	fmt.Println(t && f, t || f, !t)
	s := "go" + "pher"
	fmt.Println(s < "z", s == "gopher", s+"!")
	var i64 int64 = 5
	fmt.Println(i64*2, int(i64)+a)
	var by byte = 'a'
	var r rune = 'b'
	fmt.Println(by+1, r-1)
}
`,
  panic_and_missing_return_ok: `package main

func must(ok bool) int {
	if ok {
		return 1
	}
	panic("not ok")
}

func loop() int {
	for {
	}
}

func sw(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 0
	}
}

func sel(ch chan int) int {
	select {
	case v := <-ch:
		return v
	}
}

func main() {
	_ = must(true) + sw(1)
	_ = loop
	_ = sel
}
`,
  shadowing: `package main

import "fmt"

func main() {
	x := 1
	{
		x := "inner"
		fmt.Println(x)
	}
	if x := 2.5 > 1; x {
		fmt.Println(x)
	}
	for x := 0; x < 1; x++ {
		fmt.Println(x)
	}
	work := func(n int) int { return n }
	fmt.Println(x, work(3))
	len := 3
	fmt.Println(len)
}
`,
  blank_and_unused_ok: `package main

import (
	"fmt"
	"time"
)

func f() (int, string) { return 0, "" }

var _ = time.Second

func main() {
	_ = 1
	_, _ = f()
	x := 1
	_ = x
	var y int
	y = 2
	fmt.Println(y)
}
`,
  paren_types_and_conversions: `package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	ro := (<-chan int)(ch)
	var so chan<- int = ch
	d := time.Duration(1500) * time.Microsecond
	ms := int(d / time.Millisecond)
	var big int64 = int64(ms) * 1000
	fmt.Println(ro != nil, so != nil, ms, big, int64(time.Second))
}
`,
  deadlock_select_empty: `package main

func main() {
	go func() {}()
	select {}
}
`,
  comments_and_semicolons: `// Package main is a scenario.
package main

/* block
comment */
import "fmt" // trailing

func main() { x := 1; fmt.Println(x) /* inline */ }
`,
};
