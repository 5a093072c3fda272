/**
 * Map keys of array and struct type (the spec's comparable keys; runtime/map.go hashes them by value): equal
 * values find one entry, fmt prints them sorted element by element (internal/fmtsort), a range key is a copy.
 */
import { describe, expect, it } from 'vitest';
import { compileSource } from './index';
import { expectLikeGo } from './testing/likeGo';

const PROGRAM = `package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	At   Point
}

func main() {
	visits := map[[2]int]int{}
	pos := [2]int{1, 2}
	visits[pos]++
	visits[[2]int{1, 2}]++
	pos[0] = 5
	visits[pos] = 10
	fmt.Println(visits, len(visits))
	v, ok := visits[[2]int{9, 9}]
	fmt.Println(v, ok)
	delete(visits, [2]int{1, 2})
	fmt.Println(visits)

	grid := map[Point]string{{0, 1}: "b", {0, 0}: "a", {-1, 5}: "z"}
	grid[Point{2, 2}] = "c"
	fmt.Println(grid)
	fmt.Printf("%v %+v\\n", grid[Point{0, 1}], grid)
	sum := 0
	for k, v := range grid {
		k.X = 100
		sum += len(v)
	}
	fmt.Println(sum, grid[Point{0, 0}])

	names := map[Key]int{{"a", Point{1, 1}}: 1}
	names[Key{"a", Point{1, 1}}] += 5
	fmt.Println(names)
	fs := map[[2]float64]bool{{0, 1}: true}
	fmt.Println(fs[[2]float64{-0.0 * 1, 1}])
	words := map[[2]string]int{{"a", "b"}: 1, {"a", "a"}: 2, {"", "z"}: 3}
	fmt.Println(words)
	clear(words)
	fmt.Println(len(words), words)
	type E struct{}
	es := map[E]int{}
	es[E{}]++
	es[E{}]++
	fmt.Println(es)
}
`;

describe('map keys of array and struct type (mapaccess by value, fmtsort.compare)', () => {
  it('finds, updates, deletes and prints entries keyed by arrays and structs as Go does', () => {
    expectLikeGo(PROGRAM, {
      stdout: [
        'map[[1 2]:2 [5 2]:10] 2',
        '0 false',
        'map[[5 2]:10]',
        'map[{-1 5}:z {0 0}:a {0 1}:b {2 2}:c]',
        'b map[{X:-1 Y:5}:z {X:0 Y:0}:a {X:0 Y:1}:b {X:2 Y:2}:c]',
        '4 a',
        'map[{a {1 1}}:6]',
        'true',
        'map[[ z]:3 [a a]:2 [a b]:1]',
        '0 map[]',
        'map[{}:2]',
        '',
      ].join('\n'),
    });
  });

  it('refuses a struct key holding a pointer with one located message', () => {
    const src = 'package main\n\ntype K struct{ p *int }\n\nfunc main() {\n\tm := map[K]int{}\n\t_ = m\n}\n';
    const c = compileSource(src, 'main.go');
    expect('diagnostics' in c && c.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
      '6:11 map keys of struct type holding pointers, interfaces or library types are not supported in scenarios',
    ]);
  });
});
