import { describe, expect, it } from 'vitest';
import type * as ast from './ast';
import { DiagnosticSink, formatDiagnostic } from './diagnostics';
import { parseFile } from './parser/declarations';

function parse(src: string): { file: ast.File; errors: string[] } {
  const diags = new DiagnosticSink('main.go');
  const file = parseFile(src, 'main.go', diags);
  return { file, errors: diags.list.map(formatDiagnostic) };
}

function body(stmts: string): ast.Stmt[] {
  const { file, errors } = parse(`package main\n\nfunc main() {\n${stmts}\n}\n`);
  expect(errors).toEqual([]);
  const f = file.decls[0];
  if (f?.kind !== 'FuncDecl' || !f.body) throw new Error('no main');
  return f.body.stmts;
}

function expr(src: string): ast.Expr {
  const s = body(`\t_ = ${src}`)[0];
  if (s?.kind !== 'AssignStmt') throw new Error('not an assignment');
  return s.rhs[0] as ast.Expr;
}

/** A compact s-expression of an expression tree, to check precedence and shapes. */
function sexpr(e: ast.Expr | null): string {
  if (!e) return '_';
  switch (e.kind) {
    case 'Ident':
      return e.name;
    case 'BasicLit':
      return e.raw;
    case 'BinaryExpr':
      return `(${e.op} ${sexpr(e.x)} ${sexpr(e.y)})`;
    case 'UnaryExpr':
      return `(${e.op} ${sexpr(e.x)})`;
    case 'CallExpr':
      return `(call ${sexpr(e.fun)}${e.args.map((a) => ' ' + sexpr(a)).join('')}${e.ellipsis ? ' ...' : ''})`;
    case 'SelectorExpr':
      return `${sexpr(e.x)}.${e.sel.name}`;
    case 'IndexExpr':
      return `(index ${sexpr(e.x)} ${sexpr(e.index)})`;
    case 'SliceExpr':
      return `(slice ${sexpr(e.x)} ${sexpr(e.low)} ${sexpr(e.high)} ${sexpr(e.max)})`;
    case 'ParenExpr':
      return `(paren ${sexpr(e.x)})`;
    case 'CompositeLit':
      return `(lit ${sexpr(e.type)}${e.elts.map((a) => ' ' + sexpr(a)).join('')})`;
    case 'SliceType':
      return `[]${sexpr(e.elem)}`;
    case 'ArrayType':
      return `[${e.len === null ? '...' : sexpr(e.len)}]${sexpr(e.elem)}`;
    case 'ChanType':
      return `(chan${e.dir === 'both' ? '' : ':' + e.dir} ${sexpr(e.elem)})`;
    case 'StructType':
      return e.fields.length === 0 ? 'struct{}' : `(struct ${e.fields.length})`;
    case 'InterfaceType':
      return `(interface ${e.methods.length})`;
    case 'KeyValueExpr':
      return `(kv ${sexpr(e.key)} ${sexpr(e.value)})`;
    case 'TypeAssertExpr':
      return `(assert ${sexpr(e.x)} ${e.type === null ? 'type' : sexpr(e.type)})`;
    case 'FuncType':
      return `(functype ${e.params.length} ${e.results.length})`;
    case 'FuncLit':
      return `(funclit ${e.type.params.length} ${e.body.stmts.length})`;
    case 'StarExpr':
      return `(* ${sexpr(e.x)})`;
    case 'BadExpr':
      return 'BAD';
    case 'MapType':
      return `(map ${sexpr(e.key)} ${sexpr(e.value)})`;
  }
}

