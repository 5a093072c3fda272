// Shows `select {}` (docs/go-scheduler.md §7.5: block() parks forever with reason
// "select (no cases)") and checkdead (§9.5) once the only other goroutine has exited.
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("helper exits")
		done <- true
	}()
	<-done
	select {}
}
