/**
 * Exact 64-bit integers and the fixed-size kinds in whole programs (spec "Integer overflow"; runtime/ints.ts):
 * each program's output is written here and, where Go 1.23 is installed, checked against real Go as well.
 * Before integers became exact beyond ±2^53 every one of these printed different numbers than Go.
 */
import { describe, it } from 'vitest';
import { expectLikeGo } from './testing/likeGo';

/** Programs and what real Go 1.23 prints for them. */
const PROGRAMS: readonly {
  readonly name: string;
  readonly src: string;
  readonly stdout: string;
}[] = [
  {
    name: 'FNV-1a 64 of strings (uint64 multiply wraps modulo 2^64; %016x, %20d, %q widths)',
    src: String.raw`package main

import "fmt"

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

func fnv1a(s string) uint64 {
	h := uint64(offset64)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	return h
}

func main() {
	for _, s := range []string{"", "a", "foobar", "gopher", "Hello, 世界"} {
		h := fnv1a(s)
		fmt.Printf("%-12q %20d %016x %v\n", s, h, h, h%16)
	}
}
`,
    stdout:
      '""           14695981039346656037 cbf29ce484222325 5\n"a"          12638187200555641996 af63dc4c8601ec8c 12\n"foobar"      9625390261332436968 85944171f73967e8 8\n"gopher"      1306185960673886632 12208135f491c1a8 8\n"Hello, 世界"  15019754716196230793 d070e356185fd689 9\n',
  },
  {
    name: 'an LCG (Knuth MMIX constants) and xorshift64 print 10 values as uint64 and int64',
    src: String.raw`package main

import "fmt"

type lcg struct{ state uint64 }

func (g *lcg) next() uint64 {
	g.state = g.state*6364136223846793005 + 1442695040888963407
	return g.state
}

func xorshift64(x uint64) uint64 {
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	return x
}

func main() {
	g := &lcg{state: 42}
	x := uint64(88172645463325252)
	for i := 0; i < 10; i++ {
		x = xorshift64(x)
		v := g.next()
		fmt.Println(i, v, int64(v), v>>33, x, x%1000)
	}
}
`,
    stdout:
      '0 10481999410520546993 -7964744663189004623 1220265334 8748534153485358512 512\n1 4159066171780167020 4159066171780167020 484179026 3040900993826735515 515\n2 7615522811268512075 7615522811268512075 886563538 3453997556048239312 312\n3 11628791489956661374 -6817952583752890242 1353769503 16431732851926010853 853\n4 12546512532490043765 -5900231541219507851 1460606294 8204724074003728306 306\n5 483838003013946848 483838003013946848 56326156 17801246309558322749 749\n6 401415969518064047 401415969518064047 46730969 7041795614029497201 201\n7 2812299150962093586 2812299150962093586 327394710 16736801589742238903 903\n8 8743034423534012537 8743034423534012537 1017823166 16679961579883806606 606\n9 457466634992928148 457466634992928148 53256125 14546003305709394545 545\n',
  },
  {
    name: 'factorial overflows int64 from 21! and int32 from 13!, as Go wraps it',
    src: String.raw`package main

import "fmt"

func factorial(n int) int {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

func main() {
	for n := 18; n <= 26; n++ {
		f := factorial(n)
		fmt.Printf("%d! = %d (%x)\n", n, f, f)
	}
	var p int32 = 1
	var q int64 = 1
	for i := 1; i <= 21; i++ {
		p *= int32(i)
		q *= int64(i)
	}
	fmt.Println(p, q)
}
`,
    stdout:
      '18! = 6402373705728000 (16beecca730000)\n19! = 121645100408832000 (1b02b9306890000)\n20! = 2432902008176640000 (21c3677c82b40000)\n21! = -4249290049419214848 (-3af882c9473c0000)\n22! = -1250660718674968576 (-115b3d4c1f280000)\n23! = 8128291617894825984 (70cd7e2933680000)\n24! = -7835185981329244160 (-6cbc2c232e400000)\n25! = 7034535277573963776 (619fb0907bc00000)\n26! = -1569523520172457984 (-15c811536e800000)\n-1195114496 -4249290049419214848\n',
  },
  {
    name: 'MaxInt64+1, MinInt64 negation and division, uint64 below zero, int8/int16/uint8/uint16/uintptr wrap, int64 map keys around 2^53, switch',
    src: String.raw`package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	x := math.MaxInt64
	x++
	fmt.Println(x, x == math.MinInt64, x-1)
	var y int64 = math.MinInt64
	fmt.Println(-y, y/-1, y%-1, y>>63, uint64(y))
	var u uint64
	u--
	fmt.Println(u, u+2, u/2, u>>60, int64(u), uint32(u))
	fmt.Printf("%x %X %#x %o %b\n", ^uint64(0), uint64(math.MaxUint64), uint64(1)<<63, ^uint64(0), uint64(1)<<63|1)
	fmt.Println(strconv.FormatInt(math.MinInt64, 2), strconv.FormatInt(math.MaxInt64, 36), strconv.Itoa(-1<<62))
	const big = 1 << 62
	fmt.Println(big, big/3*2, uint64(big)<<1, math.MaxUint32, math.MaxUint64/3)
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8 -= 2
	var i16 int16 = 32767
	i16 += 2
	var u16 uint16 = 65535
	u16 *= u16
	fmt.Println(i8, u8, i16, u16, ^i8, ^u16, -i8, int8(200+x-x), uint16(70000+x-x))
	var p uintptr = 1
	p <<= 63
	fmt.Printf("%v %#v %T %d %T %T\n", p, p, p, p-1, i16, u16)
	m := map[int64]string{math.MaxInt64: "max", math.MinInt64: "min", 1 << 53: "2^53", 1<<53 + 1: "2^53+1"}
	fmt.Println(m, m[1<<53+1], len(m))
	two := int64(2)
	switch z := int64(1<<62) * two; z {
	case math.MinInt64:
		fmt.Println("wrapped to MinInt64")
	default:
		fmt.Println("no wrap", z)
	}
}
`,
    stdout:
      '-9223372036854775808 true 9223372036854775807\n-9223372036854775808 -9223372036854775808 0 -1 9223372036854775808\n18446744073709551615 1 9223372036854775807 15 -1 4294967295\nffffffffffffffff FFFFFFFFFFFFFFFF 0x8000000000000000 1777777777777777777777 1000000000000000000000000000000000000000000000000000000000000001\n-1000000000000000000000000000000000000000000000000000000000000000 1y2p0ij32e8e7 -4611686018427387904\n4611686018427387904 3074457345618258602 9223372036854775808 4294967295 6148914691236517205\n-128 254 -32767 1 127 65534 -128 -56 4464\n9223372036854775808 0x8000000000000000 uintptr 9223372036854775807 int16 uint16\nmap[-9223372036854775808:min 9007199254740992:2^53 9007199254740993:2^53+1 9223372036854775807:max] 2^53+1 4\nwrapped to MinInt64\n',
  },
  {
    name: 'time.Duration extremes print as Go prints them; atomic.Uint64/Int64/Int32 Add wrap around',
    src: String.raw`package main

import (
	"fmt"
	"math"
	"sync/atomic"
	"time"
)

func main() {
	d := time.Duration(math.MaxInt64)
	fmt.Println(d, time.Duration(math.MinInt64), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Printf("%v %d %s\n", d/3, d/7, time.Duration(1<<62))
	var a atomic.Uint64
	a.Add(^uint64(0))
	fmt.Println(a.Load(), a.Add(2), a.CompareAndSwap(1, 1<<63), a.Load())
	var b atomic.Int64
	b.Store(math.MaxInt64)
	fmt.Println(b.Add(1), b.Load() == math.MinInt64)
	var c atomic.Int32
	c.Store(math.MaxInt32)
	fmt.Println(c.Add(1))
}
`,
    stdout:
      '2562047h47m16.854775807s -2562047h47m16.854775808s 9223372036854 9223372036854775 9223372036854775807\n854015h55m45.618258602s 1317624576693539401 1281023h53m38.427387904s\n18446744073709551615 1 true 9223372036854775808\n-9223372036854775808 true\n-2147483648\n',
  },
  {
    name: 'integral float constants beyond 2^53 (1e18, 1.5e19) become exact integers: equal to the int literal, same map key',
    src: String.raw`package main

import "fmt"

const big = 1e18

func main() {
	var y int64 = big
	var u uint64 = 1.5e19
	z := int64(1) << 60
	fmt.Println(y == 1000000000000000000, y+1, u, u+1, z*8, y)
	m := map[int64]bool{1000000000000000000: true}
	fmt.Println(m[y], m[big])
}
`,
    stdout:
      'true 1000000000000000001 15000000000000000000 15000000000000000001 -9223372036854775808 1000000000000000000\ntrue true\n',
  },
  {
    name: 'values beyond 2^53 reach indexes, slicing, make, strings.Repeat, shifts, division, rand, Sleep, any and channels with Go panics',
    src: String.raw`package main

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
	"time"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	big := int64(math.MaxInt64)
	var ubig uint64 = math.MaxUint64
	try("index", func() { fmt.Println(s[big]) })
	try("uindex", func() { fmt.Println(s[ubig]) })
	try("neg", func() { fmt.Println(s[-big]) })
	try("slice", func() { fmt.Println(s[1:big]) })
	try("str", func() { fmt.Println("abc"[ubig]) })
	try("make", func() { fmt.Println(len(make([]int, big))) })
	try("makechan", func() { fmt.Println(cap(make(chan int, big))) })
	try("repeat", func() { fmt.Println(strings.Repeat("ab", int(big))) })
	try("shift", func() { n := -big; fmt.Println(1 << n) })
	try("div", func() { z := big - big; fmt.Println(big / z) })
	n := rand.Int63n(1 << 62)
	fmt.Println(n >= 0 && n < 1<<62, rand.Int63() >= 0)
	d := time.Duration(big)
	fmt.Println(d.Milliseconds(), d.Microseconds())
	time.Sleep(time.Duration(-big))
	fmt.Println("slept")
	for i := range int8(3) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var x any = big
	switch v := x.(type) {
	case int64:
		fmt.Println("int64", v, v == math.MaxInt64, x == any(int64(math.MaxInt64)))
	}
	ch := make(chan uint64, 1)
	ch <- ubig
	fmt.Println(<-ch == math.MaxUint64)
}
`,
    stdout:
      'index panic: runtime error: index out of range [9223372036854775807] with length 3\nuindex panic: runtime error: index out of range [18446744073709551615] with length 3\nneg panic: runtime error: index out of range [-9223372036854775807]\nslice panic: runtime error: slice bounds out of range [:9223372036854775807] with capacity 3\nstr panic: runtime error: index out of range [18446744073709551615] with length 3\nmake panic: runtime error: makeslice: len out of range\nmakechan panic: makechan: size out of range\nrepeat panic: strings: Repeat output length overflow\nshift panic: runtime error: negative shift amount\ndiv panic: runtime error: integer divide by zero\ntrue true\n9223372036854 9223372036854775\nslept\n0 1 2 \nint64 9223372036854775807 true true\ntrue\n',
  },
];

describe('exact int64/uint64 and int8…uint16 programs print what real Go 1.23 prints', () => {
  it.each(PROGRAMS)('$name', ({ src, stdout }) => expectLikeGo(src, { stdout }));
});
