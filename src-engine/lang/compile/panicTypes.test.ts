/**
 * The dynamic types of recovered runtime panics, as Go 1.23 types them (runtime.boundsError, errorString,
 * plainError, *runtime.TypeAssertionError; library panics such as `sync: negative WaitGroup counter` are
 * strings), and that they satisfy `error` in a type assertion.
 */
import { describe, it } from 'vitest';
import { expectLikeGo } from './testing/likeGo';

describe('recovered runtime errors (runtime.panicIndex, panicdivide, panicmem, mapassign, closechan, assertE2I)', () => {
  it('%T and the error interface of each recovered panic match Go', () => {
    expectLikeGo(
      `package main

import (
	"fmt"
	"sync"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T %v\\n", name, r, r)
		if e, ok := r.(error); ok {
			fmt.Println(" error:", e.Error())
		}
	}()
	f()
}

type T struct{ x int }

func main() {
	s := []int{1, 2}
	i := 5
	var m map[string]int
	z := 0
	var p *T
	var a any = "str"
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[1:i] })
	try("nilmap", func() { m["a"] = 1 })
	try("div", func() { _ = 10 / z })
	try("nilptr", func() { _ = p.x })
	try("assert", func() { _ = a.(int) })
	try("closeclosed", func() { c := make(chan int); close(c); close(c) })
	try("sendclosed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("closenil", func() { var c chan int; close(c) })
	try("custom", func() { panic(fmt.Sprintf("x%d", 1)) })
	try("wg", func() { var wg sync.WaitGroup; wg.Add(-1) })
	var pool = sync.Pool{New: func() any { return new(T) }}
	v := pool.Get()
	fmt.Println(v)
	fmt.Printf("%v %+v %T\\n", v, v, v)
	var bs any = &T{3}
	fmt.Println(bs)
}
`,
      {
        stdout:
          'index: runtime.boundsError runtime error: index out of range [5] with length 2\n error: runtime error: index out of range [5] with length 2\nslice: runtime.boundsError runtime error: slice bounds out of range [:5] with capacity 2\n error: runtime error: slice bounds out of range [:5] with capacity 2\nnilmap: runtime.plainError assignment to entry in nil map\n error: assignment to entry in nil map\ndiv: runtime.errorString runtime error: integer divide by zero\n error: runtime error: integer divide by zero\nnilptr: runtime.errorString runtime error: invalid memory address or nil pointer dereference\n error: runtime error: invalid memory address or nil pointer dereference\nassert: *runtime.TypeAssertionError interface conversion: interface {} is string, not int\n error: interface conversion: interface {} is string, not int\ncloseclosed: runtime.plainError close of closed channel\n error: close of closed channel\nsendclosed: runtime.plainError send on closed channel\n error: send on closed channel\nclosenil: runtime.plainError close of nil channel\n error: close of nil channel\ncustom: string x1\nwg: string sync: negative WaitGroup counter\n&{0}\n&{0} &{x:0} *main.T\n&{3}\n',
      },
    );
  });
});