describe('parser: expressions', () => {
  it('parses map types and keyed map literals, elided element literals included', () => {
    expect(sexpr(expr('map[string][]int{"a": {1}, k: nil}'))).toBe(
      '(lit (map string []int) (kv "a" (lit _ 1)) (kv k nil))',
    );
    expect(sexpr(expr('make(map[chan int]map[int]bool, 4)'))).toBe(
      '(call make (map (chan int) (map int bool)) 4)',
    );
  });

  it('follows Go precedence and associativity', () => {
    expect(sexpr(expr('a + b*c - d'))).toBe('(- (+ a (* b c)) d)');
    expect(sexpr(expr('a || b && c == d'))).toBe('(|| a (&& b (== c d)))');
    expect(sexpr(expr('-a * <-ch'))).toBe('(* (- a) (<- ch))');
    expect(sexpr(expr('a << 2 + 1'))).toBe('(+ (<< a 2) 1)');
    expect(sexpr(expr('!f(x)[i].y'))).toBe('(! (index (call f x) i).y)');
  });

  it('parses calls, selectors, index and slice expressions', () => {
    expect(sexpr(expr('fmt.Println(a, b...)'))).toBe('(call fmt.Println a b ...)');
    expect(sexpr(expr('s[1:2]'))).toBe('(slice s 1 2 _)');
    expect(sexpr(expr('s[:n:m]'))).toBe('(slice s _ n m)');
    expect(sexpr(expr('t.C'))).toBe('t.C');
  });

  it('parses composite literals, types in calls and function literals', () => {
    expect(sexpr(expr('[]int{1, 2}'))).toBe('(lit []int 1 2)');
    expect(sexpr(expr('[][]int{{1}, {}}'))).toBe('(lit [][]int (lit _ 1) (lit _))');
    expect(sexpr(expr('struct{}{}'))).toBe('(lit struct{})');
    expect(sexpr(expr('make(chan<- []string, 3)'))).toBe('(call make (chan:send []string) 3)');
    expect(sexpr(expr('(<-chan int)(ch)'))).toBe('(call (paren (chan:recv int)) ch)');
    expect(sexpr(expr('make(chan (<-chan int))'))).toBe('(call make (chan (paren (chan:recv int))))');
    expect(sexpr(expr('func(a, b int) (int, error) { return }'))).toBe('(funclit 1 1)');
    expect(sexpr(expr('time.Duration(n) * time.Millisecond'))).toBe(
      '(* (call time.Duration n) time.Millisecond)',
    );
  });
});

describe('parser: statements', () => {
  it('recognises every simple statement form', () => {
    const kinds = body(
      '\tx := 1\n\tx = 2\n\tx += 3\n\tx++\n\tch <- x\n\tf()\n\tvar y int\n\tL:\n\tfor {}\n',
    ).map((s) => s.kind);
    expect(kinds).toEqual([
      'AssignStmt',
      'AssignStmt',
      'AssignStmt',
      'IncDecStmt',
      'SendStmt',
      'ExprStmt',
      'DeclStmt',
      'LabeledStmt',
    ]);
  });

  it('parses every for form', () => {
    const s = body(
      '\tfor {}\n\tfor x < 3 {}\n\tfor i := 0; i < 3; i++ {}\n\tfor ;; {}\n\tfor range 3 {}\n\tfor i := range n {}\n\tfor k, v = range s {}\n',
    );
    expect(
      s.map((x) =>
        x.kind === 'RangeStmt'
          ? `range:${x.tok}`
          : x.kind === 'ForStmt'
            ? `for:${x.init ? 'i' : ''}${x.cond ? 'c' : ''}${x.post ? 'p' : ''}`
            : x.kind,
      ),
    ).toEqual(['for:', 'for:c', 'for:icp', 'for:', 'range:null', 'range::=', 'range:=']);
  });

  it('does not take a block for a composite literal in a control clause', () => {
    const s = body('\tif x == y {\n\t}\n\tfor _, v := range xs {\n\t\t_ = v\n\t}\n\tswitch T {\n\t}\n');
    expect(s.map((x) => x.kind)).toEqual(['IfStmt', 'RangeStmt', 'SwitchStmt']);
  });

  it('parses if/else chains, switch and select clauses', () => {
    const [ifs, sw, sel] = body(
      '\tif x := 1; x > 0 {\n\t} else if y {\n\t} else {\n\t}\n\tswitch y := 2; y {\n\tcase 1, 2:\n\tdefault:\n\t}\n\tselect {\n\tcase v, ok := <-ch:\n\tcase ch <- 1:\n\tcase <-done:\n\tdefault:\n\t}\n',
    );
    expect(
      ifs?.kind === 'IfStmt' && ifs.init !== null && ifs.else?.kind === 'IfStmt' && ifs.else.else?.kind,
    ).toBe('BlockStmt');
    expect(sw?.kind === 'SwitchStmt' && sw.clauses.map((c) => c.list?.length ?? 'default')).toEqual([
      2,
      'default',
    ]);
    expect(sel?.kind === 'SelectStmt' && sel.clauses.map((c) => c.comm?.kind ?? 'default')).toEqual([
      'AssignStmt',
      'SendStmt',
      'ExprStmt',
      'default',
    ]);
  });

  it('groups parameters the way Go does', () => {
    const { file } = parse(
      'package main\nfunc f(a, b int, c string) (x int, err bool) {}\nfunc g(int, string) int {}\n',
    );
    const [f, g] = file.decls;
    expect(f?.kind === 'FuncDecl' && f.type.params.map((p) => p.names.map((n) => n.name).join(','))).toEqual([
      'a,b',
      'c',
    ]);
    expect(f?.kind === 'FuncDecl' && f.type.results.length).toBe(2);
    expect(g?.kind === 'FuncDecl' && g.type.params.map((p) => p.names.length)).toEqual([0, 0]);
  });

  it('parses imports, grouped declarations and implicit constant repetition', () => {
    const { file, errors } = parse(
      'package main\nimport (\n\t"fmt"\n\tt "time"\n)\nconst (\n\tA = iota\n\tB\n)\nvar x, y = 1, 2\n',
    );
    expect(errors).toEqual([]);
    expect(file.imports.map((i) => `${i.name?.name ?? ''}:${i.path.value}`)).toEqual([':fmt', 't:time']);
    const c = file.decls[0];
    expect(c?.kind === 'GenDecl' && c.specs[1]?.implicitFrom === c.specs[0] && c.specs[1]?.iota).toBe(1);
  });

  it('gives every node a position', () => {
    const s = body('\tx := a + b');
    expect(s[0]?.pos).toMatchObject({ line: 4, col: 2 });
    const a = s[0]?.kind === 'AssignStmt' ? s[0].rhs[0] : undefined;
    expect(a?.kind === 'BinaryExpr' && [a.opPos.col, a.y.pos.col, a.end.col]).toEqual([9, 11, 12]);
  });
});

