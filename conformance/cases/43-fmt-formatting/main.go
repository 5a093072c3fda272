// Shows the fmt output the engine must reproduce character for character (docs/language.md
// "Library"): %d %s %v %q %t %%, widths and padding, Println/Sprint spacing rules,
// slices and durations formatted with %v.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("a", 1, true, "b", -2)
	fmt.Println()
	fmt.Println(fmt.Sprint("x", 1, 2, "y", "z", 3))
	fmt.Printf("%d|%5d|%-5d|%3d|\n", 42, 42, 42, 12345)
	fmt.Printf("%s|%8s|%-8s|%q\n", "go", "go", "go", "say \"hi\"")
	fmt.Printf("%v %t %v\n", true, false, 3)
	fmt.Printf("100%%\n")
	fmt.Printf("%v %d %q\n", []int{1, 2, 3}, []int{4, 5}, []string{"a", "b"})
	fmt.Printf("%v|%s|%v\n", []string{"x", "y"}, []string{}, []bool{true, false})
	fmt.Println([]int{}, []string{"p q", "r"}, len([]int{7, 8}))
	fmt.Println(1500*time.Millisecond, 2*time.Second, 250*time.Microsecond, time.Duration(0))
	fmt.Printf("%v %d\n", 3*time.Millisecond, 3*time.Millisecond)
	s := fmt.Sprintf("%3d:%-3s:%t", 7, "ab", 1 > 2)
	fmt.Println(s, len(s))
	var big int64 = 1 << 40
	fmt.Println(big, -big)
	fmt.Printf("%d %v\n", big, 7/2)
}
