/**
 * A fast-check generator of one Go program of random string operations on byte strings with multi-byte and
 * invalid UTF-8: len, byte indexing, guarded slicing, concatenation, comparison and `range` (runes), printed
 * with %q, %x and %v for differential testing against real Go.
 */
import fc from 'fast-check';

const lit = fc.constantFrom(
  '"héllo"',
  '"世界"',
  '"\\xff\\xfe"',
  '"a\\x80b"',
  '""',
  '"\\xe4\\xb8"',
  '"Z"',
  '"𝄞x"',
);
const v = fc.integer({ min: 0, max: 2 }).map((i) => `t${i}`);
const n = fc.integer({ min: 0, max: 6 });

const op: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(v, lit).map(([a, l]) => `${a} = ${l}`),
  fc.tuple(v, v, v).map(([a, b, c]) => `${a} = ${b} + ${c}`),
  fc.tuple(v, v, n).map(([a, b, x]) => `if len(${b}) >= ${x} {\n\t\t${a} = ${b}[${x}:]\n\t}`),
  fc.tuple(v, v, n).map(([a, b, x]) => `if len(${b}) >= ${x} {\n\t\t${a} = ${b}[:${x}]\n\t}`),
  fc
    .tuple(v, n)
    .map(([a, i]) => `if len(${a}) > ${i} {\n\t\tfmt.Println(${a}[${i}], ${a}[${i}:${i}+1] == "x")\n\t}`),
  fc.tuple(v, v).map(([a, b]) => `fmt.Println(${a} < ${b}, ${a} == ${b}, ${a} >= ${b})`),
  v.map(
    (a) => `for i, r := range ${a} {\n\t\tfmt.Println(i, r, fmt.Sprintf("%q %x %c %U", r, r, r, r))\n\t}`,
  ),
  v.map((a) => `fmt.Println(fmt.Sprintf("%q|%x|%v|%+q|%5.2s|", ${a}, ${a}, ${a}, ${a}, ${a}))`),
);

/** A program of `count` random steps. */
export const stringProgram = (count: number): fc.Arbitrary<string> =>
  fc
    .array(op, { minLength: count, maxLength: count })
    .map(
      (ops) =>
        `package main\n\nimport "fmt"\n\nfunc main() {\n\tt0, t1, t2 := "go", "héllo", "\\xff"\n${ops
          .map((o) => `\t${o}\n\tfmt.Println(len(t0), len(t1), len(t2))`)
          .join('\n')}\n}\n`,
    );
