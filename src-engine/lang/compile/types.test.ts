/**
 * Semantics of the type system (checked against real Go 1.23's output by hand and by the conformance cases
 * 80–83): struct value semantics, pointers, methods, interfaces and fmt's view of them.
 */
import { describe, expect, it } from 'vitest';
import { runGo } from './testing/runGo';

function run(
  body: string,
  extra = '',
  imports = 'fmt',
): { stdout: string; stderr: string; exitCode: number } {
  const imps = imports
    .split(' ')
    .map((i) => `\t"${i}"`)
    .join('\n');
  return runGo(`package main\n\nimport (\n${imps}\n)\n\n${extra}\nfunc main() {\n${body}\n}\n`);
}

function out(body: string, extra = '', imports = 'fmt'): string {
  const r = run(body, extra, imports);
  expect(r.stderr).toBe('');
  return r.stdout;
}

const POINT = 'type P struct{ X, Y int }\ntype Box struct {\n\tIn P\n\tN  int\n}\n';

describe('struct values (copy on assignment, pointers share the storage)', () => {
  it('assignment copies: changing the copy leaves the original', () => {
    expect(out('a := P{1, 2}\nb := a\nb.X = 9\nfmt.Println(a, b)', POINT)).toBe('{1 2} {9 2}\n');
  });
  it('assigning into a struct keeps pointers to it and to its fields valid', () => {
    const body = 'b := Box{}\np := &b.In\nq := &b\nb = Box{P{3, 4}, 5}\nfmt.Println(*p, q.N, q.In.Y)';
    expect(out(body, POINT)).toBe('{3 4} 5 4\n');
  });
  it('range values, arguments and channel sends are copies', () => {
    const body = [
      's := []P{{1, 1}, {2, 2}}',
      'for _, v := range s {\n\tv.X = 0\n}',
      'f := func(p P) { p.Y = 0 }',
      'f(s[0])',
      'ch := make(chan P, 1)',
      'ch <- s[1]',
      's[1].X = 7',
      'fmt.Println(s, <-ch)',
    ].join('\n');
    expect(out(body, POINT)).toBe('[{1 1} {7 2}] {2 2}\n');
  });
  it('append outgrowing the backing array copies the elements (the old array keeps its own)', () => {
    const body = 'a := make([]P, 1, 1)\nb := append(a, P{5, 5})\na[0].X = 1\nfmt.Println(a, b, cap(b))';
    expect(out(body, POINT)).toBe('[{1 0}] [{0 0} {5 5}] 2\n');
  });
  it('== compares field by field; pointers by identity', () => {
    const body = 'a, b := P{1, 2}, P{1, 2}\np, q := &a, &a\nfmt.Println(a == b, &a == &b, p == q, a != P{})';
    expect(out(body, POINT)).toBe('true false true true\n');
  });
  it('new, &x of an int and *p; a nil pointer dereference panics like Go', () => {
    expect(out('n := new(int)\n*n += 2\nx := 5\np := &x\n*p++\nfmt.Println(*n, x)')).toBe('2 6\n');
    const r = run('var p *P\nfmt.Println(p.X)', POINT);
    expect(r.stderr.split('\n')[0]).toBe(
      'panic: runtime error: invalid memory address or nil pointer dereference',
    );
    expect(r.exitCode).toBe(2);
  });
});

describe('methods (value and pointer receivers, implicit & and *)', () => {
  const T = `${POINT}func (p *P) Scale(k int) { p.X *= k; p.Y *= k }\nfunc (p P) Sum() int { return p.X + p.Y }\n`;
  it('a pointer method on an addressable value changes it; a value method gets a copy', () => {
    expect(out('v := P{1, 2}\nv.Scale(3)\npp := &v\nfmt.Println(v, pp.Sum())', T)).toBe('{3 6} 9\n');
  });
  it('a method value binds a copy of a value receiver at evaluation', () => {
    expect(out('v := P{1, 2}\nf := v.Sum\nv.X = 100\ng := v.Scale\ng(2)\nfmt.Println(f(), v)', T)).toBe(
      '3 {200 4}\n',
    );
  });
  it('pointer methods on named non-struct types and empty structs take the variable address (implicit &)', () => {
    const extra =
      'type Counter int\nfunc (c *Counter) Inc() { *c++ }\ntype Stack []int\nfunc (s *Stack) Push(v int) { *s = append(*s, v) }\ntype W struct{}\nfunc (w *W) Run(n int) int { return n * 2 }\n';
    const body =
      'var c Counter\nc.Inc()\nc.Inc()\nvar s Stack\ns.Push(1)\ns.Push(2)\nvar w W\nfmt.Println(c, s, len(s), w.Run(3))';
    expect(out(body, extra)).toBe('2 [1 2] 2 6\n');
  });
  it('promotes methods of an embedded interface; method expressions are refused by name', () => {
    const extra =
      'type Sp interface{ Speak() string }\ntype Dog struct{ name string }\nfunc (d Dog) Speak() string { return d.name }\ntype Loud struct {\n\tSp\n\tn int\n}\n';
    expect(out('l := Loud{Dog{"max"}, 1}\nfmt.Println(l.Speak())', extra)).toBe('max\n');
    expect(() => run('g := Dog.Speak\nfmt.Println(g(Dog{}))', extra)).toThrow(
      'main.go:16:6: method expressions (Dog.Speak) are not supported in scenarios',
    );
  });
  it('promotes fields and methods of embedded structs', () => {
    const extra = `${T}type Named struct {\n\tP\n\tName string\n}\n`;
    expect(out('n := Named{P{1, 1}, "a"}\nn.Scale(2)\nfmt.Println(n.X, n.Sum(), n)', extra)).toBe(
      '2 4 {{2 2} a}\n',
    );
  });
});

