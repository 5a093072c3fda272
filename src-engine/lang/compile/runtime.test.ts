/** Panics, runtime errors, fatal errors, deadlock and program exit, end to end. */
import { describe, expect, it } from 'vitest';
import { runGo } from './testing/runGo';

/** A program around `body`, importing exactly the packages it (and `extra`) use. */
const main = (body: string, _imports = '', extra = ''): string => {
  const used = ['fmt', 'sync', 'time', 'runtime'].filter((p) => (body + extra).includes(`${p}.`));
  const imports = used.length === 0 ? '' : `import (\n${used.map((i) => `\t"${i}"`).join('\n')}\n)\n`;
  return `package main\n\n${imports}\n${extra}\nfunc main() {\n${body}\n}\n`;
};

describe('panics', () => {
  it.each<[string, string, string]>([
    [
      'index out of range',
      's := []int{1, 2, 3}\ni := 5\nfmt.Println(s[i])',
      'runtime error: index out of range [5] with length 3',
    ],
    ['negative index', 's := []int{1}\ni := -1\nfmt.Println(s[i])', 'runtime error: index out of range [-1]'],
    [
      'string index',
      's := "ab"\ni := 2\nfmt.Println(s[i])',
      'runtime error: index out of range [2] with length 2',
    ],
    [
      'slice bounds',
      's := []int{1, 2, 3}\nn := 5\nfmt.Println(s[:n])',
      'runtime error: slice bounds out of range [:5] with capacity 3',
    ],
    [
      'inverted bounds',
      's := []int{1, 2, 3}\nlo := 2\nfmt.Println(s[lo:1])',
      'runtime error: slice bounds out of range [2:1]',
    ],
    [
      'string bounds',
      's := "abc"\nn := 4\nfmt.Println(s[:n])',
      'runtime error: slice bounds out of range [:4] with length 3',
    ],
    ['divide by zero', 'z := 0\nfmt.Println(1 / z)', 'runtime error: integer divide by zero'],
    ['modulo by zero', 'z := 0\nfmt.Println(1 % z)', 'runtime error: integer divide by zero'],
    ['string value', 'panic("boom")', 'boom'],
    ['formatted value', 'panic(fmt.Sprintf("bad %d", 7))', 'bad 7'],
    ['int value', 'panic(42)', '42'],
    ['close of closed channel', 'ch := make(chan int)\nclose(ch)\nclose(ch)', 'close of closed channel'],
    ['close of nil channel', 'var ch chan int\nclose(ch)', 'close of nil channel'],
    ['send on closed channel', 'ch := make(chan int, 1)\nclose(ch)\nch <- 1', 'send on closed channel'],
    ['negative WaitGroup counter', 'var wg sync.WaitGroup\nwg.Done()', 'sync: negative WaitGroup counter'],
    [
      'nil func call',
      'var f func()\nf()',
      'runtime error: invalid memory address or nil pointer dereference',
    ],
  ])("%s: prints Go's message and exits with status 2", (_name, body, msg) => {
    const r = runGo(main(body));
    expect(r.exitCode).toBe(2);
    expect(r.stderr.startsWith(`panic: ${msg}\n`)).toBe(true);
    expect(r.stderr.endsWith('\ngoroutine 1 [running]:\n')).toBe(true);
  });

  it('runs deferred calls (LIFO) before printing the panic', () => {
    const r = runGo(
      main(
        'defer fmt.Println("first deferred")\ndefer fmt.Println("second deferred")\nvar s []int\n_ = s[0]',
      ),
    );
    expect(r.stdout).toBe('second deferred\nfirst deferred\n');
    expect(r.stderr).toBe(
      'panic: runtime error: index out of range [0] with length 0\n\ngoroutine 1 [running]:\n',
    );
    expect(r.exitCode).toBe(2);
  });

  it("unwinds through callers, running each frame's defers", () => {
    const extra =
      'func inner() {\n\tdefer fmt.Println("inner defer")\n\tpanic("deep")\n}\nfunc outer() {\n\tdefer fmt.Println("outer defer")\n\tinner()\n\tfmt.Println("unreachable")\n}';
    const r = runGo(main('outer()', 'fmt', extra));
    expect(r.stdout).toBe('inner defer\nouter defer\n');
    expect(r.stderr.split('\n')[0]).toBe('panic: deep');
  });

  it('a panic in a deferred call while panicking is reported after the first', () => {
    const r = runGo(main('defer func() { panic("second") }()\npanic("first")'));
    expect(r.stderr.startsWith('panic: first\n\tpanic: second\n\ngoroutine 1 [running]:')).toBe(true);
  });

  it('a panicking goroutine names itself and ends the whole program', () => {
    const body =
      'done := make(chan bool)\ngo func() {\n\tpanic("in goroutine")\n}()\n<-done\nfmt.Println("unreachable")';
    const r = runGo(main(body));
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^panic: in goroutine\n\ngoroutine \d+ \[running\]:\n$/);
    expect(r.stderr).not.toContain('goroutine 1 [running]');
    expect(r.exitCode).toBe(2);
  });
});

describe('fatal errors and exit', () => {
  it('reports a deadlock with the blocked goroutine and its wait reason', () => {
    const r = runGo(main('ch := make(chan int)\nfmt.Println("waiting")\n<-ch'));
    expect(r.stdout).toBe('waiting\n');
    expect(r.stderr).toBe(
      'fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n',
    );
    expect(r.exitCode).toBe(2);
  });
  it('names select and nil-channel waits as Go does', () => {
    expect(runGo(main('select {}')).stderr).toContain('goroutine 1 [select (no cases)]:');
    expect(runGo(main('var ch chan int\nch <- 1')).stderr).toContain('goroutine 1 [chan send (nil chan)]:');
    const two = runGo(main('a := make(chan int)\nb := make(chan int)\nselect {\ncase <-a:\ncase b <- 1:\n}'));
    expect(two.stderr).toContain('goroutine 1 [select]:');
  });
  it('unlocking an unlocked mutex is a fatal error', () => {
    const r = runGo(main('var mu sync.Mutex\nmu.Unlock()', 'sync'));
    expect(r.stderr.startsWith('fatal error: sync: unlock of unlocked mutex\n')).toBe(true);
    expect(r.exitCode).toBe(2);
  });
  it('returning from main ends the program without waiting for other goroutines', () => {
    const body =
      'go func() {\n\tdefer fmt.Println("bye")\n\tfor {\n\t\twork(time.Millisecond)\n\t}\n}()\ntime.Sleep(5 * time.Millisecond)\nfmt.Println("main done")';
    const r = runGo(main(body, 'fmt time'), { gomaxprocs: 2 });
    expect(r.stdout).toBe('main done\n');
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
  });
});
