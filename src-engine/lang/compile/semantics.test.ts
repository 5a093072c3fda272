/** End-to-end language semantics: programs compiled and run on the engine, checked against Go's output. */
import { describe, expect, it } from 'vitest';
import { runGo } from './testing/runGo';

/** Runs a `main` body (with fmt imported) and returns stdout; fails on stderr or a non-zero exit. */
function stdoutOf(src: string, gomaxprocs = 1): string {
  const r = runGo(src, { gomaxprocs });
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return r.stdout;
}

const prog = (imports: string, body: string, extra = ''): string =>
  `package main\n\nimport (\n${imports
    .split(' ')
    .map((i) => `\t"${i}"`)
    .join('\n')}\n)\n\n${extra}\nfunc main() {\n${body}\n}\n`;

describe('integers', () => {
  it('truncates division toward zero and keeps the dividend sign for %', () => {
    expect(stdoutOf(prog('fmt', 'a, b := -7, 2\nfmt.Println(a/b, a%b, 7/-2, 7%-2)'))).toBe('-3 -1 -3 1\n');
  });
  it('wraps int64 overflow like Go', () => {
    const body = 'x := 9223372036854775807\nx++\nfmt.Println(x == -9223372036854775807-1, x < 0)';
    expect(stdoutOf(prog('fmt', body))).toBe('true true\n');
  });
  it('wraps bytes and runes', () => {
    const body = 'var b byte = 250\nb += 10\nvar r rune = 2147483647\nr++\nfmt.Println(b, r)';
    expect(stdoutOf(prog('fmt', body))).toBe('4 -2147483648\n');
  });
  it('evaluates constants exactly and shifts/bit operations', () => {
    const body = 'const big = 1 << 40\nn := 3\nfmt.Println(big, 1<<n, -8>>1, 6&3, 6|3, 6^3, 6&^3, ^5)';
    expect(stdoutOf(prog('fmt', body))).toBe('1099511627776 8 -4 2 7 5 4 -6\n');
  });
});

describe('strings', () => {
  it('indexes bytes, slices bytes and ranges over runes', () => {
    const body =
      's := "héllo, 世界"\nfmt.Println(len(s), s[1], s[0:1], s[7:])\nfor i, r := range "a世b" {\n\tfmt.Println(i, r)\n}';
    expect(stdoutOf(prog('fmt', body))).toBe('14 195 h  世界\n0 97\n1 19990\n4 98\n');
  });
  it('concatenates and compares bytewise', () => {
    const body = 'a := "ab"\na += "c"\nfmt.Println(a, a < "abd", a == "abc", "Z" < "a")';
    expect(stdoutOf(prog('fmt', body))).toBe('abc true true true\n');
  });
});

describe('slices', () => {
  it('shares the backing array until append outgrows it', () => {
    const body = [
      'a := []int{1, 2, 3}',
      'b := a[:2]',
      'b = append(b, 99)',
      'fmt.Println(a, b, len(b), cap(b))',
      'c := append(b, 100)',
      'c[0] = -1',
      'fmt.Println(a, c, cap(c))',
    ].join('\n');
    expect(stdoutOf(prog('fmt', body))).toBe('[1 2 99] [1 2 99] 3 3\n[1 2 99] [-1 2 99 100] 6\n');
  });
  it("grows capacity with Go's growslice and size classes", () => {
    const body = [
      'var n []int',
      'caps := []int{}',
      'for i := 0; i < 20; i++ {',
      '\tn = append(n, i)',
      '\tcaps = append(caps, cap(n))',
      '}',
      'fmt.Println(caps)',
      's := append([]string{}, "a", "b", "c")',
      'b := append([]int{}, 1, 2, 3, 4, 5)',
      'fmt.Println(cap(s), cap(b), n == nil, s[1:])',
      'big := make([]int, 256)',
      'big = append(big, 1)',
      'fmt.Println(cap(big))',
    ].join('\n');
    expect(stdoutOf(prog('fmt', body))).toBe(
      '[1 2 4 4 8 8 8 8 16 16 16 16 16 16 16 16 32 32 32 32]\n3 6 false [b c]\n512\n',
    );
  });
  it('make, three-index slicing and append of a slice (the printed header aliases the appended array)', () => {
    const body = [
      's := make([]int, 2, 5)',
      't := s[1:3:4]',
      'fmt.Println(len(s), cap(s), len(t), cap(t))',
      'u := append([]int{0}, s...)',
      'fmt.Println(u, append(u[:1], 7, 8))',
    ].join('\n');
    expect(stdoutOf(prog('fmt', body))).toBe('2 5 2 3\n[0 7 8] [0 7 8]\n');
  });
  it('nested slices and slices of funcs', () => {
    const body = [
      'grid := [][]int{{1, 2}, {3}}',
      'grid[1] = append(grid[1], 4)',
      'fs := []func(int) int{func(x int) int { return x + 1 }, func(x int) int { return x * 2 }}',
      'fmt.Println(grid, fs[0](1), fs[1](5), len(grid[0]))',
    ].join('\n');
    expect(stdoutOf(prog('fmt', body))).toBe('[[1 2] [3 4]] 2 10 2\n');
  });
});

