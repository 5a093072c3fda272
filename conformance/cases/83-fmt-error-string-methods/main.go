// fmt calls Error and String methods (docs/language.md; Go's handleMethods): of operands, slice
// elements and values inside interfaces.
package main

import (
	"errors"
	"fmt"
)


type Celsius int

func (c Celsius) String() string { return fmt.Sprintf("%d°C", int(c)) }

type MyErr struct {
	Code int
}

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Pair struct {
	A, B int
}

func (p Pair) String() string { return fmt.Sprint("<", p.A, ",", p.B, ">") }

func fail(n int) error {
	if n > 0 {
		return &MyErr{n}
	}
	return nil
}

func main() {
	c := Celsius(21)
	fmt.Println(c, []Celsius{1, 2})
	fmt.Printf("%v %s %d %q\n", c, c, c, c)
	err := fail(3)
	fmt.Println(err, err.Error())
	fmt.Printf("%v|%+v|%T\n", err, err, err)
	if me, ok := err.(*MyErr); ok {
		fmt.Println("as", me.Code, errors.New("x"))
	}
	p := Pair{1, 2}
	fmt.Println(p, &p)
	var s interface{ String() string } = p
	fmt.Println(s.String(), s)
	var e2 error = fail(0)
	fmt.Println(e2 == nil)
}
