// Shows the library examples use (docs/language.md): fmt.Print/Fprint*/Sprintln, println/print to
// standard error, a Ticker (a periodic per-P timer that skips missed ticks, Reset, Stop), Timer.Reset
// and Go 1.23's synchronous timer channels (Stop after the timer fired drains the unreceived value and
// reports true), time.Tick, and os.Exit (deferred calls do not run; exit status 3).
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	fmt.Print("a", 1, 2, "b", true, "\n")
	fmt.Fprintln(os.Stdout, "to stdout", 3)
	fmt.Fprintf(os.Stderr, "err %d %s\n", 4, "x")
	fmt.Fprint(os.Stdout, "fp", 5, "\n")
	s := fmt.Sprintln("sp", 6)
	fmt.Print(s)
	println("pl", 7, true, time.Millisecond)
	print("p", 8, "\n")
	ticker := time.NewTicker(100 * time.Millisecond)
	n := 0
	for t := range ticker.C {
		_ = t
		n++
		fmt.Println("tick", n)
		if n == 3 {
			break
		}
	}
	ticker.Reset(50 * time.Millisecond)
	<-ticker.C
	fmt.Println("reset tick")
	ticker.Stop()
	timer := time.NewTimer(time.Second)
	fmt.Println("reset active:", timer.Reset(10*time.Millisecond))
	<-timer.C
	fmt.Println("reset again:", timer.Reset(10*time.Millisecond))
	time.Sleep(20 * time.Millisecond)
	fmt.Println("stop after fire, drained:", timer.Stop())
	limiter := time.Tick(30 * time.Millisecond)
	start := time.Now()
	for i := 0; i < 3; i++ {
		<-limiter
	}
	el := time.Since(start)
	fmt.Println(el >= 90*time.Millisecond)
	defer fmt.Println("deferred does not run")
	os.Exit(3)
}
