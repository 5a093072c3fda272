/**
 * Keyed elements in array and slice literals (the spec's "Composite literals"; types2's indexedElts): a key is a
 * constant index, a positional element takes the next index, `[...]T` and slice literals are as long as the
 * highest index + 1, missing indexes hold zero values and elements are evaluated in source order.
 */
import { describe, it } from 'vitest';
import { expectLikeGo } from './testing/likeGo';

const PROGRAM = `package main

import "fmt"

type P struct{ X, Y int }

const (
	Red = iota
	Green
	Blue
)

var names = [...]string{Blue: "blue", Red: "red", Green: "green"}

func next(s string) string { fmt.Println("eval", s); return s }

func main() {
	a := [5]int{2: 1, 4: 7}
	s := []string{3: "x"}
	g := [...]int{5: 1, 2: 3, 4}
	fmt.Println(a, len(s), s, len(g), g, cap(s))
	fmt.Printf("%q %T %#v\\n", s, g, g)
	fmt.Println(names, len(names))
	ps := []P{1: {1, 2}, {3, 4}}
	fmt.Println(ps)
	o := []string{2: next("c"), 0: next("a"), next("b")}
	fmt.Println(o)
	m := [][2]int{3: {1, 1}}
	m[0][1] = 9
	fmt.Println(m)
	var grid = [3][3]rune{1: {1: 'x'}}
	fmt.Println(grid)
}
`;

describe('keyed elements in array and slice literals (indexedElts)', () => {
  it('places each element at its index, zero-fills the rest and evaluates in source order, as Go does', () => {
    expectLikeGo(PROGRAM, {
      stdout: [
        '[0 0 1 0 7] 4 [   x] 6 [0 0 3 4 0 1] 4',
        '["" "" "" "x"] [6]int [6]int{0, 0, 3, 4, 0, 1}',
        '[red green blue] 3',
        '[{0 0} {1 2} {3 4}]',
        'eval c',
        'eval a',
        'eval b',
        '[a b c]',
        '[[0 9] [0 0] [0 0] [1 1]]',
        '[[0 0 0] [0 120 0] [0 0 0]]',
        '',
      ].join('\n'),
    });
  });
});
