// Shows an unrecovered panic in main (docs/go-scheduler.md language semantics; §9.4): the
// deferred calls of the panicking goroutine run first, then the runtime prints
// "panic: boom", a blank line, "goroutine 1 [running]:" and exits with status 2.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred in main runs before the crash report")
	fmt.Println("before panic")
	panic("boom")
}