describe('parser: errors and recovery', () => {
  it('reports several syntax errors in one file, as gc does', () => {
    const { errors } = parse('package main\nfunc main() {\n\tx := (1 +\n\ty := ]\n\tz := 3 4\n}\n');
    expect(errors).toEqual([
      'main.go:4:4: syntax error: unexpected :=, expected )',
      'main.go:5:9: syntax error: unexpected literal 4 at end of statement',
    ]);
  });

  it('requires the package clause first', () => {
    expect(parse('func main() {}').errors).toEqual([
      'main.go:1:1: syntax error: package statement must be first',
    ]);
  });

  it('reports unsupported constructs by name', () => {
    const { errors } = parse(
      'package main\ntype T int\nfunc (t T) M() {}\nfunc G[X any]() {}\nfunc main() {\n\tvar m map[string]int\n\tvar a [3]int\n\tvar i interface{}\n\tvar s struct{ x int }\n\tgoto L\n}\n',
    );
    // Type declarations, methods, interfaces and structs with fields are in the subset now.
    expect(errors).toEqual([
      'main.go:4:7: generic functions are not supported in scenarios',
      'main.go:10:2: goto is not supported in scenarios',
    ]);
  });

  it('parses type declarations, struct and interface types, methods, keyed literals and assertions', () => {
    const { errors, file } = parse(
      'package main\ntype (\n\tP struct{ X, Y int; *Q; sync.Mutex `tag` }\n\tQ = int\n)\ntype I interface{ M(int) string; error }\nfunc (p *P) M(n int) string { return "" }\nfunc main() {\n\tv := P{X: 1}\n\t_, _ = v.(I)\n\ttype L struct{}\n}\n',
    );
    expect(errors).toEqual([]);
    const kinds = file.decls.map((d) => d.kind);
    expect(kinds).toEqual(['TypeDecl', 'TypeDecl', 'FuncDecl', 'FuncDecl']);
    const td = file.decls[0];
    if (td?.kind !== 'TypeDecl') throw new Error('not a type decl');
    expect(td.specs.map((s) => [s.name.name, s.alias, sexpr(s.type)])).toEqual([
      ['P', false, '(struct 3)'],
      ['Q', true, 'int'],
    ]);
    const m = file.decls[2];
    expect(m?.kind === 'FuncDecl' && m.recv !== null && sexpr(m.recv.type)).toBe('(* P)');
    expect(sexpr(expr('T{a: 1, b: {2}}'))).toBe('(lit T (kv a 1) (kv b (lit _ 2)))');
    expect(sexpr(expr('x.(*T)'))).toBe('(assert x (* T))');
  });

  it('tells an array type declaration from a generic one', () => {
    const arr = parse('package main\nconst N = 2\ntype A [2]int\ntype B [N]int\nfunc main() {}\n');
    expect(arr.errors).toEqual([]);
    expect(
      arr.file.decls.flatMap((d) => (d.kind === 'TypeDecl' ? d.specs.map((s) => sexpr(s.type)) : [])),
    ).toEqual(['[2]int', '[N]int']);
    expect(parse('package main\ntype L[T any] struct{ v T }\nfunc main() {}\n').errors).toEqual([
      'main.go:2:7: generic types are not supported in scenarios',
    ]);
  });

  it('stops cleanly on absurd nesting', () => {
    const deep = 'package main\nfunc main() {\n\tx := ' + '('.repeat(5000) + '1' + ')'.repeat(5000) + '\n}\n';
    const { errors } = parse(deep);
    expect(errors[0]).toMatch(
      /^main\.go:3:\d+: syntax error: program is nested too deeply \(more than 300 levels\)$/,
    );
  });
});
