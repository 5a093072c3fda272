/**
 * math/rand, math, strings and strconv (issue 14 item 5). Deterministic programs are checked against real
 * Go 1.23 where it is installed; math/rand's values are checked for determinism per seed and distribution,
 * since real Go seeds its default source randomly.
 */
import { describe, expect, it } from 'vitest';
import { parseAndCheck } from '../index';
import { expectLikeGo } from './testing/likeGo';
import { runGo } from './testing/runGo';

describe('strings, strconv and math constants print what Go prints', () => {
  it('case mapping, trimming, fields, split, count, index, repeat, join, replace, prefixes, strconv', () => {
    const src = `package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

func main() {
	s := "  héllo, Wörld ß\\t"
	fmt.Println(strings.ToUpper(s), strings.ToLower(s), strings.TrimSpace(s)+"|")
	fmt.Println(strings.Fields(" a b  c "), len(strings.Fields(" a b  c ")), strings.Split("a,b,,c", ","), strings.Split("héy", ""))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.Repeat("ab", 3), strings.Join([]string{"x", "y", "z"}, "-"), strings.ReplaceAll("oink oink oink", "oink", "moo"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.Contains("seafood", "foo"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.TrimPrefix("golang", "go"), strings.TrimSuffix("golang", "ng"))
	fmt.Println(strconv.Itoa(-42), strconv.FormatInt(255, 16), strconv.FormatInt(-5, 2), strconv.FormatBool(true), strconv.Quote("hi\\n\\"x\\"é"))
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint8, int64(math.MaxUint32), math.MaxInt16)
	defer fmt.Println("deferred")
	fmt.Println(strings.Repeat("x", -1))
}
`;
    expectLikeGo(src, {
      stdout:
        '  HÉLLO, WÖRLD ß\t   héllo, wörld ß\t héllo, Wörld ß|\n' +
        '[a b c] 3 [a b  c] [h é y]\n' +
        '3 5 4 3\n' +
        'ababab x-y-z moo moo moo\n' +
        'oinky oinky oink -a-b-c- -a-bc\n' +
        'true true true\n' +
        'true lang gola\n' +
        '-42 ff -101 true "hi\\n\\"x\\"é"\n' +
        '2147483647 -2147483648 255 4294967295 32767\n' +
        'deferred\n',
      stderrHead: 'panic: strings: negative Repeat count',
      exitCode: 2,
    });
  });

  it('names functions outside the subset as not supported', () => {
    const src = `package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
)

func main() {
	fmt.Println(math.Gamma(2), rand.ExpFloat64(), strconv.Unquote, strings.Title("x"), strings.Nope)
}
`;
    const d = parseAndCheck(src).diagnostics.map((x) => `${x.line}:${x.col}: ${x.message}`);
    expect(d).toEqual([
      '12:19: math.Gamma is not supported in scenarios',
      '12:34: math/rand.ExpFloat64 is not supported in scenarios',
      '12:56: strconv.Unquote is not supported in scenarios',
      '12:73: strings.Title is not supported in scenarios',
      '12:93: undefined: strings.Nope',
    ]);
  });
});

const RAND = `package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Perm(6), rand.Int63n(1 << 40), rand.Int31n(7))
}
`;

describe('math/rand: the default source comes from the scenario seed', () => {
  it('the same seed repeats the run; another seed gives other values', () => {
    const a = runGo(RAND, { seed: 3 }).stdout;
    expect(runGo(RAND, { seed: 3 }).stdout).toBe(a);
    const others = new Set([4, 5, 6, 7].map((seed) => runGo(RAND, { seed }).stdout));
    expect(others.has(a) && others.size === 1).toBe(false);
    expect(others.size).toBeGreaterThan(1);
  });

  it('Intn is uniform on [0, n) and Perm is a permutation (distribution, as real Go is only matched in distribution)', () => {
    const src = `package main

import (
	"fmt"
	"math/rand"
)

func main() {
	counts := make([]int, 6)
	for i := 0; i < 6000; i++ {
		counts[rand.Intn(6)]++
	}
	fmt.Println(counts)
	seen := make([]bool, 8)
	for _, v := range rand.Perm(8) {
		seen[v] = true
	}
	fmt.Println(seen)
}
`;
    const [counts, seen] = runGo(src, { seed: 11 }).stdout.trim().split('\n');
    const c = (counts as string).slice(1, -1).split(' ').map(Number);
    expect(c).toHaveLength(6);
    for (const k of c) expect(Math.abs(k - 1000)).toBeLessThan(150);
    expect(seen).toBe('[true true true true true true true true]');
  });

  it('rand.Seed makes the sequence repeatable whatever the scenario seed', () => {
    const src = RAND.replace('func main() {\n', 'func main() {\n\trand.Seed(42)\n');
    expect(runGo(src, { seed: 1 }).stdout).toBe(runGo(src, { seed: 2 }).stdout);
  });

  it('panics as Go does on a bad argument (invalid argument to Intn)', () => {
    const src = `package main

import "math/rand"

func main() {
	rand.Intn(0)
}
`;
    expectLikeGo(src, { stdout: '', stderrHead: 'panic: invalid argument to Intn', exitCode: 2 });
  });
});
