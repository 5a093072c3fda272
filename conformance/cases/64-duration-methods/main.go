// Shows time.Duration's methods (docs/language.md): String (Go's text, as fmt prints it), Milliseconds,
// Microseconds and Nanoseconds (integer, truncating toward zero) on the virtual clock.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 1500*time.Millisecond + 42*time.Microsecond
	fmt.Println(d.String(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	neg := -d
	fmt.Println(neg.String(), neg.Milliseconds(), time.Second.String(), (90 * time.Minute).String())
	start := time.Now()
	time.Sleep(25 * time.Millisecond)
	fmt.Println(time.Since(start).Milliseconds() >= 25)
	s := "took " + d.String()
	fmt.Println(s)
}
