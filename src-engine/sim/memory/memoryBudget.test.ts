import { describe, expect, it } from 'vitest';
import { compileSource } from '../../lang/compile';
import { createGoRun, type GoRun } from '../index';
import { MemoryBudget, OutOfMemoryError } from '../limits';

const MiB = 1024 * 1024;

/** Runs `src` to its end with a memory budget of `budgetMiB`. */
function runGo(src: string, budgetMiB: number): GoRun {
  const c = compileSource(src, 'main.go');
  if ('diagnostics' in c) throw new Error(c.diagnostics.map((d) => d.message).join('\n'));
  const run = createGoRun(c.program, { gomaxprocs: 2, seed: 1, memoryBudgetBytes: budgetMiB * MiB });
  run.runToEnd(20_000_000);
  return run;
}

const text = (run: GoRun, stream: 'stdout' | 'stderr') =>
  run
    .output()
    .filter((o) => o.stream === stream)
    .map((o) => o.text)
    .join('');

describe('one memory budget per run (docs/limits.md), crossed as Go runs out of memory', () => {
  it('a loop appending 1 M-element slices ends with fatal error: out of memory, exit status 2, output kept', () => {
    const run = runGo(
      `package main

import "fmt"

func main() {
	var keep [][]int
	for i := 0; ; i++ {
		keep = append(keep, make([]int, 1<<20))
		fmt.Println(i)
	}
}
`,
      64,
    );
    expect(run.exit?.code).toBe(2);
    expect(run.exit?.reason).toMatch(/^fatal error: out of memory \(the run's memory budget is 64 MiB/);
    expect(text(run, 'stdout')).toMatch(/^0\n1\n2\n3\n4\n/);
    expect(text(run, 'stderr')).toMatch(
      /^runtime: out of memory: cannot allocate 8388608-byte block \(\d+ in use\)\nfatal error: out of memory\n\ngoroutine 1 \[running\]:\n$/,
    );
  });

  it('garbage is collected: discarded slices never add up to the budget (runtime.mallocgc after a GC)', () => {
    const run = runGo(
      `package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 40; i++ {
		s := make([]int, 1<<18)
		s[0] = i
		total += s[0]
	}
	fmt.Println(total)
}
`,
      16,
    );
    expect(run.exit?.code).toBe(0);
    expect(text(run, 'stdout')).toBe('780\n');
    expect(run.budget.collections).toBeGreaterThan(0);
  });

  it('make(chan int, 1<<30) beyond the budget ends with fatal error: runtime: out of memory at make', () => {
    const run = runGo(
      `package main

import "fmt"

func main() {
	fmt.Println("start")
	c := make(chan int, 1<<30)
	for i := 0; ; i++ {
		c <- i
	}
}
`,
      64,
    );
    expect(run.exit?.code).toBe(2);
    expect(text(run, 'stdout')).toBe('start\n');
    expect(text(run, 'stderr')).toBe('fatal error: runtime: out of memory\n\ngoroutine 1 [running]:\n');
  });

  it('a channel buffer filled in a loop counts against the budget and ends the run', () => {
    const run = runGo(
      `package main

import "fmt"

func main() {
	fmt.Println("start")
	c := make(chan string, 1<<20)
	for i := 0; ; i++ {
		c <- "value"
	}
}
`,
      32,
    );
    expect(run.exit?.code).toBe(2);
    expect(text(run, 'stdout')).toBe('start\n');
    expect(text(run, 'stderr')).toMatch(/fatal error: out of memory\n/);
  });

  it('a runtime.Gosched loop: the event log counts against the budget, so the run ends instead of growing', () => {
    const run = runGo(
      `package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("spinning")
	for {
		runtime.Gosched()
	}
}
`,
      8,
    );
    expect(run.exit?.code).toBe(2);
    expect(run.exit?.reason).toMatch(/event log and keyframes [5-9] MiB/);
    expect(text(run, 'stdout')).toBe('spinning\n');
    expect(text(run, 'stderr')).toMatch(
      /^runtime: out of memory: cannot allocate 0-byte block \(\d+ in use\)\nfatal error: out of memory\n$/,
    );
  });

  it('make(chan T, n) beyond Go maxAlloc panics as runtime.makechan does', () => {
    const run = runGo(
      `package main

import "fmt"

func main() {
	fmt.Println("before")
	n := 1 << 46
	c := make(chan int, n)
	fmt.Println(cap(c))
}
`,
      64,
    );
    expect(run.exit?.code).toBe(2);
    expect(text(run, 'stdout')).toBe('before\n');
    expect(text(run, 'stderr')).toMatch(/^panic: makechan: size out of range\n\ngoroutine 1 \[running\]:\n/);
  });

  it('MemoryBudget collects before failing and reports what is in use', () => {
    let live = 10;
    const b = new MemoryBudget(100, () => live);
    b.charge(60);
    b.charge(30);
    expect(b.collections).toBe(0);
    b.charge(50); // 90 + 50 > 100: collect finds 10 live, 10 + 50 fits
    expect(b.collections).toBe(1);
    live = 80;
    expect(() => b.charge(50)).toThrow(OutOfMemoryError);
    b.setLogBytes(0);
    live = 0;
    expect(() => b.setLogBytes(101)).toThrow(/cannot allocate 0-byte block \(101 in use\)/);
  });
});
