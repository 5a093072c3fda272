/**
 * Arrays `[N]T` (spec "Array types", "Composite literals", "Index expressions", "Slice expressions"): value
 * semantics (assignment, arguments, range and channel sends copy; `==` compares elements), slices of an
 * addressable array share it, pointers to arrays index and slice through, fmt and %T, and Go's run-time
 * bounds panic. Outputs are written here and checked against real Go 1.23 when it is installed.
 */
import { describe, it } from 'vitest';
import { expectLikeGo } from './testing/likeGo';

const VALUES = `package main

import "fmt"

type Point struct{ X, Y int }

type Grid [2][3]int

func sum(a [3]int) int {
	a[0] = 100
	return a[0] + a[1] + a[2]
}

func main() {
	var a [3]int
	b := [3]int{1, 2, 3}
	c := [...]string{"x", "y"}
	a = b
	a[0] = 9
	fmt.Println(a, b, c, len(c), sum(b), b)
	fmt.Printf("%v %T %#v %T %d\\n", a, a, c, c, len(a))
	s := b[1:]
	s[0] = 20
	fmt.Println(b, s, len(s), cap(s), a == b, b == [3]int{1, 20, 3})
	var g Grid
	g[1][2] = 5
	h := g
	h[0][0] = 7
	fmt.Println(g, h, g != h)
	ps := [2]Point{{1, 2}, {3, 4}}
	ps[1].X = 30
	q := ps
	q[0].Y = 99
	fmt.Println(ps, q)
	for i, v := range b {
		b[2] = 0
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	type S struct {
		Arr  [2]bool
		Name string
	}
	x := S{Name: "n"}
	x.Arr[1] = true
	y := x
	y.Arr[0] = true
	fmt.Printf("%v %+v\\n", x, y)
	p := &b[0]
	*p = 42
	fmt.Println(b)
	bs := [4]byte{'a', 'b'}
	fmt.Printf("%s %q %x %v\\n", bs, bs, bs, bs)
	arrs := [][2]int{{1, 2}}
	arrs = append(arrs, [2]int{3, 4})
	arrs[0][1] = 5
	ch := make(chan [2]int, 1)
	ch <- arrs[0]
	arrs[0][0] = 0
	fmt.Println(arrs, <-ch)
	var iface any = b
	fmt.Println(iface, iface == any(b))
}
`;

const POINTERS = `package main

import "fmt"

type Board [3][3]rune

func (b *Board) Set(i, j int, r rune) { b[i][j] = r }

func (b Board) String() string {
	s := ""
	for _, row := range b {
		s += string(row[:]) + "/"
	}
	return s
}

var global [4]int

func fill() [2]string { return [2]string{"p", "q"} }

func main() {
	p := &global
	(*p)[1] = 5
	p[2] = 6
	fmt.Println(global, p, len(global), len(p), p[1:3])
	fmt.Printf("%v %+v\\n", p, &[2]int{1, 2})
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = '.'
		}
	}
	b.Set(1, 1, 'X')
	fmt.Println(b)
	m := map[string][2]int{"a": {1, 2}}
	v := m["a"]
	v[0] = 10
	fmt.Println(m, v)
	arr := fill()
	arr2 := arr
	arr2[1] = "z"
	fmt.Println(arr, arr2, fill()[1])
	fn := func() { arr[0] = "captured" }
	fn()
	fmt.Println(arr)
	var x interface{} = [2]int{1, 2}
	switch t := x.(type) {
	case [2]int:
		fmt.Println("array", t[1])
	}
	z := [0]int{}
	fmt.Println(z, len(z))
}
`;

describe('arrays', () => {
  it('are values: assignment, arguments, range and sends copy; == compares elements; slices share', () => {
    expectLikeGo(VALUES, {
      stdout:
        '[9 2 3] [1 2 3] [x y] 2 105 [1 2 3]\n' +
        '[9 2 3] [3]int [2]string{"x", "y"} [2]string 3\n' +
        '[1 20 3] [20 3] 2 2 false true\n' +
        '[[0 0 0] [0 0 5]] [[7 0 0] [0 0 5]] true\n' +
        '[{1 2} {30 4}] [{1 99} {30 4}]\n' +
        '0 1 1 20 2 3 \n' +
        '{[false true] n} {Arr:[true true] Name:n}\n' +
        '[42 20 0]\n' +
        'ab\x00\x00 "ab\\x00\\x00" 61620000 [97 98 0 0]\n' +
        '[[0 5] [3 4]] [1 5]\n' +
        '[42 20 0] true\n',
    });
  });
  it('through pointers (methods on array types), in maps, closures, interfaces and type switches', () => {
    expectLikeGo(POINTERS, {
      stdout:
        '[0 5 6 0] &[0 5 6 0] 4 4 [5 6]\n' +
        '&[0 5 6 0] &[1 2]\n' +
        '.../.X./.../\n' +
        'map[a:[1 2]] [10 2]\n' +
        '[p q] [p z] q\n' +
        '[captured q]\n' +
        'array 2\n' +
        '[] 0\n',
    });
  });
  it('a run-time index out of range panics as Go does', () => {
    const src =
      'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar k [3]int\n\tfor i := range 10 {\n\t\tk[i%4] = i\n\t}\n\tfmt.Println(k)\n}\n';
    expectLikeGo(src, {
      stdout: '',
      stderrHead: 'panic: runtime error: index out of range [3] with length 3',
      exitCode: 2,
    });
  });
});
