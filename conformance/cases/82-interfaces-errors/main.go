// Interfaces (docs/language.md): dynamic dispatch, named basic and func types, type switches, comma-ok
// assertions, chan interface{}, errors.New/fmt.Errorf, and a failed assertion's interface conversion panic.
package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }
type Square struct{ S int }

func (r Rect) Area() int      { return r.W * r.H }
func (r Rect) Name() string   { return "rect" }
func (s *Square) Area() int   { return s.S * s.S }
func (s *Square) Name() string { return "square" }

type Celsius int

func (c Celsius) Double() Celsius { return c * 2 }

type Handler func(int) int

func describe(i interface{}) string {
	switch v := i.(type) {
	case int:
		return fmt.Sprint("int ", v+1)
	case string:
		return "string " + v
	case Shape:
		return "shape " + v.Name()
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func find(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("negative")
	}
	if n == 0 {
		return 0, fmt.Errorf("zero: %d", n)
	}
	return n * 2, nil
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}}
	total := 0
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Println(total, shapes[0])
	var c Celsius = 21
	fmt.Println(c.Double(), c)
	var h Handler = func(x int) int { return x + 1 }
	fmt.Println(h(2))
	fmt.Println(describe(1), describe("a"), describe(Rect{1, 1}), describe(nil), describe(2.5 > 1))
	for _, n := range []int{-1, 0, 3} {
		v, err := find(n)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(v)
	}
	var x any = 42
	if n, ok := x.(int); ok {
		fmt.Println("ok", n)
	}
	_, ok := x.(string)
	fmt.Println(ok)
	ch := make(chan interface{})
	go func() { ch <- "hello"; close(ch) }()
	for v := range ch {
		fmt.Println(v)
	}
	var e error
	fmt.Println(e == nil, e)
	e1 := errors.New("a")
	e2 := errors.New("a")
	fmt.Println(e1 == e2, e1 == e1)
	fmt.Printf("%v %s %T\n", e1, e1, e1)
	s := x.(string)
	fmt.Println(s)
}
