/**
 * Scheduler-visible behaviour of compiled programs on GOMAXPROCS=1 (docs/go-scheduler.md §10, S01–S07),
 * determinism, and exact replay after seeking.
 */
import { describe, expect, it } from 'vitest';
import { createGoRun } from '../../sim';
import { KEYFRAME_EVENTS } from '../../sim/GoRun';
import { compileSource } from './index';
import { outputOf, runGo } from './testing/runGo';

function order(body: string): string {
  const rt = body.includes('runtime.') ? '\t"runtime"\n' : '';
  const header = `package main\n\nimport (\n\t"fmt"\n${rt}\t"sync"\n)\n\n`;
  const r = runGo(
    `${header}func main() {\n\tvar wg sync.WaitGroup\n\torder := []string{}\n${body}\n\twg.Wait()\n\tfmt.Println(order)\n}\n`,
  );
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

describe('acceptance orders on GOMAXPROCS=1', () => {
  it('S01: the last spawned goroutine runs first (runnext)', () => {
    const spawn = (n: number): string =>
      order(
        `for i := 0; i < ${n}; i++ {\n\twg.Add(1)\n\tgo func() {\n\t\torder = append(order, fmt.Sprint(i))\n\t\twg.Done()\n\t}()\n}`,
      );
    expect(spawn(10)).toBe('[9 0 1 2 3 4 5 6 7 8]');
    expect(spawn(3)).toBe('[2 0 1]');
  });
  it('S03: Gosched puts main behind local work', () => {
    const body = [
      'rec := func(s string) { order = append(order, s); wg.Done() }',
      'wg.Add(3)',
      'go rec("B")',
      'go rec("C")',
      'runtime.Gosched()',
      'rec("main")',
    ].join('\n');
    expect(order(body)).toBe('[C B main]');
  });
  it('S04: a woken receiver takes runnext and the sender keeps running', () => {
    const body = [
      'rec := func(s string) { order = append(order, s); wg.Done() }',
      'ch := make(chan int)',
      'wg.Add(3)',
      'go func() {',
      '\t<-ch',
      '\trec("R")',
      '}()',
      'runtime.Gosched()',
      'go rec("X1")',
      'go rec("X2")',
      'ch <- 1',
      'order = append(order, "main")',
    ].join('\n');
    expect(order(body)).toBe('[main R X1 X2]');
  });
  it('S05: an unbuffered send with no receiver parks the sender', () => {
    const body = [
      'ch := make(chan int)',
      'wg.Add(2)',
      'go func() {',
      '\t<-ch',
      '\torder = append(order, "recv")',
      '\twg.Done()',
      '}()',
      'go func() {',
      '\torder = append(order, "Y")',
      '\twg.Done()',
      '}()',
      'ch <- 1',
      'order = append(order, "main")',
    ].join('\n');
    expect(order(body)).toBe('[Y recv main]');
  });
  it('S06: close wakes R1 first, then Rn..R2', () => {
    const body = [
      'ch := make(chan int)',
      'for i := 1; i <= 4; i++ {',
      '\twg.Add(1)',
      '\tgo func() {',
      '\t\t_, ok := <-ch',
      '\t\torder = append(order, fmt.Sprint(i, ok))',
      '\t\twg.Done()',
      '\t}()',
      '\truntime.Gosched()',
      '}',
      'close(ch)',
    ].join('\n');
    expect(order(body)).toBe('[1 false 4 false 3 false 2 false]');
  });
  it('S07: WaitGroup releases the last waiter first, then FIFO', () => {
    const body = [
      'var gate sync.WaitGroup',
      'gate.Add(1)',
      'for i := 1; i <= 4; i++ {',
      '\twg.Add(1)',
      '\tgo func() {',
      '\t\tgate.Wait()',
      '\t\torder = append(order, fmt.Sprint(i))',
      '\t\twg.Done()',
      '\t}()',
      '\truntime.Gosched()',
      '}',
      'gate.Done()',
    ].join('\n');
    expect(order(body)).toBe('[4 1 2 3]');
  });
});

const busy = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := []int{}
	ch := make(chan int, 2)
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum := 0
			for i := 0; i < 3000*(w+1); i++ {
				sum += i % 7
			}
			select {
			case ch <- w:
			default:
			}
			time.Sleep(time.Duration(w) * time.Millisecond)
			mu.Lock()
			results = append(results, w*1000+sum%1000)
			mu.Unlock()
		}()
	}
	wg.Wait()
	close(ch)
	for v := range ch {
		fmt.Println("buffered", v)
	}
	fmt.Println(results)
}
`;

/** Many events (well past several keyframe intervals): ping-pong with random selects on two Ps. */
const chatty = `package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int, 1)
	done := make(chan bool)
	go func() {
		for v := range a {
			select {
			case b <- v:
			default:
			}
		}
		done <- true
	}()
	sum := 0
	for i := 0; i < 10000; i++ {
		a <- i
		select {
		case v := <-b:
			sum += v
		default:
			sum--
		}
		if i%2500 == 0 {
			fmt.Println("at", i, sum)
		}
	}
	close(a)
	<-done
	fmt.Println("sum", sum)
}
`;

function compiled(src: string) {
  const c = compileSource(src);
  if ('diagnostics' in c) throw new Error(JSON.stringify(c.diagnostics));
  return c.program;
}

describe('determinism and replay', () => {
  it('the same seed gives the same output and the same event log', () => {
    const prog = compiled(busy);
    const a = createGoRun(prog, { gomaxprocs: 4, seed: 7 });
    const b = createGoRun(prog, { gomaxprocs: 4, seed: 7 });
    a.runToEnd();
    b.runToEnd();
    expect(outputOf(a)).toEqual(outputOf(b));
    expect(outputOf(a).exitCode).toBe(0);
    expect(a.eventCount).toBe(b.eventCount);
    expect(a.eventCount).toBeGreaterThan(100);
    for (let i = 0; i < a.eventCount; i++) expect(a.event(i)).toEqual(b.event(i));
  });

  it('seeking back to an event (restoring a keyframe) and continuing gives the same output', () => {
    const prog = compiled(chatty);
    const full = createGoRun(prog, { gomaxprocs: 2, seed: 3 });
    full.runToEnd();
    const want = outputOf(full);
    expect(want.exitCode).toBe(0);
    const n = full.eventCount;
    expect(n).toBeGreaterThan(3 * KEYFRAME_EVENTS);
    for (const target of [Math.floor(n / 3), Math.floor((2 * n) / 3), 5, n - 10]) {
      full.seekToEvent(target);
      expect(full.eventCount).toBe(target + 1);
      full.runToEnd();
      expect(outputOf(full)).toEqual(want);
    }
    const stepped = createGoRun(prog, { gomaxprocs: 2, seed: 3 });
    for (let i = 0; i < Math.floor(n / 2); i++) stepped.step();
    stepped.seekToEvent(Math.floor(n / 4));
    stepped.runToEnd();
    expect(outputOf(stepped)).toEqual(want);
    expect(stepped.eventCount).toBe(n);
  });

  it('a program value can be run many times (each run gets a fresh state)', () => {
    const prog = compiled(busy);
    const outs = [1, 2].map(() => {
      const r = createGoRun(prog, { gomaxprocs: 1, seed: 1 });
      r.runToEnd();
      return outputOf(r);
    });
    expect(outs[0]).toEqual(outs[1]);
  });
});

describe('source lines', () => {
  it('each goroutine reports the line of the operation it waits in', () => {
    const src = [
      'package main',
      '',
      'import "time"',
      '',
      'func main() {',
      '\tch := make(chan int)',
      '\tgo func() {',
      '\t\ttime.Sleep(time.Second)',
      '\t\tch <- 1',
      '\t}()',
      '\t<-ch',
      '}',
    ].join('\n');
    const run = createGoRun(compiled(src), { gomaxprocs: 1, seed: 1 });
    run.runUntil(1_000_000);
    const gs = run.view().gs.filter((g) => g.status === '_Gwaiting');
    const lines = Object.fromEntries(gs.map((g) => [g.waitReason, g.line]));
    expect(lines).toEqual({ 'chan receive': 11, sleep: 8 });
  });
});
