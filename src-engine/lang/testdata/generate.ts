/**
 * A seeded generator of random, well-typed scenario programs, for property tests and the benchmark.
 * Every program it produces must check with zero diagnostics and build with the real Go toolchain.
 */

type Ty = 'int' | 'string' | 'bool' | 'dur' | 'slice' | 'chan';

interface Var {
  readonly name: string;
  readonly ty: Ty;
}

/** Mulberry32: a tiny seeded PRNG (deterministic; no Math.random in the engine). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Gen {
  private readonly rnd: () => number;
  private counter = 0;
  readonly lines: string[] = [];
  private readonly scopes: Var[][] = [[]];

  constructor(seed: number) {
    this.rnd = prng(seed);
  }

  int(n: number): number {
    return Math.floor(this.rnd() * n);
  }

  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }

  private vars(ty: Ty): Var[] {
    return this.scopes.flat().filter((v) => v.ty === ty);
  }

  fresh(ty: Ty): Var {
    const v = this.unscoped(ty);
    this.scopes[this.scopes.length - 1]?.push(v);
    return v;
  }

  /** A new variable name, to be put in scope by {@link block}. */
  unscoped(ty: Ty): Var {
    return { name: `v${this.counter++}`, ty };
  }

  expr(ty: Ty, depth: number): string {
    const vs = this.vars(ty);
    const leaf = depth <= 0 || this.rnd() < 0.3;
    if (leaf || ty === 'chan') {
      if (vs.length > 0 && this.rnd() < 0.6) return this.pick(vs).name;
      switch (ty) {
        case 'int':
          return String(this.int(100));
        case 'string':
          return JSON.stringify(this.pick(['a', 'go', 'sched', '', 'P0']));
        case 'bool':
          return this.pick(['true', 'false']);
        case 'dur':
          return `${1 + this.int(50)} * time.${this.pick(['Microsecond', 'Millisecond', 'Nanosecond'])}`;
        case 'slice':
          return `[]int{${Array.from({ length: this.int(4) }, () => String(this.int(10))).join(', ')}}`;
        case 'chan':
          return `make(chan int, ${1 + this.int(3)})`;
      }
    }
    const d = depth - 1;
    switch (ty) {
      case 'int':
        return this.pick([
          () => `${this.expr('int', d)} + ${this.expr('int', d)}`,
          () => `${this.expr('int', d)} * ${this.expr('int', d)}`,
          () => `(${this.expr('int', d)} - ${this.expr('int', d)})`,
          () => `${this.expr('int', d)} % ${1 + this.int(9)}`,
          () => `len(${this.expr('string', d)})`,
          () => `len(${this.expr('slice', d)})`,
          () => `-(${this.expr('int', d)})`,
          () => `int(${this.expr('dur', d)} / time.Microsecond)`,
          () => `helper(${this.expr('int', d)}, ${this.expr('string', d)})`,
        ])();
      case 'string':
        return this.pick([
          () => `${this.expr('string', d)} + ${this.expr('string', d)}`,
          () => `fmt.Sprint(${this.expr('int', d)})`,
          () => `fmt.Sprintf("%d-%s", ${this.expr('int', d)}, ${this.expr('string', d)})`,
        ])();
      case 'bool':
        return this.pick([
          () => `${this.expr('int', d)} < ${this.expr('int', d)}`,
          () => `${this.expr('string', d)} == ${this.expr('string', d)}`,
          () => `!(${this.expr('bool', d)})`,
          () =>
            `(${this.expr('int', d)} < ${this.expr('int', d)} && ${this.expr('string', d)} != ${this.expr('string', d)})`,
          () => `${this.expr('bool', d)} || ${this.expr('dur', d)} > time.Millisecond`,
        ])();
      case 'dur':
        return this.pick([
          () => `${this.expr('dur', d)} + ${this.expr('dur', d)}`,
          () => `time.Duration(${this.expr('int', d)}) * time.Microsecond`,
          () => `${1 + this.int(9)} * ${this.expr('dur', d)}`,
        ])();
      case 'slice':
        return this.pick([
          () => `append(${this.expr('slice', d)}, ${this.expr('int', d)})`,
          () => `make([]int, ${this.int(5)})`,
        ])();
    }
  }

  emit(indent: number, s: string): void {
    this.lines.push('\t'.repeat(indent) + s);
  }

  block(indent: number, n: number, body: () => void, vars: Var[] = []): void {
    this.scopes.push(vars);
    for (let i = 0; i < n; i++) body();
    for (const v of this.scopes.pop() ?? []) this.emit(indent, `_ = ${v.name}`);
  }

  stmt(indent: number, depth: number): void {
    const ints = this.vars('int');
    const strs = this.vars('string');
    const chans = this.vars('chan');
    const options: (() => void)[] = [
      () => {
        const ty = this.pick<Ty>(['int', 'string', 'bool', 'dur', 'slice', 'chan']);
        const e = this.expr(ty, 3);
        this.emit(indent, `${this.fresh(ty).name} := ${e}`);
      },
      () => {
        const ty = this.pick<Ty>(['int', 'string', 'dur']);
        const goType = ty === 'dur' ? 'time.Duration' : ty;
        const e = this.expr(ty, 2);
        this.emit(indent, `var ${this.fresh(ty).name} ${goType} = ${e}`);
      },
      () => this.emit(indent, `fmt.Println(${this.expr('int', 2)}, ${this.expr('string', 2)})`),
      () => this.emit(indent, `work(${this.expr('dur', 2)})`),
    ];
    if (ints.length > 0) {
      options.push(() => this.emit(indent, `${this.pick(ints).name} += ${this.expr('int', 2)}`));
      options.push(() => this.emit(indent, `${this.pick(ints).name}++`));
    }
    if (strs.length > 0)
      options.push(() => {
        const v = this.pick(strs).name;
        const e = this.expr('string', 2);
        this.emit(indent, e === v ? `${v} += "!"` : `${v} = ${e}`);
      });
    if (chans.length > 0) {
      const ch = this.pick(chans).name;
      options.push(() =>
        this.emit(
          indent,
          `select {\n${'\t'.repeat(indent)}case ${ch} <- ${this.expr('int', 1)}:\n${'\t'.repeat(indent)}default:\n${'\t'.repeat(indent)}}`,
        ),
      );
      options.push(() => {
        this.emit(indent, 'select {');
        this.emit(indent, `case x, ok := <-${ch}:`);
        this.emit(indent + 1, '_, _ = x, ok');
        this.emit(indent, 'default:');
        this.emit(indent, '}');
      });
    }
    if (depth > 0) {
      options.push(() => {
        this.emit(indent, `if ${this.expr('bool', 2)} {`);
        this.block(indent + 1, 1 + this.int(3), () => this.stmt(indent + 1, depth - 1));
        this.emit(indent, '} else {');
        this.block(indent + 1, 1 + this.int(2), () => this.stmt(indent + 1, depth - 1));
        this.emit(indent, '}');
      });
      options.push(() => {
        const i = this.unscoped('int');
        this.emit(indent, `for ${i.name} := 0; ${i.name} < ${this.int(5)}; ${i.name}++ {`);
        this.block(indent + 1, 1 + this.int(3), () => this.stmt(indent + 1, depth - 1), [i]);
        this.emit(indent, '}');
      });
      options.push(() => {
        this.emit(indent, `for range ${this.int(4)} {`);
        this.block(indent + 1, 1 + this.int(3), () => this.stmt(indent + 1, depth - 1));
        this.emit(indent, '}');
      });
      options.push(() => {
        const xs = this.expr('slice', 1);
        const v = this.unscoped('int');
        this.emit(indent, `for _, ${v.name} := range ${xs} {`);
        this.block(indent + 1, 1 + this.int(2), () => this.stmt(indent + 1, depth - 1), [v]);
        this.emit(indent, '}');
      });
      options.push(() => {
        this.emit(indent, `switch ${this.expr('int', 1)} {`);
        this.emit(indent, `case ${this.int(3)}, ${3 + this.int(3)}:`);
        this.block(indent + 1, 1 + this.int(2), () => this.stmt(indent + 1, depth - 1));
        this.emit(indent, 'default:');
        this.block(indent + 1, 1, () => this.stmt(indent + 1, depth - 1));
        this.emit(indent, '}');
      });
      options.push(() => {
        this.emit(indent, 'wg.Add(1)');
        this.emit(indent, 'go func() {');
        this.emit(indent + 1, 'defer wg.Done()');
        this.block(indent + 1, 1 + this.int(3), () => this.stmt(indent + 1, depth - 1));
        this.emit(indent, '}()');
      });
    }
    this.pick(options)();
  }
}

/**
 * Generates a random valid program of roughly `targetLines` lines from `seed` (deterministic).
 *
 * @remarks
 * The programs are well typed but not meant to run meaningfully (loops are short, values arbitrary).
 */
export function generateProgram(seed: number, targetLines = 60): string {
  const g = new Gen(seed);
  g.lines.push(
    'package main',
    '',
    'import (',
    '\t"fmt"',
    '\t"sync"',
    '\t"time"',
    ')',
    '',
    'var wg sync.WaitGroup',
    '',
    'var _, _ = time.Second, fmt.Sprint',
    '',
    'func helper(n int, s string) int {',
    '\tif n > len(s) {',
    '\t\treturn n',
    '\t}',
    '\treturn len(s)',
    '}',
    '',
    'func main() {',
  );
  while (g.lines.length < targetLines) g.block(1, 1, () => g.stmt(1, 2));
  g.lines.push('\twg.Wait()', '}', '');
  return g.lines.join('\n');
}
