import { describe, expect, it } from 'vitest';
import type * as ast from './ast';
import { formatDiagnostic, parseAndCheck } from './index';
import type { CheckedProgram, VarObj } from './program';
import { typeString } from './types';

function check(src: string): CheckedProgram {
  const r = parseAndCheck(src);
  expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
  if (!r.program) throw new Error('no program');
  return r.program;
}

function varsNamed(p: CheckedProgram, name: string): VarObj[] {
  return [...p.defs.values()].filter((o): o is VarObj => o.kind === 'var' && o.name === name);
}

function findIdents(p: CheckedProgram, name: string): ast.Ident[] {
  return [...p.uses.keys()].filter((i) => i.name === name);
}

describe('checked program', () => {
  it('binds each identifier to its declaration, honouring shadowing', () => {
    const p = check(`package main

import "fmt"

func main() {
	x := 1
	{
		x := "s"
		fmt.Println(x)
	}
	fmt.Println(x)
}
`);
    const xs = varsNamed(p, 'x');
    expect(xs.map((v) => typeString(v.type))).toEqual(['int', 'string']);
    const uses = findIdents(p, 'x').map((id) => p.uses.get(id));
    expect(uses).toEqual([xs[1], xs[0]]);
  });

  it('records types and constant values of expressions', () => {
    const p = check(`package main

import "time"

const d = 100 * time.Millisecond

func main() {
	n := 3
	e := time.Duration(n) * d
	_ = e
}
`);
    const exprs = [...p.exprs.entries()];
    const dConst = p.consts.find((c) => c.name === 'd');
    expect(dConst && typeString(dConst.type)).toBe('time.Duration');
    expect(dConst?.value).toEqual({ kind: 'int', v: 100_000_000n });
    const mul = exprs.find(([e]) => e.kind === 'BinaryExpr' && e.x.kind === 'CallExpr');
    expect(mul && typeString(mul[1].type)).toBe('time.Duration');
    expect(varsNamed(p, 'e').map((v) => typeString(v.type))).toEqual(['time.Duration']);
  });

  it('identifies closure captures and marks captured variables', () => {
    const p = check(`package main

func main() {
	a, b := 1, 2
	f := func() int {
		g := func() int { return a }
		return g()
	}
	_ = f() + b
}
`);
    const [a] = varsNamed(p, 'a');
    const [b] = varsNamed(p, 'b');
    expect(a?.captured).toBe(true);
    expect(b?.captured).toBe(false);
    const [main, f, g] = p.funcInfos;
    expect([main?.name, f?.name, g?.name]).toEqual(['main', 'main.func1', 'main.func1.1']);
    expect(f?.captures).toEqual([a]);
    expect(g?.captures).toEqual([a]);
    expect(f?.parent).toBe(main);
    expect(main?.literals).toEqual([f]);
    expect(main?.locals.map((v) => v.name)).toEqual(['a', 'b', 'f']);
  });

  it('marks loop-header variables as per-iteration (Go 1.22)', () => {
    const p = check(`package main

func main() {
	for i := 0; i < 3; i++ {
		j := i
		_ = j
	}
	for k, v := range []int{1} {
		_, _ = k, v
	}
}
`);
    expect(['i', 'j', 'k', 'v'].map((n) => varsNamed(p, n)[0]?.perIteration)).toEqual([
      true,
      false,
      true,
      true,
    ]);
    const [range] = [...p.ranges.values()];
    expect(range?.over).toBe('slice');
    expect([range?.key?.name, range?.value?.name]).toEqual(['k', 'v']);
  });

  it('classifies calls', () => {
    const p = check(`package main

import (
	"fmt"
	"sync"
	"time"
)

func f(x int) int { return x }

func main() {
	var wg sync.WaitGroup
	g := func() {}
	wg.Add(1)
	p := &wg
	p.Done()
	g()
	fmt.Println(f(len("ab")), time.Duration(f(1)))
	work(time.Millisecond)
}
`);
    const byPos = [...p.calls.entries()].sort(([a], [b]) => a.pos.offset - b.pos.offset);
    const kinds = byPos.map(([call, info]) => {
      const name =
        call.fun.kind === 'Ident'
          ? call.fun.name
          : call.fun.kind === 'SelectorExpr'
            ? call.fun.sel.name
            : '?';
      switch (info.kind) {
        case 'method':
          return `${name}:method:${info.method.recv.name}:${info.recvIsPointer ? 'ptr' : 'val'}`;
        case 'library':
          return `${name}:library:${info.func.pkg}`;
        case 'builtin':
          return `${name}:builtin`;
        case 'conversion':
          return `${name}:conversion:${typeString(info.to)}`;
        default:
          return `${name}:${info.kind}`;
      }
    });
    expect(kinds).toEqual([
      'Add:method:sync.WaitGroup:val',
      'Done:method:sync.WaitGroup:ptr',
      'g:value',
      'Println:library:fmt',
      'f:func',
      'len:builtin',
      'Duration:conversion:time.Duration',
      'f:func',
      'work:library:',
    ]);
  });

  it('records break/continue targets and comma-ok receives', () => {
    const p = check(`package main

func main() {
	ch := make(chan int)
	close(ch)
outer:
	for {
		select {
		case _, ok := <-ch:
			if !ok {
				break outer
			}
			continue
		}
	}
}
`);
    const targets = [...p.branchTargets.entries()].map(([b, s]) => `${b.tok}->${s.kind}`);
    expect(targets).toEqual(['break->ForStmt', 'continue->ForStmt']);
    expect(p.commaOk.size).toBe(1);
  });

  it('orders package variable initialization by dependencies', () => {
    const p = check(`package main

var a = b + c
var b = f()
var c = 1
var d = 2

func f() int { return d }

func main() { _ = a }
`);
    expect(p.varInitOrder.map((s) => s.names[0]?.name)).toEqual(['d', 'b', 'c', 'a']);
  });
});
