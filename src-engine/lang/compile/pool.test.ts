/**
 * sync.Pool (sync/pool.go, Go 1.23): Put fills the P's private slot then pushes the shared head; Get takes the
 * private slot, the shared head, steals other Ps' shared tails (getSlow), then the victim cache that
 * poolCleanup (runtime.GC) left; New only when all are empty. Program outputs checked against real Go 1.23
 * with GOMAXPROCS=1 (conformance case 92 records the same rules).
 */
import { describe, expect, it } from 'vitest';
import { poolCleanup, poolGet, poolPut, POOL_MISS, type PoolState } from './runtime/pool';
import type { RV } from './runtime/types';
import { runGo } from './testing/runGo';

function out(body: string, imports = 'fmt sync'): string {
  const imps = imports
    .split(' ')
    .map((i) => `\t"${i}"`)
    .join('\n');
  const r = runGo(`package main\n\nimport (\n${imps}\n)\n\nfunc main() {\n${body}\n}\n`);
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('sync.Pool.Get and Put on one P (poolLocal private slot, then shared head)', () => {
  it('the corpus program: New runs for each Get of an empty pool, a Put object is reused', () => {
    const body = [
      'myPool := &sync.Pool{New: func() interface{} {',
      '\tfmt.Println("Creating new instance.")',
      '\treturn struct{}{}',
      '}}',
      'myPool.Get()',
      'instance := myPool.Get()',
      'myPool.Put(instance)',
      'myPool.Get()',
    ].join('\n');
    expect(out(body)).toBe('Creating new instance.\nCreating new instance.\n');
  });
  it('Get returns the private object first, then the newest shared one; Put(nil) is ignored', () => {
    const body = [
      'var p sync.Pool',
      'fmt.Println(p.Get() == nil)',
      'n := 0',
      'p.New = func() any { n++; return n }',
      'a, b, c := p.Get(), p.Get(), p.Get()',
      'p.Put(a)',
      'p.Put(b)',
      'p.Put(c)',
      'p.Put(nil)',
      'fmt.Println(p.Get(), p.Get(), p.Get(), p.Get(), n)',
    ].join('\n');
    expect(out(body)).toBe('true\n1 3 2 4 4\n');
  });
  it('poolCleanup: one runtime.GC keeps objects in the victim cache, a second drops them', () => {
    const body = [
      'n := 0',
      'p := &sync.Pool{New: func() any { n++; return n }}',
      'a, b := p.Get(), p.Get()',
      'p.Put(a)',
      'p.Put(b)',
      'runtime.GC()',
      'fmt.Println(p.Get(), p.Get(), p.Get())',
      'p.Put(a)',
      'runtime.GC()',
      'runtime.GC()',
      'fmt.Println(p.Get(), n)',
    ].join('\n');
    expect(out(body, 'fmt runtime sync')).toBe('1 2 3\n4 4\n');
  });
  it('fmt of a pool is refused where it is written (Go prints its internal pointers as addresses)', () => {
    const src =
      'package main\n\nimport (\n\t"fmt"\n\t"sync"\n)\n\nfunc main() {\n\tp := &sync.Pool{}\n\tfmt.Println(p)\n}\n';
    expect(() => runGo(src)).toThrow(
      'main.go:10:14: formatting sync.Pool values with fmt is not supported in scenarios',
    );
  });
  it('a pool converted to an interface is refused where it is written (fmt would print its pointers)', () => {
    const src =
      'package main\n\nimport (\n\t"fmt"\n\t"sync"\n)\n\nfunc main() {\n\tvar p sync.Pool\n\tvar x any = &p\n\tfmt.Println(x)\n}\n';
    expect(() => runGo(src)).toThrow(
      'main.go:10:14: sync.Pool values in interfaces are not supported in scenarios',
    );
  });
  it('a nil *sync.Pool panics with a nil dereference', () => {
    const r = runGo('package main\n\nimport "sync"\n\nfunc main() {\n\tvar p *sync.Pool\n\tp.Get()\n}\n');
    expect(r.stderr).toContain('invalid memory address or nil pointer dereference');
    expect(r.exitCode).toBe(2);
  });
});

describe('sync.Pool across Ps (getSlow: steal shared tails after the own P, then the victim)', () => {
  const obj = (s: string): RV => s;
  it('a P with nothing steals the oldest shared object of the next P; private slots are never stolen', () => {
    const storage: RV[] = [null];
    const all: PoolState[] = [];
    poolPut(storage, all, 1, obj('a')); // P1 private
    poolPut(storage, all, 1, obj('b')); // P1 shared (tail)
    poolPut(storage, all, 1, obj('c')); // P1 shared (head)
    expect(poolGet(storage, all, 0)).toBe('b');
    expect(poolGet(storage, all, 0)).toBe('c');
    expect(poolGet(storage, all, 0)).toBe(POOL_MISS);
    expect(poolGet(storage, all, 1)).toBe('a');
  });
  it('stealing starts after the own P and wraps around (pid+i+1 mod size)', () => {
    const storage: RV[] = [null];
    const all: PoolState[] = [];
    for (const [pid, x] of [
      [0, 'p0'],
      [0, 's0'],
      [1, 'p1'],
      [1, 's1'],
      [2, 'p2'],
      [2, 's2'],
    ] as const)
      poolPut(storage, all, pid, x);
    poolGet(storage, all, 1); // P1's private
    poolGet(storage, all, 1); // P1's shared
    expect(poolGet(storage, all, 1)).toBe('s2');
    expect(poolGet(storage, all, 1)).toBe('s0');
  });
  it('after poolCleanup, Get reads the victim of its own P, then victim shared tails from its own P on', () => {
    const storage: RV[] = [null];
    const all: PoolState[] = [];
    poolPut(storage, all, 0, obj('p0'));
    poolPut(storage, all, 1, obj('p1'));
    poolPut(storage, all, 1, obj('s1'));
    poolCleanup(all);
    expect(poolGet(storage, all, 0)).toBe('p0');
    expect(poolGet(storage, all, 0)).toBe('s1');
    expect(poolGet(storage, all, 0)).toBe(POOL_MISS);
    // The miss marked the victim empty (victimSize = 0): P1's private victim is gone too.
    expect(poolGet(storage, all, 1)).toBe(POOL_MISS);
  });
});
