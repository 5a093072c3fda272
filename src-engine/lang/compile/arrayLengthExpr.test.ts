/**
 * gc's typeDecl rule for `type A [x]T`: a name followed by an operator, selector or call inside the brackets is
 * parsed as an expression, which is an array length unless a comma follows or it holds a type literal; a name
 * followed by another name starts a type parameter list (refused: generic types). Array lengths may name
 * package constants declared anywhere.
 */
import { describe, expect, it } from 'vitest';
import { compileSource } from './index';
import { expectLikeGo } from './testing/likeGo';

const PROGRAM = `package main

import "fmt"

const N = 3

type A [N * 2]int
type B [N + 1]string
type C [N<<1 - 1]bool
type D [len("abcd")]byte

func main() {
	var a A
	a[5] = 1
	fmt.Println(a, len(B{}), len(C{}), len(D{}))
	fmt.Printf("%T %T\\n", a, D{})
}
`;

describe('type A [N*2]int is an array type (syntax.parser.typeDecl, extractName)', () => {
  it('reads constant expressions starting with a name as array lengths, as gc does', () => {
    expectLikeGo(PROGRAM, { stdout: '[0 0 0 0 0 1] 4 5 4\nmain.A main.D\n' });
  });

  it('still reads [T any], [K comparable, V any], [P *[]int] and [P *C, Q any] as type parameter lists', () => {
    const src =
      'package main\n\ntype L[T any] struct{ v T }\n\ntype M[K comparable, V any] map[K]V\n\ntype Q[P *[]int] int\n\ntype R[P *C, Q any] int\n\ntype C int\n\nfunc main() {}\n';
    const c = compileSource(src, 'main.go');
    expect('diagnostics' in c && c.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
      '3:7 generic types are not supported in scenarios',
      '5:7 generic types are not supported in scenarios',
      '7:7 generic types are not supported in scenarios',
      '9:7 generic types are not supported in scenarios',
    ]);
  });
});
