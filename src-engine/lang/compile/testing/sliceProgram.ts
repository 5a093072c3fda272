/**
 * A fast-check generator of one Go program of random slice operations (appends of one, several and spread
 * values, guarded reslicing including three-index and up-to-cap forms, element writes, make) on three
 * `[]int` variables, printing length, capacity and contents after every step: aliasing and growth must
 * match real Go exactly.
 */
import fc from 'fast-check';

const v = fc.integer({ min: 0, max: 2 }).map((i) => `s${i}`);
const n = fc.integer({ min: 0, max: 9 });

/** Three constants in increasing order (gc rejects constant slice indices out of order). */
const ordered = fc.tuple(n, n, n).map((xs) => xs.sort((p, q) => p - q));

const op: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(v, v, n).map(([a, b, x]) => `${a} = append(${b}, ${x})`),
  fc.tuple(v, v, n, n, n).map(([a, b, x, y, z]) => `${a} = append(${b}, ${x}, ${y}, ${z})`),
  fc.tuple(v, v, v).map(([a, b, c]) => `${a} = append(${b}, ${c}...)`),
  fc.tuple(v, v, n).map(([a, b, x]) => `if len(${b}) >= ${x} {\n\t\t${a} = ${b}[${x}:]\n\t}`),
  fc.tuple(v, v, n).map(([a, b, x]) => `if cap(${b}) >= ${x} {\n\t\t${a} = ${b}[:${x}]\n\t}`),
  fc.tuple(v, v).map(([a, b]) => `${a} = ${b}[:cap(${b})]`),
  fc
    .tuple(v, v, ordered)
    .map(([a, b, [x, y, z]]) => `if ${z} <= cap(${b}) {\n\t\t${a} = ${b}[${x}:${y}:${z}]\n\t}`),
  fc.tuple(v, n, n).map(([a, i, x]) => `if len(${a}) > ${i} {\n\t\t${a}[${i}] = ${x + 10}\n\t}`),
  fc.tuple(v, n, n).map(([a, x, y]) => `${a} = make([]int, ${Math.min(x, y)}, ${Math.max(x, y)})`),
  v.map((a) => `${a} = nil`),
);

/** A program of `count` random steps. */
export const sliceProgram = (count: number): fc.Arbitrary<string> =>
  fc
    .array(op, { minLength: count, maxLength: count })
    .map(
      (ops) =>
        `package main\n\nimport "fmt"\n\nfunc main() {\n\ts0 := []int{1, 2, 3}\n\tvar s1 []int\n\ts2 := make([]int, 2, 5)\n${ops
          .map(
            (o) => `\t${o}\n\tfmt.Println(len(s0), cap(s0), s0, len(s1), cap(s1), s1, len(s2), cap(s2), s2)`,
          )
          .join('\n')}\n}\n`,
    );
