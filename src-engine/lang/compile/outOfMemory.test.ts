/**
 * A program that outgrows memory ends as Go ends it (issue 10, item 7): `fatal error: runtime: out of memory`,
 * exit status 2, everything printed before it kept; never an interpreter "internal error".
 */
import { describe, expect, it } from 'vitest';
import { runGo } from './testing/runGo';
import { fatalOf, GoFatal, MAX_STRING_BYTES, OUT_OF_MEMORY, STACK_OVERFLOW } from './runtime/memory';

const doubling = (body: string): string => `package main

import "fmt"

func main() {
	fmt.Println("before")
	s := "ab"
${body}
	fmt.Println(len(s))
}
`;

describe('allocString: a string beyond the run budget is runtime.throw("out of memory")', () => {
  it('doubling a string 40 times ends with fatal error: runtime: out of memory, output kept', () => {
    const r = runGo(doubling('\tfor i := 0; i < 40; i++ {\n\t\ts += s\n\t}'));
    expect(r.stdout).toBe('before\n');
    expect(r.stderr.split('\n')[0]).toBe('fatal error: runtime: out of memory');
    expect(r.stderr).not.toMatch(/internal error|RangeError/);
    expect(r.exitCode).toBe(2);
  });
  it('s = s + s the same, and no deferred call runs (a throw, not a panic)', () => {
    const src = `package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("deferred")
	}()
	s := "ab"
	for i := 0; i < 40; i++ {
		s = s + s
	}
	fmt.Println(len(s))
}
`;
    const r = runGo(src);
    expect([r.stdout, r.stderr.split('\n')[0], r.exitCode]).toEqual([
      '',
      'fatal error: runtime: out of memory',
      2,
    ]);
  });
  it('a string just under the limit is fine', () => {
    // 2 << 26 = 128 MiB ≤ MAX_STRING_BYTES (cons strings: cheap until printed).
    const r = runGo(doubling('\tfor i := 0; i < 26; i++ {\n\t\ts += s\n\t}'));
    expect([r.stdout, r.exitCode]).toEqual([`before\n${2 << 26}\n`, 0]);
    expect(2 << 26).toBeLessThanOrEqual(MAX_STRING_BYTES);
  });
});

describe('fatalOf: what a JS host failure stands for in Go', () => {
  it.each<[string, unknown, string | null]>([
    ['a GoFatal', new GoFatal(OUT_OF_MEMORY), OUT_OF_MEMORY],
    ['V8 string length', new RangeError('Invalid string length'), OUT_OF_MEMORY],
    ['V8 array length', new RangeError('Invalid array length'), OUT_OF_MEMORY],
    ['V8 BigInt size', new RangeError('Maximum BigInt size exceeded'), OUT_OF_MEMORY],
    ['JS stack', new RangeError('Maximum call stack size exceeded'), STACK_OVERFLOW],
    ['another RangeError', new RangeError('toFixed() digits argument must be between 0 and 100'), null],
    ['a TypeError', new TypeError('x is undefined'), null],
  ])('%s', (_name, err, want) => {
    expect(fatalOf(err)).toBe(want);
  });
});