describe('interfaces (dynamic dispatch, assertions, type switches)', () => {
  const S = `type Shape interface{ Area() int }\ntype Sq struct{ S int }\nfunc (s *Sq) Area() int { return s.S * s.S }\ntype R struct{ W, H int }\nfunc (r R) Area() int { return r.W * r.H }\n`;
  it('dispatches on the dynamic type', () => {
    expect(out('for _, s := range []Shape{R{2, 3}, &Sq{4}} {\n\tfmt.Println(s.Area())\n}', S)).toBe(
      '6\n16\n',
    );
  });
  it('a failed assertion panics with runtime.TypeAssertionError text', () => {
    const r = run('var x any = 1\nfmt.Println(x.(string))');
    expect(r.stderr.split('\n')[0]).toBe('panic: interface conversion: interface {} is int, not string');
    const r2 = run('var s Shape = R{1, 1}\nfmt.Println(s.(*Sq))', S);
    expect(r2.stderr.split('\n')[0]).toBe('panic: interface conversion: main.Shape is main.R, not *main.Sq');
  });
  it('comma-ok assertions and type switches (nil, interface and concrete cases)', () => {
    const body = [
      'vals := []any{1, "a", R{1, 2}, nil, &Sq{2}}',
      'for _, v := range vals {',
      '\tswitch x := v.(type) {',
      '\tcase int, string:\n\t\tfmt.Println("basic", x)',
      '\tcase nil:\n\t\tfmt.Println("nil")',
      '\tcase Shape:\n\t\tfmt.Println("shape", x.Area())',
      '\t}',
      '}',
      '_, ok := vals[0].(Shape)',
      'fmt.Println(ok)',
    ].join('\n');
    expect(out(body, S)).toBe('basic 1\nbasic a\nshape 2\nnil\nshape 4\nfalse\n');
  });
  it('compares an interface with a concrete value by converting it (== and switch cases)', () => {
    const body = [
      'var x any = 3',
      'var y any = P{1, 2}',
      'fmt.Println(x == 3, 3 == x, x != "a", y == P{1, 2}, y == any(P{2, 1}))',
      'switch y {\ncase P{1, 2}:\n\tfmt.Println("p")\n}',
    ].join('\n');
    expect(out(body, POINT)).toBe('true true true true false\np\n');
  });
  it('errors.New values are distinct; fmt.Errorf formats; a nil error is <nil>', () => {
    const body =
      'a, b := errors.New("x"), errors.New("x")\nvar e error\nfmt.Println(a == b, a == a, e == nil, e, fmt.Errorf("n=%d", 3))';
    expect(out(body, '', 'errors fmt')).toBe('false true true <nil> n=3\n');
  });
});

describe("fmt's view of program types (handleMethods)", () => {
  it('prints %v, %+v, %#v and %T of structs and pointers to structs', () => {
    const body = 'p := P{1, 2}\nfmt.Printf("%v %+v %#v %T %v %+v\\n", p, p, p, p, &p, &p)';
    expect(out(body, POINT)).toBe('{1 2} {X:1 Y:2} main.P{X:1, Y:2} main.P &{1 2} &{X:1 Y:2}\n');
  });
  it('anonymous struct slices, struct globals, and a Duration behind an unexported field prints its integer', () => {
    const extra =
      'type Config struct {\n\tName  string\n\tDelay time.Duration\n}\nvar cfg = Config{Name: "svc", Delay: 10 * time.Millisecond}\n';
    const body =
      'tasks := []struct {\n\tname string\n\td    time.Duration\n}{{"a", time.Second}}\nfmt.Printf("%+v %+v %v\\n", cfg, tasks[0], tasks[0].d)';
    expect(out(body, extra, 'fmt time')).toBe('{Name:svc Delay:10ms} {name:a d:1000000000} 1s\n');
  });
  it('calls Error and String methods, but not through unexported fields', () => {
    const extra =
      'type C int\nfunc (c C) String() string { return fmt.Sprint("C", int(c)) }\ntype W struct {\n\tPub C\n\tpriv C\n}\n';
    expect(out('fmt.Println(C(1), []C{2}, W{3, 4})\nfmt.Printf("%d %s\\n", C(5), C(6))', extra)).toBe(
      'C1 [C2] {C3 4}\n5 C6\n',
    );
  });
});