describe('functions and closures', () => {
  it('captures by reference and gives each loop iteration its own variable (Go 1.22)', () => {
    const body = [
      'var fs []func() int',
      'for i := 0; i < 3; i++ {',
      '\tfs = append(fs, func() int { return i * 10 })',
      '}',
      'for _, v := range []int{7, 8} {',
      '\tfs = append(fs, func() int { return v })',
      '}',
      'x := 1',
      'inc := func() { x++ }',
      'inc()',
      'inc()',
      'for _, f := range fs {',
      '\tfmt.Print2(f())',
      '}',
    ]
      .join('\n')
      .replace('fmt.Print2(f())', 'fmt.Println(f(), x)');
    expect(stdoutOf(prog('fmt', body))).toBe('0 3\n10 3\n20 3\n7 3\n8 3\n');
  });
  it('returns multiple and named results; recursion', () => {
    const extra = [
      'func divmod(a, b int) (q, r int) {',
      '\tq = a / b',
      '\tr = a % b',
      '\treturn',
      '}',
      'func fib(n int) int {',
      '\tif n < 2 {',
      '\t\treturn n',
      '\t}',
      '\treturn fib(n-1) + fib(n-2)',
      '}',
      'func pair() (int, string) { return 1, "one" }',
    ].join('\n');
    const body = 'q, r := divmod(17, 5)\nfmt.Println(q, r, fib(15))\nfmt.Println(pair())';
    expect(stdoutOf(prog('fmt', body, extra))).toBe('3 2 610\n1 one\n');
  });
  it('runs deferred calls LIFO with arguments evaluated at the defer statement', () => {
    const extra = [
      'func f() (n int) {',
      '\tdefer func() { n *= 2 }()',
      '\tfor i := 0; i < 3; i++ {',
      '\t\tdefer fmt.Println("defer", i)',
      '\t}',
      '\treturn 5',
      '}',
    ].join('\n');
    expect(stdoutOf(prog('fmt', 'fmt.Println(f())', extra))).toBe('defer 2\ndefer 1\ndefer 0\n10\n');
  });
});

describe('control flow', () => {
  it('passes sync values by pointer', () => {
    const body = [
      'wg := &sync.WaitGroup{}',
      'var mu sync.Mutex',
      'total := 0',
      'add := func(wg *sync.WaitGroup, m *sync.Mutex, n int) {',
      '\tdefer wg.Done()',
      '\tm.Lock()',
      '\tdefer m.Unlock()',
      '\ttotal += n',
      '}',
      'for i := 1; i <= 4; i++ {',
      '\twg.Add(1)',
      '\tgo add(wg, &mu, i)',
      '}',
      'wg.Wait()',
      'fmt.Println(total)',
    ].join('\n');
    expect(stdoutOf(prog('fmt sync', body), 2)).toBe('10\n');
  });
  it('switch with and without tag, labelled break and continue', () => {
    const body = [
      'for i := range 4 {',
      '\tswitch i {',
      '\tcase 0, 2:',
      '\t\tfmt.Println("even", i)',
      '\tdefault:',
      '\t\tfmt.Println("odd", i)',
      '\t}',
      '}',
      'outer:',
      'for i := 0; i < 3; i++ {',
      '\tfor j := 0; j < 3; j++ {',
      '\t\tswitch {',
      '\t\tcase j == 1:',
      '\t\t\tcontinue outer',
      '\t\tcase i == 2:',
      '\t\t\tbreak outer',
      '\t\t}',
      '\t\tfmt.Println(i, j)',
      '\t}',
      '}',
    ].join('\n');
    expect(stdoutOf(prog('fmt', body))).toBe('even 0\nodd 1\neven 2\nodd 3\n0 0\n1 0\n');
  });
  it('package variables initialize in dependency order', () => {
    const extra = 'var a = b + 1\nvar b = f()\n\nfunc f() int { return 41 }';
    expect(stdoutOf(prog('fmt', 'fmt.Println(a, b)', extra))).toBe('42 41\n');
  });
});

