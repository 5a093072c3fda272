// Struct types (docs/language.md): value semantics (copies on assignment, range, method values),
// embedded fields and promoted methods, pointers (&T{}, new, &x, *p), fmt's {..} and &{..}.
package main

import (
	"fmt"
	"sync"
)

type Point struct {
	X, Y int
}

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Move(dx int) { p.X += dx }

type Named struct {
	Point
	Name string
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p.Sum())
	p.Move(5)
	fmt.Println(p)
	pp := &p
	pp.Move(1)
	fmt.Println(p.X, pp.Y, *pp, pp)
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	n := Named{Point{3, 4}, "n"}
	fmt.Println(n.X, n.Sum(), n)
	n.Move(1)
	fmt.Printf("%+v\n", n)
	var c Counter
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc()
		}()
	}
	wg.Wait()
	fmt.Println(c.n)
	b := new(Point)
	b.Y = 7
	fmt.Println(b, *b == Point{0, 7})
	pts := []Point{{1, 2}, {3, 4}}
	pts[0].X = 100
	for _, pt := range pts {
		pt.X = 0
	}
	fmt.Println(pts)
	f := p.Sum
	p.X = 1000
	fmt.Println(f())
	x := 5
	px := &x
	*px = 6
	fmt.Println(x, *px)
}
