/**
 * Unsigned integers (`uint`, `uint32`, `uint64`) and `sync/atomic.Uint32`/`Uint64`: Go's arithmetic with
 * wrap-around (spec "Integer overflow": unsigned operations are computed modulo 2^n), checked against real
 * Go 1.23's output. `uint`/`uint64` values are exact over their full range (runtime/ints.ts).
 */
import { describe, expect, it } from 'vitest';
import { runGo } from './testing/runGo';

function run(body: string, imports = 'fmt'): { stdout: string; stderr: string; exitCode: number } {
  const imps = imports
    .split(' ')
    .map((i) => `\t"${i}"`)
    .join('\n');
  return runGo(`package main\n\nimport (\n${imps}\n)\n\nfunc main() {\n${body}\n}\n`);
}

function out(body: string, imports = 'fmt'): string {
  const r = run(body, imports);
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('spec Integer overflow: unsigned arithmetic is modulo 2^n', () => {
  it('uint32 wraps on + and * (the low 32 bits of a product of 2^53 or more stay exact)', () => {
    const body =
      'var c uint32 = 4000000000\nc += 500000000\nvar d uint32 = 70000\nfmt.Println(c, d*d, d*d*d)';
    expect(out(body)).toBe('205032704 605032704 3911741440\n');
  });
  it('uint32 wraps below zero and ^x flips all 32 bits', () => {
    const body = 'var z uint32\nz--\nx := 10\nfmt.Println(z, ^uint32(5), uint32(x-20), ^z)';
    expect(out(body)).toBe('4294967295 4294967290 4294967286 0\n');
  });
  it('uint64 and uint arithmetic, shifts and bit operations below 2^53 are exact', () => {
    const body = [
      'var a uint64 = 10',
      'var b uint = 3',
      'fmt.Println(a*2, b-1, a/3, a%3, a<<49, a>>1, a&6, a|5, a^3, a&^2)',
      'fmt.Printf("%d %v %x %T %T\\n", a, b, a<<40, a, b)',
    ].join('\n');
    expect(out(body)).toBe('20 2 3 1 5629499534213120 5 2 15 9 8\n10 3 a0000000000 uint64 uint\n');
  });
  it('uint64 is exact over its full range: wrap below zero, products beyond 2^64, int to uint64 of -1', () => {
    const body = [
      'var x uint64',
      'fmt.Println("before")',
      'x--',
      'fmt.Println(x)',
      'var y uint64 = 1 << 30',
      'fmt.Println(y * y * y)',
      'n := -1',
      'fmt.Println(uint64(n))',
    ].join('\n');
    expect(out(body)).toBe('before\n18446744073709551615\n0\n18446744073709551615\n');
  });
  it('uint64 constants of 2^53 or more are exact (^uint64(0), 1 << 60)', () => {
    expect(out('var z uint64 = 1 << 60\nfmt.Println(z, ^uint64(0))')).toBe(
      '1152921504606846976 18446744073709551615\n',
    );
  });
  it('println prints 64-bit values beyond 2^53 with every digit (runtime printint/printuint)', () => {
    const r = run(
      '_ = os.Stdout\nx := int64(-1) << 63\nvar u uint64\nu--\nvar i8 int8 = -128\nprintln(x, u, i8)',
      'os',
    );
    expect(r.stderr).toBe('-9223372036854775808 18446744073709551615 -128\n');
  });
  it('unsigned values print plainly in fmt composites and panics', () => {
    const body = 'm := map[uint64]string{2: "b", 1: "a"}\nfmt.Println(m, []uint{1, 2}, any(uint32(7)))';
    expect(out(body)).toBe('map[1:a 2:b] [1 2] 7\n');
    expect(runGo('package main\n\nfunc main() {\n\tpanic(uint64(5))\n}\n').stderr.split('\n')[0]).toBe(
      'panic: 5',
    );
  });
});

describe('sync/atomic.Uint64 and Uint32 (atomic.AddUint64 semantics: CPU time, never a park)', () => {
  it('Add, Load, Store, Swap and CompareAndSwap', () => {
    const body = [
      'var ops atomic.Uint64',
      'ops.Add(5)',
      'ops.Store(ops.Load() + 2)',
      'fmt.Println(ops.Load(), ops.Swap(1), ops.CompareAndSwap(1, 9), ops.CompareAndSwap(1, 3), ops.Load())',
    ].join('\n');
    expect(out(body, 'fmt sync/atomic')).toBe('7 7 true false 9\n');
  });
  it('atomic.Uint32.Add wraps modulo 2^32', () => {
    const body = 'var u atomic.Uint32\nu.Add(4294967295)\nu.Add(3)\nfmt.Println(u.Load())';
    expect(out(body, 'fmt sync/atomic')).toBe('2\n');
  });
  it('many goroutines adding to one atomic.Uint64 through a pointer count every add', () => {
    const body = [
      'var ops atomic.Uint64',
      'var wg sync.WaitGroup',
      'p := &ops',
      'for range 20 {',
      '\twg.Add(1)',
      '\tgo func() {',
      '\t\tfor range 100 {',
      '\t\t\tp.Add(1)',
      '\t\t}',
      '\t\twg.Done()',
      '\t}()',
      '}',
      'wg.Wait()',
      'fmt.Println("ops:", ops.Load())',
    ].join('\n');
    expect(out(body, 'fmt sync sync/atomic')).toBe('ops: 2000\n');
  });
});
