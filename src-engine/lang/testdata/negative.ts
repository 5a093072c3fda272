/**
 * Programs with errors and the exact diagnostics expected for them (generated once from the checker,
 * then reviewed against gc). `gc: 'same'` marks cases where `go build` (with helpers.go) prints
 * exactly these messages at these positions, `'vet'` cases where `go vet` does (copylocks), and
 * `'scenario'` messages of our own: Go the scenario language rejects, or that gc reports without a
 * position. The toolchain test re-checks all three claims.
 */
export interface NegativeCase {
  readonly name: string;
  readonly src: string;
  readonly expected: readonly string[];
  readonly gc: 'same' | 'vet' | 'scenario';
}

export const NEGATIVE: readonly NegativeCase[] = [
  {
    name: 'float_hex_verbs',
    gc: 'scenario',
    src: `package main

import "fmt"

func main() {
	x := 1.5
	fmt.Printf("%x %.2f\\n", x, x)
	fmt.Printf("%b\\n", 2.0)
}
`,
    expected: [
      'main.go:7:26: formatting floating-point numbers with %x is not supported in scenarios',
      'main.go:8:21: formatting floating-point numbers with %b is not supported in scenarios',
    ],
  },
  {
    name: 'keyed_array_slice_elements',
    gc: 'same',
    src: `package main

import "fmt"

func main() {
	i := 2
	a := [3]int{1: 1, 1: 2}
	b := [3]int{-1: 1}
	c := [3]int{3: 1}
	d := []int{i: 1}
	e := [2]int{1: 1, 2}
	f := []int{"x": 1}
	g := [...]int{5: 1, 2: 3, 4}
	h := []string{0: "a", 1.5: "b"}
	k := [...]bool{2: true, 2: false}
	fmt.Println(a, b, c, d, e, f, g, h, k)
}
`,
    expected: [
      'main.go:7:20: duplicate index 1 in array or slice literal',
      'main.go:8:14: invalid argument: index -1 (constant of type int) must not be negative',
      'main.go:9:14: invalid argument: index 3 out of bounds [0:3]',
      'main.go:10:13: index i must be integer constant',
      'main.go:11:20: index 2 is out of bounds (>= 2)',
      'main.go:12:13: cannot convert "x" (untyped string constant) to type int',
      'main.go:14:24: 1.5 (untyped float constant) truncated to int',
      'main.go:15:26: duplicate index 2 in array or slice literal',
    ],
  },
  {
    name: 'arrays',
    gc: 'same',
    src: `package main

import "fmt"

func f() [3]int { return [3]int{} }

func main() {
	n := 3
	var a [n]int
	var b [-1]int
	var c [...]int
	d := [3]int{1, 2, 3, 4}
	e := [2]int{1, 2}
	_ = e[5]
	_ = e[-1]
	_ = f()[:]
	var g [2.5]int
	fmt.Println(a, b, c, d, g, len(e), n)
}
`,
    expected: [
      'main.go:9:9: invalid array length n',
      'main.go:10:9: invalid array length -1 (untyped int constant)',
      'main.go:11:8: invalid use of [...] array (outside a composite literal)',
      'main.go:12:23: index 3 is out of bounds (>= 3)',
      'main.go:14:8: invalid argument: index 5 out of bounds [0:2]',
      'main.go:15:8: invalid argument: index -1 (constant of type int) must not be negative',
      'main.go:16:6: invalid operation: f() (value of type [3]int) (slice of unaddressable value)',
      'main.go:17:9: array length 2.5 (untyped float constant) must be integer',
    ],
  },
  {
    name: 'arrays_compare_slice_bounds',
    gc: 'same',
    src: `package main

func main() {
	h := [3][]int{}
	_ = h == h
	var k [3]int
	k[3] = 1
	_ = k[1:5]
	m := map[string][2]int{}
	m["a"][0] = 1
}
`,
    expected: [
      'main.go:5:6: invalid operation: h == h ([3][]int cannot be compared)',
      'main.go:7:4: invalid argument: index 3 out of bounds [0:3]',
      'main.go:8:10: invalid argument: index 5 out of bounds [0:4]',
      'main.go:10:2: cannot assign to m["a"][0] (neither addressable nor a map index expression)',
    ],
  },
  {
    name: 'floats_checker',
    gc: 'same',
    src: `package main

import "fmt"

func main() {
	var i int = 3.5
	j := int(2.5)
	var f float64 = 1
	k := f % 2
	var g float32 = 1e40
	x := 2.5
	_ = x &^ 1
	_ = 1 << f
	const c float64 = 2.5
	fmt.Println(i, j, k, g, int(c), 1.0/0.0)
}
`,
    expected: [
      'main.go:6:14: cannot use 3.5 (untyped float constant) as int value in variable declaration (truncated)',
      'main.go:7:11: cannot convert 2.5 (untyped float constant) to type int',
      'main.go:9:7: invalid operation: operator % not defined on f (variable of type float64)',
      'main.go:10:18: cannot use 1e40 (untyped float constant 1e+40) as float32 value in variable declaration (overflows)',
      'main.go:12:6: invalid operation: operator &^ not defined on x (variable of type float64)',
      'main.go:13:11: invalid operation: shift count f (variable of type float64) must be integer',
      'main.go:15:30: cannot convert c (constant 2.5 of type float64) to type int',
      'main.go:15:38: invalid operation: division by zero',
    ],
  },
  {
    name: 'copy_append_bytes',
    gc: 'same',
    src: `package main

func main() {
	x := 1
	s := []int{1}
	b := []byte{1}
	r := []rune{1}
	_ = copy(x, s)
	_ = copy(s, b)
	_ = copy(r, "x")
	_ = copy(b, "x", 1)
	_ = append(s, "x"...)
	_ = append(r, "x"...)
	copy(b, "x")
	b = append(b, "yz"...)
	_ = []rune(string(b))
}
`,
    expected: [
      'main.go:8:11: invalid argument: copy expects slice arguments; found x (variable of type int) and s (variable of type []int)',
      'main.go:9:11: invalid argument: arguments to copy s (variable of type []int) and b (variable of type []byte) have different element types int and byte',
      'main.go:10:11: invalid argument: arguments to copy r (variable of type []rune) and "x" (untyped string constant) have different element types rune and byte',
      'main.go:11:6: invalid operation: too many arguments for copy(b, "x", 1) (expected 2, found 3)',
      'main.go:12:16: cannot use "x" (untyped string constant) as []int value in argument to append',
      'main.go:13:16: cannot use "x" (untyped string constant) as []rune value in argument to append',
    ],
  },
  {
    name: 'assign',
    gc: 'same',
    src: `package main

func main() {
	a, b := 1
	var c int = "x"
	c = true
	d := nil
	const k = 1
	k = 2
	x := 1
	x := 2
	_, _, _ = a, b, d
}
`,
    expected: [
      'main.go:4:10: assignment mismatch: 2 variables but 1 value',
      'main.go:5:6: declared and not used: c',
      'main.go:5:14: cannot use "x" (untyped string constant) as int value in variable declaration',
      'main.go:6:6: cannot use true (untyped bool constant) as int value in assignment',
      'main.go:7:7: use of untyped nil in assignment',
      'main.go:9:2: cannot assign to k (neither addressable nor a map index expression)',
      'main.go:10:2: declared and not used: x',
      'main.go:11:4: no new variables on left side of :=',
    ],
  },
  {
    name: 'branch',
    gc: 'same',
    src: `package main

func main() {
	break
	continue
L:
	for {
		break M
	}
	switch {
	case true:
		continue
	}
	for {
		func() {
			break
		}()
	}
}
`,
    expected: [
      'main.go:4:2: break is not in a loop, switch, or select',
      'main.go:5:2: continue is not in a loop',
      'main.go:6:1: label L defined and not used',
      'main.go:8:9: break label not defined: M',
      'main.go:12:3: continue is not in a loop',
      'main.go:16:4: break is not in a loop, switch, or select',
    ],
  },
  {
    name: 'calls',
    gc: 'same',
    src: `package main

func f(a int, b string) int { return a }

func g() (int, int) { return 1, 2 }

func main() {
	f(1)
	f(1, "a", 3)
	x := g()
	var y, z int = g(), 1
	a, b := f(1, "x")
	_, _, _, _, _ = x, y, z, a, b
}
`,
    expected: [
      'main.go:8:4: not enough arguments in call to f\n\thave (number)\n\twant (int, string)',
      'main.go:9:12: too many arguments in call to f\n\thave (number, string, number)\n\twant (int, string)',
      'main.go:10:7: assignment mismatch: 1 variable but g returns 2 values',
      'main.go:11:17: multiple-value g() (value of type (int, int)) in single-value context',
      'main.go:12:10: assignment mismatch: 2 variables but f returns 1 value',
    ],
  },
  {
    name: 'chans',
    gc: 'same',
    src: `package main

func main() {
	var r <-chan int = make(chan int)
	var s chan<- int = make(chan int)
	r <- 1
	<-s
	close(r)
	x := 5
	x <- 1
	<-x
	for v := range s {
		_ = v
	}
	var c chan int = r
	_ = c
}
`,
    expected: [
      'main.go:6:2: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)',
      'main.go:7:4: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)',
      'main.go:8:8: invalid operation: cannot close receive-only channel r (variable of type <-chan int)',
      'main.go:10:2: invalid operation: cannot send to non-channel x (variable of type int)',
      'main.go:11:4: invalid operation: cannot receive from non-channel x (variable of type int)',
      'main.go:12:17: cannot range over s (variable of type chan<- int): receive from send-only channel',
      'main.go:15:19: cannot use r (variable of type <-chan int) as chan int value in variable declaration',
    ],
  },
  {
    name: 'constt',
    gc: 'same',
    src: `package main

func main() {
	x := 1
	const c = x
	const d int = "s"
	_ = iota
	_ = c
	_ = d
}
`,
    expected: [
      'main.go:5:12: x (variable of type int) is not constant',
      'main.go:6:16: cannot use "s" (untyped string constant) as int value in constant declaration',
      'main.go:7:6: cannot use iota outside constant declaration',
    ],
  },
  {
    name: 'conv',
    gc: 'same',
    src: `package main

import "time"

func main() {
	x := int("a")
	y := int(1.5)
	var d time.Duration = 3
	i := int(d)
	z := time.Duration(i) + d
	var b byte = 300
	_, _, _, _ = x, y, z, b
}
`,
    expected: [
      'main.go:6:11: cannot convert "a" (untyped string constant) to type int',
      'main.go:7:11: cannot convert 1.5 (untyped float constant) to type int',
      'main.go:11:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)',
    ],
  },
  {
    name: 'dur',
    gc: 'same',
    src: `package main

import (
	"fmt"
	"time"
)

func main() {
	n := 3
	d := n * time.Millisecond
	e := time.Duration(n) * time.Millisecond
	var f time.Duration = 1.5
	fmt.Println(d, e, f)
}
`,
    expected: [
      'main.go:10:7: invalid operation: n * time.Millisecond (mismatched types int and time.Duration)',
      'main.go:12:24: cannot use 1.5 (untyped float constant) as time.Duration value in variable declaration (truncated)',
    ],
  },
  {
    name: 'gofunc',
    gc: 'same',
    src: `package main

func main() {
	go 1
	defer len("x")
	x := 2
	go x
	go func() {}
}
`,
    expected: [
      'main.go:4:5: expression in go must be function call',
      'main.go:5:8: defer discards result of len("x") (constant 1 of type int)',
      'main.go:7:5: expression in go must be function call',
      'main.go:8:5: expression in go must be function call',
    ],
  },
  {
    name: 'ifcond',
    gc: 'same',
    src: `package main

func main() {
	x := 1
	if x {
	}
	for x {
	}
}
`,
    expected: [
      'main.go:5:5: non-boolean condition in if statement',
      'main.go:7:6: non-boolean condition in for statement',
    ],
  },
  {
    name: 'imports',
    gc: 'scenario',
    src: `package main

import (
	"fmt"
	"os"
	"unicode"
)

func main() {
	fmt.Println(os.Args, unicode.IsUpper('x'))
}
`,
    expected: [
      'main.go:6:2: package unicode is not supported in scenarios',
      'main.go:10:17: os.Args is not supported in scenarios',
    ],
  },
  {
    name: 'labels',
    gc: 'same',
    src: `package main

func main() {
L:
	for i := 0; i < 3; i++ {
	}
M:
	for {
		continue L
	}
}
`,
    expected: ['main.go:7:1: label M defined and not used', 'main.go:9:12: invalid continue label L'],
  },
  {
    name: 'lib',
    gc: 'scenario',
    src: `package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add("x")
	wg.Foo()
	runtime.GOMAXPROCS()
	time.Sleep(5)
	time.Sleep("x")
	var mu sync.Mutex
	mu.Lock(1)
	n, err := fmt.Println("x")
	_, _ = n, err
	fmt.Sprintf("%d", 1)
}
`,
    expected: [
      'main.go:12:9: cannot use "x" (untyped string constant) as int value in argument to wg.Add',
      'main.go:13:5: wg.Foo undefined (type sync.WaitGroup has no field or method Foo)',
      'main.go:14:2: not enough arguments in call to runtime.GOMAXPROCS\n\thave ()\n\twant (int)',
      'main.go:16:13: cannot use "x" (untyped string constant) as time.Duration value in argument to time.Sleep',
      'main.go:18:10: too many arguments in call to mu.Lock\n\thave (number)\n\twant ()',
      'main.go:19:12: using the results of fmt.Println is not supported in scenarios',
    ],
  },
  {
    name: 'mismatch',
    gc: 'same',
    src: `package main

import "fmt"

func main() {
	x := 1
	s := "a"
	fmt.Println(x + s)
	var d = 100 * time.Millisecond
	_ = d
}
`,
    expected: [
      'main.go:8:14: invalid operation: x + s (mismatched types int and string)',
      'main.go:9:16: undefined: time',
    ],
  },
  {
    name: 'missing_return',
    gc: 'same',
    src: `package main

func f(x int) int {
	if x > 0 {
		return 1
	}
}

func g(x int) int {
	for {
	}
}

func h(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic("no")
	}
}

func main() {
	_ = f(1) + g(1) + h(1)
}
`,
    expected: ['main.go:7:1: missing return'],
  },
  {
    name: 'nomain',
    gc: 'scenario',
    src: `package main

func helper() {}
`,
    expected: ['main.go:1:9: function main is undeclared in the main package'],
  },
  {
    name: 'notused',
    gc: 'same',
    src: `package main

func main() {
	x := 1
	x + 1
	len("abc")
	1
	_ = x
}
`,
    expected: [
      'main.go:5:2: x + 1 (value of type int) is not used',
      'main.go:6:2: len("abc") (constant 3 of type int) is not used',
      'main.go:7:2: 1 (untyped int constant) is not used',
    ],
  },
  {
    name: 'ops',
    gc: 'same',
    src: `package main

func main() {
	b := true
	s := "x"
	i := 1
	_ = b + b
	_ = -s
	_ = !i
	_ = s < i
	_ = i / 0
	var sl []int
	_ = sl == sl
	_ = sl[1.5]
	_ = i[0]
}
`,
    expected: [
      'main.go:7:6: invalid operation: operator + not defined on b (variable of type bool)',
      'main.go:8:7: invalid operation: operator - not defined on s (variable of type string)',
      'main.go:9:7: invalid operation: operator ! not defined on i (variable of type int)',
      'main.go:10:10: invalid operation: s < i (mismatched types string and int)',
      'main.go:11:10: invalid operation: division by zero',
      'main.go:13:6: invalid operation: sl == sl (slice can only be compared to nil)',
      'main.go:14:9: 1.5 (untyped float constant) truncated to int',
      'main.go:15:7: invalid operation: cannot index i (variable of type int)',
    ],
  },
  {
    name: 'rangeerr',
    gc: 'same',
    src: `package main

func main() {
	for i, v := range 10 {
		_, _ = i, v
	}
	b := true
	for range b {
	}
	ch := make(chan int)
	for a, b := range ch {
		_, _ = a, b
	}
}
`,
    expected: [
      'main.go:4:9: range over 10 (untyped int constant) permits only one iteration variable',
      'main.go:8:12: cannot range over b (variable of type bool)',
      'main.go:11:9: range over ch (variable of type chan int) permits only one iteration variable',
    ],
  },
  {
    name: 'redecl',
    gc: 'scenario',
    src: `package main

func f() {}
func f() {}

var v = 1
var v = 2

func main() {
	work(1)
}

func work(d int) {}
`,
    expected: [
      'main.go:4:6: f redeclared in this block\n\tmain.go:3:6: other declaration of f',
      'main.go:7:5: v redeclared in this block\n\tmain.go:6:5: other declaration of v',
      'main.go:13:6: work redeclared in this block (it is a predeclared scenario helper)',
    ],
  },
  {
    name: 'ret',
    gc: 'same',
    src: `package main

func f() int {
	return
}

func g() {
	return 1
}

func h() (int, string) {
	return 1
}

func main() {
	f()
	g()
	h()
}
`,
    expected: [
      'main.go:4:2: not enough return values\n\thave ()\n\twant (int)',
      'main.go:8:9: too many return values\n\thave (number)\n\twant ()',
      'main.go:12:9: not enough return values\n\thave (number)\n\twant (int, string)',
    ],
  },
  {
    name: 'selecterr',
    gc: 'same',
    src: `package main

func main() {
	ch := make(chan int)
	select {
	case ch <- "x":
	case v := <-ch:
	default:
	}
}
`,
    expected: [
      'main.go:6:13: cannot use "x" (untyped string constant) as int value in send',
      'main.go:7:7: declared and not used: v',
    ],
  },
  {
    name: 'switcherr',
    gc: 'same',
    src: `package main

func main() {
	x := 1
	switch x {
	case "a":
	case 2:
	default:
	default:
	}
	switch {
	case x:
	}
}
`,
    expected: [
      'main.go:6:7: cannot convert "a" (untyped string constant) to type int',
      'main.go:9:2: multiple defaults (first at main.go:8:2)',
      'main.go:12:7: invalid case x in switch on true (mismatched types int and bool)',
    ],
  },
  {
    name: 'undefined',
    gc: 'scenario',
    src: `package main

func main() {
	x := y
	foo()
	var m complex128
	println("x")
	_ = x
	_ = m
}
`,
    expected: [
      'main.go:4:7: undefined: y',
      'main.go:5:2: undefined: foo',
      'main.go:6:8: complex128 is not supported in scenarios',
    ],
  },
  {
    name: 'unused_import',
    gc: 'same',
    src: `package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("hi")
}
`,
    expected: ['main.go:5:2: "time" imported and not used'],
  },
  {
    name: 'unused_var',
    gc: 'same',
    src: `package main

func main() {
	x := 1
	var y int
	y = 2
	z := 0
	z++
	a := 0
	a += 1
}
`,
    expected: ['main.go:4:2: declared and not used: x', 'main.go:5:6: declared and not used: y'],
  },
  {
    name: 'callnonfunc',
    gc: 'scenario',
    src: `package main

import "fmt"

func main() {
	x := 1
	x()
	"s"()
	fmt()
	fmt.Println.x()
	_ = fmt.Nope
}
`,
    expected: [
      'main.go:7:2: invalid operation: cannot call non-function x (variable of type int)',
      'main.go:8:2: invalid operation: cannot call non-function "s" (untyped string constant)',
      'main.go:9:2: use of package fmt not in selector',
      'main.go:10:14: fmt.Println.x undefined (type func(...any) (int, error) has no field or method x)',
      'main.go:11:10: undefined: fmt.Nope',
    ],
  },
  {
    name: 'chandir_assign',
    gc: 'same',
    src: `package main

func send(ch chan<- int) {}

func main() {
	var r <-chan int
	send(r)
	var c chan int = r
	var s chan<- string = make(chan int)
	_, _ = c, s
}
`,
    expected: [
      'main.go:7:7: cannot use r (variable of type <-chan int) as chan<- int value in argument to send',
      'main.go:8:19: cannot use r (variable of type <-chan int) as chan int value in variable declaration',
      'main.go:9:24: cannot use make(chan int) (value of type chan int) as chan<- string value in variable declaration',
    ],
  },
  {
    name: 'closure_unused',
    gc: 'same',
    src: `package main

func main() {
	f := func() {
		y := 2
	}
	f()
	go func(n int) {
		z := n
	}(1)
}
`,
    expected: ['main.go:5:3: declared and not used: y', 'main.go:9:3: declared and not used: z'],
  },
  {
    name: 'copylocks',
    gc: 'vet',
    src: `package main

import "sync"

func worker(wg sync.WaitGroup, mu sync.Mutex) {
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	worker(wg, mu)
	m2 := mu
	var o sync.Once
	o2 := o
	_, _ = m2, o2
	f := func(r sync.RWMutex) {}
	_ = f
}
`,
    expected: [
      'main.go:5:16: worker passes lock by value: sync.WaitGroup contains sync.noCopy',
      'main.go:5:35: worker passes lock by value: sync.Mutex',
      'main.go:12:9: call of worker copies lock value: sync.WaitGroup contains sync.noCopy',
      'main.go:12:13: call of worker copies lock value: sync.Mutex',
      'main.go:13:8: assignment copies lock value to m2: sync.Mutex',
      'main.go:15:8: assignment copies lock value to o2: sync.Once contains sync/atomic.Uint32 contains sync/atomic.noCopy',
      'main.go:16:9: assignment copies lock value to _: sync.Mutex',
      'main.go:16:13: assignment copies lock value to _: sync.Once contains sync/atomic.Uint32 contains sync/atomic.noCopy',
      'main.go:17:14: func passes lock by value: sync.RWMutex',
    ],
  },
  {
    name: 'dupcase',
    gc: 'same',
    src: `package main

func main() {
	x := 1
	switch x {
	case 1:
	case 2, 1:
	}
	s := "a"
	switch s {
	case "a", "a":
	}
}
`,
    expected: [
      'main.go:7:10: duplicate case 1 (constant of type int) in expression switch\n\tmain.go:6:7: previous case',
      'main.go:11:12: duplicate case "a" (constant of type string) in expression switch\n\tmain.go:11:7: previous case',
    ],
  },
  {
    name: 'funccmp',
    gc: 'same',
    src: `package main

func main() {
	f := func() {}
	g := func() {}
	_ = f == g
	var a, b []int
	_ = a == b
	ch := make(chan int)
	_ = ch < ch
}
`,
    expected: [
      'main.go:6:6: invalid operation: f == g (func can only be compared to nil)',
      'main.go:8:6: invalid operation: a == b (slice can only be compared to nil)',
      'main.go:10:6: invalid operation: ch < ch (operator < not defined on chan)',
    ],
  },
  {
    name: 'goexprs',
    gc: 'scenario',
    src: `package main

import "sync"

func main() {
	var wg sync.WaitGroup
	f := wg.Done
	f()
	var mu sync.Mutex
	m2 := mu
	_ = m2
}
`,
    expected: [
      'main.go:7:7: method values (wg.Done without a call) are not supported in scenarios',
      'main.go:10:8: assignment copies lock value to m2: sync.Mutex',
      'main.go:11:6: assignment copies lock value to _: sync.Mutex',
    ],
  },
  {
    name: 'idx',
    gc: 'same',
    src: `package main

func main() {
	s := []int{1, 2}
	_ = s[-1]
	_ = s["a"]
	t := "abc"
	_ = t[5]
	_ = "abc"[5]
	t[0] = 'x'
	_ = s[2:1]
	_ = t[1:2:3]
}
`,
    expected: [
      'main.go:5:8: invalid argument: index -1 (constant of type int) must not be negative',
      'main.go:6:8: cannot convert "a" (untyped string constant) to type int',
      'main.go:9:12: invalid argument: index 5 out of bounds [0:3]',
      'main.go:10:2: cannot assign to t[0] (neither addressable nor a map index expression)',
      'main.go:11:10: invalid slice indices: 1 < 2',
      'main.go:12:12: invalid operation: 3-index slice of string',
    ],
  },
  {
    name: 'labels2',
    gc: 'same',
    src: `package main

func main() {
L:
	if true {
		break L
	}
M:
	switch {
	default:
		continue M
	}
N:
	for {
	}
}
`,
    expected: [
      'main.go:6:9: invalid break label L',
      'main.go:11:12: invalid continue label M',
      'main.go:13:1: label N defined and not used',
    ],
  },
  {
    name: 'lenargs',
    gc: 'scenario',
    src: `package main

func main() {
	_ = len()
	_ = len(1, 2)
	_ = cap("abc")
	_ = make([]int)
	_ = make(chan int, 1, 2)
	_ = make(int)
	close(5)
	_ = append(1, 2)
	var s []int
	s = append(s, "x")
	panic()
}
`,
    expected: [
      'main.go:4:6: invalid operation: not enough arguments for len() (expected 1, found 0)',
      'main.go:5:6: invalid operation: too many arguments for len(1, 2) (expected 1, found 2)',
      'main.go:6:10: invalid argument: "abc" (untyped string constant) for built-in cap',
      'main.go:7:6: invalid operation: make([]int) expects 2 or 3 arguments; found 1',
      'main.go:8:6: invalid operation: make(chan int, 1, 2) expects 1 or 2 arguments; found 3',
      'main.go:9:11: invalid argument: cannot make int; type must be slice, map, or channel',
      'main.go:10:8: invalid operation: cannot close non-channel 5 (untyped int constant)',
      'main.go:11:13: first argument to append must be a slice; have 1 (untyped int constant)',
      'main.go:13:16: cannot use "x" (untyped string constant) as int value in argument to append',
      'main.go:14:2: invalid operation: not enough arguments for panic() (expected 1, found 0)',
    ],
  },
  {
    name: 'multi',
    gc: 'same',
    src: `package main

func two() (int, int) { return 1, 2 }

func none() {}

func main() {
	x := two() + 1
	y := none()
	var z int = none()
	a, b, c := two()
	_, _, _, _, _, _ = x, y, z, a, b, c
}
`,
    expected: [
      'main.go:8:7: multiple-value two() (value of type (int, int)) in single-value context',
      'main.go:9:7: none() (no value) used as value',
      'main.go:10:14: none() (no value) used as value',
      'main.go:11:13: assignment mismatch: 3 variables but two returns 2 values',
    ],
  },
  {
    name: 'retcount',
    gc: 'same',
    src: `package main

func f() (int, string) {
	return 1, 2
}

func g() int {
	return "a"
}

func h() {
	return
}

func main() {
	f()
	g()
	h()
}
`,
    expected: [
      'main.go:4:12: cannot use 2 (untyped int constant) as string value in return statement',
      'main.go:8:9: cannot use "a" (untyped string constant) as int value in return statement',
    ],
  },
  {
    name: 'shadowunused',
    gc: 'same',
    src: `package main

import "fmt"

func main() {
	x := 1
	if true {
		x := 2
		fmt.Println("inner")
	}
	fmt.Println(x)
	for i := 0; i < 3; i++ {
	}
	for j := range 3 {
	}
}
`,
    expected: ['main.go:8:3: declared and not used: x', 'main.go:14:6: declared and not used: j'],
  },
  {
    name: 'untypedops',
    gc: 'same',
    src: `package main

func main() {
	x := 1
	_ = x + "a"
	_ = "a" + 1
	_ = x + 1.5
	var b byte = 255
	_ = b + 1000
	const big = 1 << 64
	y := big
	_ = y
	_ = 10 / 0
	_ = 1 % 0.5
}
`,
    expected: [
      'main.go:5:6: invalid operation: x + "a" (mismatched types int and untyped string)',
      'main.go:6:6: invalid operation: "a" + 1 (mismatched types untyped string and untyped int)',
      'main.go:7:10: 1.5 (untyped float constant) truncated to int',
      'main.go:9:10: 1000 (untyped int constant) overflows byte',
      'main.go:11:7: cannot use big (untyped int constant 18446744073709551616) as int value in assignment (overflows)',
      'main.go:13:11: invalid operation: division by zero',
      'main.go:14:6: invalid operation: operator % not defined on 1 (untyped float constant)',
    ],
  },
  {
    name: 'complex',
    gc: 'scenario',
    src: `package main

import "fmt"

func main() {
	x := 1.5i
	fmt.Println(2.5)
	var i int = 3.0
	var c complex64
	fmt.Println(x, i, c)
}
`,
    expected: [
      'main.go:6:7: complex numbers are not supported in scenarios',
      'main.go:9:8: complex64 is not supported in scenarios',
    ],
  },
  {
    name: 'helpers_misuse',
    gc: 'same',
    src: `package main

import "time"

func main() {
	work(5)
	work(time.Second, 1)
	blockingSyscall("1s")
	netRead(10)
	d := 3
	work(d)
}
`,
    expected: [
      'main.go:7:20: too many arguments in call to work\n\thave (time.Duration, number)\n\twant (time.Duration)',
      'main.go:8:18: cannot use "1s" (untyped string constant) as time.Duration value in argument to blockingSyscall',
      'main.go:11:7: cannot use d (variable of type int) as time.Duration value in argument to work',
    ],
  },
  {
    name: 'pkg_not_main',
    gc: 'scenario',
    src: `package lesson

func main() {}
`,
    expected: ['main.go:1:9: package lesson is not supported; scenarios are package main'],
  },
  {
    name: 'sync_misuse',
    gc: 'scenario',
    src: `package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add()
	wg.Go(func() {})
	var once sync.Once
	once.Do(1)
	var c sync.Cond
	_ = c
}
`,
    expected: [
      'main.go:7:2: not enough arguments in call to wg.Add\n\thave ()\n\twant (int)',
      'main.go:8:5: wg.Go undefined (type sync.WaitGroup has no field or method Go)',
      'main.go:10:10: cannot use 1 (untyped int constant) as func() value in argument to once.Do',
      'main.go:11:8: sync.Cond values (use *sync.Cond from sync.NewCond) are not supported in scenarios',
    ],
  },
  {
    name: 'timeapi',
    gc: 'same',
    src: `package main

import "time"

func main() {
	t := time.NewTimer(time.Second)
	t.Reset(time.Second)
	var x int = time.Now()
	time.Sleep(time.Since(3))
	_ = x
	<-time.Tick(time.Second)
}
`,
    expected: [
      'main.go:8:14: cannot use time.Now() (value of type time.Time) as int value in variable declaration',
      'main.go:9:24: cannot use 3 (untyped int constant) as time.Time value in argument to time.Since',
    ],
  },
  {
    name: 'unsupported_checker',
    gc: 'scenario',
    src: `package main

import (
	"fmt"
	"sync"
)

func sum(xs ...int) int { return 0 }

func init() {}

func main() {
	var f complex128
	x := 1
	p := &x
	s := string(x)
	n, _ := fmt.Println("x")
	var wg sync.WaitGroup
	done := wg.Done
	var e error
	println("x")
	_, _, _, _, _, _, _ = f, p, s, n, done, e, sum
}
`,
    expected: [
      'main.go:10:6: init functions are not supported in scenarios',
      'main.go:13:8: complex128 is not supported in scenarios',
      'main.go:16:7: conversion from int to string is not supported in scenarios',
      'main.go:17:10: using the results of fmt.Println is not supported in scenarios',
      'main.go:19:10: method values (wg.Done without a call) are not supported in scenarios',
    ],
  },
  {
    name: 'atomic_outside_subset',
    gc: 'scenario',
    src: `package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var a atomic.Int64
	b := a
	var u atomic.Int32
	fmt.Println(b.Load(), u.Load(), atomic.AndInt64(nil, 1))
}
`,
    expected: [
      'main.go:10:7: assignment copies lock value to b: sync/atomic.Int64 contains sync/atomic.noCopy',
      'main.go:12:41: sync/atomic.AndInt64 is not supported in scenarios',
    ],
  },
  {
    name: 'one_message_per_construct_parse',
    gc: 'scenario',
    src: `package main

import "fmt"

type A [2]int

func G[T any]() {}

type F func(int)

func main() {
	var x interface{} = A{}
	switch v := x.(type) {
	case A:
		fmt.Println(v)
	}
}
`,
    expected: ['main.go:7:7: generic functions are not supported in scenarios'],
  },
  {
    name: 'one_message_per_construct_check',
    gc: 'scenario',
    src: `package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.MemProfileRate = 1
	var c complex128
	s := fmt.Sprint(c)
	fmt.Println(s)
}
`,
    expected: [
      'main.go:9:10: runtime.MemProfileRate is not supported in scenarios',
      'main.go:10:8: complex128 is not supported in scenarios',
    ],
  },
  {
    name: 'println_addresses',
    gc: 'scenario',
    src: `package main

func main() {
	xs := []int{1}
	ch := make(chan int)
	println("ok", 1, true)
	println(xs, "x")
	print(ch)
	println(nil)
}
`,
    expected: [
      'main.go:7:10: println of []int values (the runtime prints a memory address) is not supported in scenarios',
      'main.go:8:8: print of chan int values (the runtime prints a memory address) is not supported in scenarios',
      'main.go:9:10: use of untyped nil in argument to built-in println',
    ],
  },
  {
    name: 'mut_casefloat',
    gc: 'same',
    src: `package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

var _, _ = time.Second, fmt.Sprint

func helper(n int, s string) int {
	if n > len(s) {
		return n
	}
	return len(s)
}

func main() {
	fmt.Println(len("go"), "sched")
	fmt.Println(-(int(46 * time.Microsecond / time.Microsecond)), fmt.Sprint(25) + fmt.Sprintf("%d-%s", 39, "P0"))
	switch -(42) {
	case 1.5, 3:
		var v0 string = fmt.Sprint(23)
		wg.Add(1)
		go func() {
			defer wg.Done()
			v1 := (40 - 52) < helper(50, v0) || 45 * time.Microsecond + 14 * time.Nanosecond + time.Duration(11) * time.Microsecond > time.Millisecond
			fmt.Println(helper(len(v0), "go" + "go"), fmt.Sprint(16 + 45))
			_ = v1
		}()
		_ = v0
	default:
		var v2 int = 75
		_ = v2
	}
	fmt.Println(92 * (95 - 92), "go")
	work(time.Duration(41) * time.Microsecond + 39 * time.Millisecond)
	for range 0 {
		if (len("sched") < -(47) && fmt.Sprint(42) != "") {
			v3 := 37
			fmt.Println(v3, fmt.Sprintf("%d-%s", 35, "go"))
			v4 := "go"
			_ = v3
			_ = v4
		} else {
			v5 := fmt.Sprintf("%d-%s", len(make([]int, 4)), fmt.Sprint(int(50 * time.Microsecond / time.Microsecond)))
			_ = v5
		}
		work(35 * time.Millisecond + 10 * time.Millisecond + time.Duration(20) * time.Microsecond)
		var v6 time.Duration = 20 * time.Microsecond
		_ = v6
	}
	wg.Wait()
}
`,
    expected: ['main.go:24:7: 1.5 (untyped float constant) truncated to int'],
  },
  {
    name: 'mut_m23',
    gc: 'same',
    src: `package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

var _, _ = time.Second, fmt.Sprint

func helper(n int, s string) int {
	if n > len(s) {
		return n
	}
	return len(s)
}

func main() {
	for range 3 {
		work(7 * 1.5 * time.Millisecond + 26 * time.Nanosecond)
	}
	for v0 := 0; v0 < 3; v0++ {
		for v1 := 0; v1 < 4; v1++ {
			v2 := make(chan int, 1)
			work(time.Duration(36 % 1) * time.Microsecond)
			_ = v1
			_ = v2
		}
		_ = v0
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		if !((70 < 14 && "P0" != "P0")) {
			v3 := append(append([]int{2}, 44 * 26), len("sched"))
			var v4 string = fmt.Sprintf("%d-%s", 39 + 1, "P0" + "a")
			v5 := fmt.Sprintf("%d-%s", 29 + 32, v4)
			_ = v3
			_ = v4
			_ = v5
		} else {
			fmt.Println(18, "P0")
		}
	}()
	wg.Wait()
}
`,
    expected: ['main.go:22:8: 7 * 1.5 (untyped float constant 10.5) truncated to int64'],
  },
  {
    name: 'mut_m24',
    gc: 'same',
    src: `package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

var _, _ = time.Second, fmt.Sprint

func helper(n int, s string) int {
	if n > len(s) {
		return n
	}
	return len(s)
}

func main() {
	work(8 * 1 * 14 * time.Microsecond)
	switch 33 * 48 {
	case 2, 3:
		if true {
			fmt.Println(len([]int{}), fmt.Sprint(-(33)))
			var v0 int = int(23 * time.Nanosecond + 10 * time.Nanosecond / time.Microsecond)
			var v0 int = int(23 * time.Nanosecond + 10 * time.Nanosecond / time.Microsecond)
			v0++
			_ = v0
		} else {
			work(2 * 31 * time.Millisecond + 11 * time.Nanosecond)
			var v1 time.Duration = time.Duration(2) * time.Microsecond
			_ = v1
		}
		var v2 int = (94 - 65) * len([]int{})
		_ = v2
	default:
		fmt.Println(len("go"), fmt.Sprintf("%d-%s", 54 + 51, "P0" + "sched"))
	}
	if fmt.Sprintf("%d-%s", 34, "") == "" + "go" {
		work(time.Duration(47) * time.Microsecond + 23 * time.Nanosecond)
		fmt.Println(len("a") % 5, fmt.Sprintf("%d-%s", len(""), "" + "P0"))
	} else {
		for range 0 {
			v3 := 97
			var v4 time.Duration = 1 * 5 * 20 * time.Microsecond
			_ = v3
			_ = v4
		}
	}
	wg.Wait()
}
`,
    expected: ['main.go:27:8: v0 redeclared in this block\n\tmain.go:26:8: other declaration of v0'],
  },
  {
    name: 'mut_m46',
    gc: 'scenario',
    src: `package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

var _, _ = time.Second, fmt.Sprint

func helper(n int, s string) int {
	if n > len(s) {
		return n
	}
	return len(s)
}

func main() {
	var v0 int = len([]int{}) * -(17)
	_ = v0
	switch -(27) {
		switch 88 {
	case 1, 4:
		case 1, 5:
			work(18 * time.Microsecond + 28 * time.Millisecond)
			v1 := "a" + fmt.Sprint(42)
			_ = v1
		default:
			fmt.Println(helper(75, ""), fmt.Sprint(len("sched")))
		}
	default:
		if false {
			v2 := make([]int, 0)
			fmt.Println(helper(54 + 34, "go"), "go")
			work(8 * time.Microsecond)
			_ = v2
		} else {
			v3 := time.Duration(17 % 2) * time.Microsecond
			_ = v3
		}
	}
	wg.Wait()
}
`,
    expected: ['main.go:24:3: syntax error: unexpected switch, expected case or default or }'],
  },
  {
    name: 'mut_m48',
    gc: 'same',
    src: `package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

var _, _ = time.Second, fmt.Sprint

func helper(n int, s string) int {
	if n > len(s) {
		return n
	}
	return len(s)
}

func main() {
	for range 3 {
		for v0 := 0; v0 < 1; v0++ {
			v0 += v0 % 2 * len("")
			_ = v0
		}
		for range 3 {
			work(27 * time.Microsecond)
			work(7 * time.Nanosecond + 38 * time.Microsecond + 32 * time.Nanosecond)
			v1 := 24 * time.Millisecond
			_ = nil
		}
		fmt.Println(len("a"), fmt.Sprint((37 - 95)))
	}
	fmt.Println(len(fmt.Sprintf("%d-%s", 80, "")), "a" + "sched" + fmt.Sprintf("%d-%s", 8, "go"))
	v2 := make(chan int, 2)
	_ = v2
	wg.Add(1)
	go func() {
		defer wg.Done()
		v3 := make([]int, 4)
		_ = v3
	}()
	wg.Wait()
}
`,
    expected: [
      'main.go:29:4: declared and not used: v1',
      'main.go:30:8: use of untyped nil in assignment to _ identifier',
    ],
  },
  {
    name: 'mut_m58',
    gc: 'same',
    src: `package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

var _, _ = time.Second, fmt.Sprint

func helper(n int, s string) int {
	if n > len(s) {
		return n
	}
	return len(s)
}

func main() {
	v0 := make([]int, 1)
	_ = v0
	wg.Add(1)
	go func() {
		defer wg.Done()
		v1 := !(true || time.Duration(99) * time.Microsecond > time.Millisecond)
		var v2 string = fmt.Sprintf("%d-%s", 71, "") + "sched" + ""
		switch 80 % 6 {
		case 0, 4:
			v2 += "!"
		default:
			var v3 time.Duration = time.Duration(helper(11, "sched")) * time.Microsecond
			_ = v3
		}
		_ = v1
		_ = v2
	}()
	for range 2 {
		v4 := -(93) * -(39) < 42
		if "" == "P0" {
			work(8 * 18 * time.Millisecond + 15 * time.Nanosecond)
			v5 := append(append(make([]int, 1), (17 - 18)), len([]int{6, 3}))
			var v6 string = ""
			var v6 string = ""
			_ = v5
			_ = v6
		} else {
			v7 := 33 * time.Microsecond
			_ = v7
		}
		var v8 int = -(2) % 7
		_ = v4
		_ = v8
	}
	wg.Wait()
}
`,
    expected: ['main.go:44:8: v6 redeclared in this block\n\tmain.go:43:8: other declaration of v6'],
  },
  {
    name: 'mut_makesize',
    gc: 'same',
    src: `package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

var _, _ = time.Second, fmt.Sprint

func helper(n int, s string) int {
	if n > len(s) {
		return n
	}
	return len(s)
}

func main() {
	v0 := ""
	_ = v0
	fmt.Println(94, "sched")
	v1 := "P0"
	_ = v1
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range 2 {
			work(time.Duration(11 * 70) * time.Microsecond)
		}
		var true int = len(fmt.Sprintf("%d-%s", 41, "sched"))
		for _, v3 := range make([]int, fmt.Sprint(1)) {
			v2++
			fmt.Println(v3 * v3, fmt.Sprint(v2 + 59))
			_ = v3
		}
		_ = v2
	}()
	for v4 := 0; v4 < 4; v4++ {
		fmt.Println(v4 * 14, fmt.Sprint(75))
		v4 += v4
		_ = v4
	}
	wg.Wait()
}
`,
    expected: [
      'main.go:32:7: declared and not used: true',
      'main.go:33:34: invalid argument: index fmt.Sprint(1) (value of type string) must be integer',
      'main.go:34:4: undefined: v2',
      'main.go:35:36: undefined: v2',
      'main.go:38:7: undefined: v2',
    ],
  },
  {
    name: 'mut_opassign',
    gc: 'same',
    src: `package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

var _, _ = time.Second, fmt.Sprint

func helper(n int, s string) int {
	if n > len(s) {
		return n
	}
	return len(s)
}

func main() {
	switch 86 {
	case 2, 5:
		v0 := fmt.Sprint(helper(len("go"), fmt.Sprintf("%d-%s", 71, "a")))
		fmt.Println(96, fmt.Sprint(79 + 24))
		_ = v0
	default:
		v1 := make(chan int, 1)
		_ = v1
	}
	switch 24 {
	case 0, 3:
		for v2 := 0; v2 < 2; v2++ {
			make(chan int) += v2
			_ = v2
		}
	default:
		for range 3 {
			var v3 int = len(append([]int{3, 3}, 93))
			v4 := fmt.Sprintf("%d-%s", 55, fmt.Sprintf("%d-%s", -(v3), fmt.Sprint(60)))
			_ = v3
			_ = v4
		}
	}
	wg.Wait()
}
`,
    expected: [
      'main.go:33:4: invalid operation: make(chan int) += v2 (mismatched types chan int and int)',
      'main.go:33:4: cannot assign to make(chan int) (neither addressable nor a map index expression)',
    ],
  },
  {
    name: 'mut_switchbody',
    gc: 'same',
    src: `package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

var _, _ = time.Second, fmt.Sprint

func helper(n int, s string) int {
	if n > len(s) {
		return n
	}
	return len(s)
}

func main() {
	for range 1 {
		for _, v0 := range make([]int, 3) {
			v0 += v0
			_ = v0
		}
		work(5 * 41 * time.Microsecond + 43 * time.Microsecond)
		switch int(8 * time.Millisecond / time.Microsecond) {
			v1 := "sched" + "go" + "go" + "go" + fmt.Sprint(38)
		case 0, 3:
			var v2 int = -(-(49))
			_ = v1
			_ = v2
		default:
			work(2 * 18 * time.Nanosecond + time.Duration(45) * time.Microsecond)
		}
	}
	fmt.Println(96, fmt.Sprintf("%d-%s", helper(74, ""), "a"))
	for _, v3 := range []int{0, 4} {
		for range 3 {
			v3++
		}
		work(34 * time.Millisecond)
		_ = v3
	}
	wg.Wait()
}
`,
    expected: [
      'main.go:28:4: syntax error: unexpected name v1, expected case or default or }',
      'main.go:29:3: syntax error: unexpected case, expected :',
      'main.go:30:4: syntax error: unexpected var at end of statement',
    ],
  },
  {
    name: 'syntax_nopkg',
    gc: 'scenario',
    src: `packag main
`,
    expected: ['main.go:1:1: syntax error: package statement must be first'],
  },
  {
    name: 'syntax_s01',
    gc: 'same',
    src: `package main

func main() {
	x := 1 y := 2
}
`,
    expected: ['main.go:4:9: syntax error: unexpected name y at end of statement'],
  },
  {
    name: 'syntax_s02',
    gc: 'same',
    src: `package main

func main() {
	f(1,
	2
}
`,
    expected: ['main.go:5:3: syntax error: unexpected newline in argument list; possibly missing comma or )'],
  },
  {
    name: 'syntax_s03',
    gc: 'same',
    src: `package main

x := 1
func main() {}
`,
    expected: ['main.go:3:1: syntax error: non-declaration statement outside function body'],
  },
  {
    name: 'syntax_s04',
    gc: 'same',
    src: `package main

func main() {
	if x := 1 {
	}
}
`,
    expected: ['main.go:4:7: syntax error: cannot use x := 1 as value'],
  },
  {
    name: 'syntax_s05',
    gc: 'same',
    src: `package main

func main() {
	if {
	}
}
`,
    expected: ['main.go:4:5: syntax error: missing condition in if statement'],
  },
  {
    name: 'syntax_s06',
    gc: 'same',
    src: `package main

func main() {
	for i := 0; i < 10; i++
	{
	}
}
`,
    expected: ['main.go:4:25: syntax error: unexpected newline, expected { after for clause'],
  },
  {
    name: 'syntax_s07',
    gc: 'same',
    src: `package main

func main() {
	a := []int{1, 2
	}
}
`,
    expected: [
      'main.go:4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }',
    ],
  },
  {
    name: 'syntax_s08',
    gc: 'same',
    src: `package main

func main() {
	x := )
}
`,
    expected: ['main.go:4:7: syntax error: unexpected ), expected expression'],
  },
  {
    name: 'syntax_s09',
    gc: 'same',
    src: `package main

func main() {
	if true {
	} else for {}
}
`,
    expected: ['main.go:5:9: syntax error: else must be followed by if or statement block'],
  },
  {
    name: 'syntax_s10',
    gc: 'same',
    src: `package main

func main() {
	x = 1 +
}
`,
    expected: ['main.go:5:1: syntax error: unexpected }, expected expression'],
  },
  {
    name: 'syntax_s11',
    gc: 'same',
    src: `package main

func main() {
	a, b
}
`,
    expected: ['main.go:4:6: syntax error: unexpected newline, expected := or = or comma'],
  },
  {
    name: 'syntax_s12',
    gc: 'same',
    src: `package main

func main()
{
}
`,
    expected: ['main.go:4:1: syntax error: unexpected semicolon or newline before {'],
  },
  {
    name: 'syntax_s13',
    gc: 'scenario',
    src: `package main

func main() {
	s := "abc
	c := 'ab'
	d := '\\q'
	e := 1__0
	@
	f := 0x
	g := 09
}
`,
    expected: [
      'main.go:4:2: declared and not used: s',
      'main.go:4:11: newline in string',
      'main.go:5:2: declared and not used: c',
      'main.go:5:7: more than one character in rune literal',
      'main.go:6:2: declared and not used: d',
      'main.go:6:9: unknown escape',
      'main.go:7:2: declared and not used: e',
      "main.go:7:9: '_' must separate successive digits",
      "main.go:8:2: invalid character U+0040 '@'",
      'main.go:9:2: declared and not used: f',
      'main.go:9:9: too many errors',
    ],
  },
  {
    name: 'syntax_s14',
    gc: 'scenario',
    src: `package main

func main() {
	var x = [3]int{}
	var m map[string]int
	type T struct{ a int }
	goto L
}
`,
    expected: ['main.go:7:2: goto is not supported in scenarios'],
  },
  {
    name: 'syntax_s15',
    gc: 'same',
    src: `package main

func (t T) M() {}
func main() {}
`,
    expected: ['main.go:3:9: undefined: T'],
  },
  {
    name: 'syntax_s16',
    gc: 'scenario',
    src: `package main

func main() {
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			fallthrough
		}
	}
}
`,
    expected: ['main.go:7:4: fallthrough is not supported in scenarios'],
  },
  {
    name: 'syntax_s17',
    gc: 'same',
    src: `package main

func main() {
	x := \`abc
}
`,
    expected: ['main.go:4:2: declared and not used: x', 'main.go:4:7: string not terminated'],
  },
  {
    name: 'syntax_s18',
    gc: 'same',
    src: `package main

func main() {
	/* unterminated
}
`,
    expected: ['main.go:4:2: comment not terminated'],
  },
  {
    name: 'syntax_s19',
    gc: 'same',
    src: `package main

func main() {
	switch x := 3 {
	}
}
`,
    expected: ['main.go:4:11: syntax error: cannot use x := 3 as value'],
  },
  {
    name: 'syntax_s20',
    gc: 'same',
    src: `package main

func main() {
	for i := range 10 {
	}
	var x interface{}
}
`,
    expected: ['main.go:4:6: declared and not used: i', 'main.go:6:6: declared and not used: x'],
  },
  {
    name: 'syntax_s21',
    gc: 'same',
    src: `package main

func main() {
	a := 1
	a.(int)
}
`,
    expected: ['main.go:5:2: invalid operation: a (variable of type int) is not an interface'],
  },
  {
    name: 'syntax_s22',
    gc: 'same',
    src: `package main

func main() {
	{
}
`,
    expected: ['main.go:6:1: syntax error: unexpected EOF, expected }'],
  },
  {
    name: 'syntax_s23',
    gc: 'same',
    src: `package main

func f(a int, b) {}
func main() {}
`,
    expected: ['main.go:3:15: syntax error: mixed named and unnamed parameters'],
  },
  {
    name: 'syntax_s24',
    gc: 'same',
    src: `package main

func main() {
	go func() {
	}
}
`,
    expected: ['main.go:4:5: expression in go must be function call'],
  },
  {
    name: 'types_structs_interfaces',
    gc: 'same',
    src: `package main

import "fmt"

type I interface{ M() }

type T struct{ a int }

func (t *T) M() {}

type S struct{ x int }

func main() {
	var i I = T{}
	var j I = S{}
	t := T{b: 1}
	u := T{1, 2}
	var k interface{} = 1
	n := k.(I)
	fmt.Println(i, j, t, u, n, t.c)
}
`,
    expected: [
      'main.go:14:12: cannot use T{} (value of type T) as I value in variable declaration: T does not implement I (method M has pointer receiver)',
      'main.go:15:12: cannot use S{} (value of type S) as I value in variable declaration: S does not implement I (missing method M)',
      'main.go:16:9: unknown field b in struct literal of type T',
      'main.go:17:12: too many values in struct literal of type T',
      'main.go:20:31: t.c undefined (type T has no field or method c)',
    ],
  },
  {
    name: 'types_methods_switches',
    gc: 'same',
    src: `package main

import "fmt"

type F func(int)

type P struct{ x int }

func (p P) Get() int { return p.x }
func (p P) Get() int { return 0 }

func main() {
	var f F = func(int) {}
	var p *P
	x := *p
	y := 3
	z := *y
	var e error = "boom"
	fmt.Println(f, x, z, e)
	switch v := e.(type) {
	case int:
	}
}
`,
    expected: [
      'main.go:10:12: method P.Get already declared at main.go:9:12',
      'main.go:17:8: invalid operation: cannot indirect y (variable of type int)',
      'main.go:18:16: cannot use "boom" (constant of type string) as error value in variable declaration: string does not implement error (missing method Error)',
      'main.go:20:9: v declared and not used',
      'main.go:21:7: impossible type switch case: int\n\te (variable of type error) cannot have dynamic type int (missing method Error)',
    ],
  },
  {
    name: 'copylocks_pool_unsigned_atomics',
    gc: 'vet',
    src: `package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var p sync.Pool
	q := p
	var u atomic.Uint64
	v := u
	var w atomic.Uint32
	x := w
	fmt.Println(q.Get(), v.Load(), x.Load())
}
`,
    expected: [
      'main.go:11:7: assignment copies lock value to q: sync.Pool contains sync.noCopy',
      'main.go:13:7: assignment copies lock value to v: sync/atomic.Uint64 contains sync/atomic.noCopy',
      'main.go:15:7: assignment copies lock value to x: sync/atomic.Uint32 contains sync/atomic.noCopy',
    ],
  },
  {
    name: 'copylocks_structs',
    gc: 'vet',
    src: `package main

import (
	"fmt"
	"sync"
)

type C struct {
	mu sync.Mutex
	n  int
}

type D struct {
	C
	wg sync.WaitGroup
}

func (c C) Get() int { return c.n }

func main() {
	var c C
	fmt.Println(c.Get())
	p := &c
	e := *p
	var d D
	f := d
	fmt.Println(e.n, f.n)
}
`,
    expected: [
      'main.go:18:9: Get passes lock by value: scenario.C contains sync.Mutex',
      'main.go:24:7: assignment copies lock value to e: scenario.C contains sync.Mutex',
      'main.go:26:7: assignment copies lock value to f: scenario.D contains scenario.C contains sync.Mutex',
    ],
  },
  {
    name: 'integer constant overflow in conversions and folded typed operations (fixed-size kinds, aliases)',
    gc: 'same',
    src: `package main

import "fmt"

func main() {
	const c int32 = 2000000000
	const d int8 = 100
	var r rune = 1 << 30
	fmt.Println(c*2, uint8(300), byte(256), int32(1<<40), uint64(-1), d*2, -int8(-128), int16(1)<<20, int8(c))
	fmt.Println(r)
}
`,
    expected: [
      'main.go:9:14: c * 2 (constant 4000000000 of type int32) overflows int32',
      'main.go:9:25: constant 300 overflows uint8',
      'main.go:9:36: constant 256 overflows byte',
      'main.go:9:48: constant 1099511627776 overflows int32',
      'main.go:9:63: constant -1 overflows uint64',
      'main.go:9:68: d * 2 (constant 200 of type int8) overflows int8',
      'main.go:9:73: -int8(-128) (constant 128 of type int8) overflows int8',
      'main.go:9:86: int16(1) << 20 (constant 1048576 of type int16) overflows int16',
      'main.go:9:105: constant 2000000000 overflows int8',
    ],
  },
];