describe('channels, select and sync values', () => {
  it('buffered channels keep FIFO order and closed channels drain then give zero values', () => {
    const body = [
      'ch := make(chan string, 3)',
      'ch <- "a"',
      'ch <- "b"',
      'close(ch)',
      'for v := range ch {',
      '\tfmt.Println(v)',
      '}',
      'v, ok := <-ch',
      'fmt.Printf("%q %v %d\\n", v, ok, cap(ch))',
    ].join('\n');
    expect(stdoutOf(prog('fmt', body))).toBe('a\nb\n"" false 3\n');
  });
  it('select with default never blocks; nil channels are ignored', () => {
    const body = [
      'var nilch chan int',
      'ch := make(chan int, 1)',
      'select {',
      'case v := <-ch:',
      '\tfmt.Println("got", v)',
      'case <-nilch:',
      '\tfmt.Println("nil")',
      'default:',
      '\tfmt.Println("default")',
      '}',
      'ch <- 4',
      'select {',
      'case v, ok := <-ch:',
      '\tfmt.Println("got", v, ok)',
      'case nilch <- 1:',
      '}',
    ].join('\n');
    expect(stdoutOf(prog('fmt', body))).toBe('default\ngot 4 true\n');
  });
  it('zero sync values work and Once runs once', () => {
    const body = [
      'var wg sync.WaitGroup',
      'var mu sync.Mutex',
      'var once sync.Once',
      'count := 0',
      'for i := 0; i < 5; i++ {',
      '\twg.Add(1)',
      '\tgo func() {',
      '\t\tdefer wg.Done()',
      '\t\tonce.Do(func() { fmt.Println("once") })',
      '\t\tmu.Lock()',
      '\t\tcount++',
      '\t\tmu.Unlock()',
      '\t}()',
      '}',
      'wg.Wait()',
      'fmt.Println(count, mu.TryLock(), mu.TryLock())',
    ].join('\n');
    expect(stdoutOf(prog('fmt sync', body), 4)).toBe('once\n5 true false\n');
  });
  it('package-level sync values are created before main runs (safe on many Ps)', () => {
    const extra = 'var (\n\tmu    sync.Mutex\n\twg    sync.WaitGroup\n\tcount int\n)\n';
    const body = [
      'for i := 0; i < 50; i++ {',
      '\twg.Add(1)',
      '\tgo func() {',
      '\t\tdefer wg.Done()',
      '\t\tmu.Lock()',
      '\t\tc := count',
      '\t\truntime.Gosched()',
      '\t\tcount = c + 1',
      '\t\tmu.Unlock()',
      '\t}()',
      '}',
      'wg.Wait()',
      'fmt.Println(count)',
    ].join('\n');
    expect(stdoutOf(prog('fmt runtime sync', body, extra), 4)).toBe('50\n');
  });
  it('timers: Sleep, After, NewTimer/Stop and Since on the virtual clock', () => {
    const body = [
      'start := time.Now()',
      'time.Sleep(3 * time.Millisecond)',
      '<-time.After(2 * time.Millisecond)',
      't := time.NewTimer(time.Second)',
      'fmt.Println(t.Stop(), time.Since(start) >= 5*time.Millisecond, time.Since(start) < 6*time.Millisecond)',
      't2 := time.NewTimer(time.Millisecond)',
      '<-t2.C',
      'fmt.Println(t2.Stop())',
    ].join('\n');
    expect(stdoutOf(prog('fmt time', body))).toBe('true true true\nfalse\n');
  });
  it('runtime queries', () => {
    const body =
      'fmt.Println(runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.NumGoroutine())\ngo func() { select {} }()\nruntime.Gosched()\nfmt.Println(runtime.NumGoroutine(), runtime.GOMAXPROCS(1), runtime.GOMAXPROCS(0))';
    expect(stdoutOf(prog('fmt runtime', body), 3)).toBe('3 3 1\n2 3 1\n');
  });
});

describe('len and cap of a channel', () => {
  it('len counts buffered values (not blocked senders), cap the buffer size, both 0 for nil', () => {
    const body = [
      'ch := make(chan int, 3)',
      'fmt.Println(len(ch), cap(ch))',
      'ch <- 1',
      'ch <- 2',
      'fmt.Println(len(ch), cap(ch))',
      '<-ch',
      'n := len(ch) + 10',
      'fmt.Println(n)',
      'var nilch chan int',
      'fmt.Println(len(nilch), cap(nilch))',
    ].join('\n');
    expect(stdoutOf(prog('fmt', body))).toBe('0 3\n2 3\n11\n0 0\n');
  });
});
