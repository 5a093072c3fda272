// Shows every for-range form of the subset (docs/language.md "Statements"): range over an
// int (Go 1.22), a slice (index and value), a string (byte index of each rune) and a
// channel (until closed and drained).
package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Printf("%d ", i)
	}
	fmt.Println()
	for i, v := range []string{"a", "b", "c"} {
		fmt.Printf("%d=%s ", i, v)
	}
	fmt.Println()
	for i := range "héllo" {
		fmt.Printf("%d ", i)
	}
	fmt.Println()
	for i, r := range "go!" {
		fmt.Printf("%d:%d ", i, r)
	}
	fmt.Println()
	ch := make(chan int, 3)
	go func() {
		for i := range 5 {
			ch <- i * i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
		fmt.Printf("%d ", v)
	}
	fmt.Println("sum", sum)
	total := 0
	for range 4 {
		total++
	}
	fmt.Println("total", total)
}
