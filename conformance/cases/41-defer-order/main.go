// Shows defer semantics the engine must match (docs/language.md): deferred calls run LIFO
// when the function returns, arguments are evaluated when the defer statement runs,
// while a deferred closure sees the variable's final value.
package main

import "fmt"

func count() int {
	n := 0
	defer fmt.Println("count's defer sees n =", n)
	defer func() {
		fmt.Println("count's closure sees n =", n)
	}()
	for i := range 3 {
		defer fmt.Println("loop defer", i)
		n += 10
	}
	return n
}

func main() {
	defer fmt.Println("main's first defer runs last")
	defer fmt.Println("main's second defer runs first")
	fmt.Println("count returned", count())
}
