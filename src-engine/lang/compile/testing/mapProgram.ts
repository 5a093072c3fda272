/**
 * A fast-check generator of one Go program of random map operations (assignments, op-assignments, `++`,
 * deletes, comma-ok reads, clear, aliasing, nil maps, maps of slices) on three `map[string]int` variables and
 * one `map[int][]string`, printing them with fmt (sorted by key) and a range sum after every step: values,
 * aliasing, fmt's order and range coverage must match real Go exactly (the range order itself is random in Go,
 * so only order-independent results of a range are printed).
 */
import fc from 'fast-check';

const v = fc.integer({ min: 0, max: 2 }).map((i) => `m${i}`);
const key = fc.constantFrom('"a"', '"b"', '"c"', '"é"', '""', '"zz"');
const n = fc.integer({ min: -5, max: 9 });

const op: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(v, key, n).map(([m, k, x]) => `if ${m} != nil {\n\t\t${m}[${k}] = ${x}\n\t}`),
  fc.tuple(v, key, n).map(([m, k, x]) => `if ${m} != nil {\n\t\t${m}[${k}] += ${x}\n\t}`),
  fc.tuple(v, key).map(([m, k]) => `if ${m} != nil {\n\t\t${m}[${k}]++\n\t}`),
  fc.tuple(v, key).map(([m, k]) => `delete(${m}, ${k})`),
  fc
    .tuple(v, key)
    .map(
      ([m, k]) =>
        `if x, ok := ${m}[${k}]; ok {\n\t\tfmt.Println("has", ${k}, x)\n\t} else {\n\t\tfmt.Println("no", ${k}, x)\n\t}`,
    ),
  fc.tuple(v, v).map(([a, b]) => `${a} = ${b}`),
  v.map((m) => `${m} = map[string]int{}`),
  v.map((m) => `${m} = nil`),
  v.map((m) => `clear(${m})`),
  fc
    .tuple(v, key, key)
    .map(([m, k1, k2]) =>
      k1 === k2 ? `${m} = map[string]int{${k1}: 1}` : `${m} = map[string]int{${k1}: 1, ${k2}: 2}`,
    ),
  fc.tuple(n, key).map(([i, k]) => `ms[${i}] = append(ms[${i}], ${k})`),
  n.map((i) => `delete(ms, ${i})`),
);

const show = '\tfmt.Println(m0, m1, m2, len(m0), len(m1), len(m2), sum(m0), sum(m1), sum(m2), ms, len(ms))';

/** A program of `count` random steps. */
export const mapProgram = (count: number): fc.Arbitrary<string> =>
  fc
    .array(op, { minLength: count, maxLength: count })
    .map(
      (ops) =>
        `package main\n\nimport "fmt"\n\nfunc sum(m map[string]int) int {\n\tt := 0\n\tfor k, v := range m {\n\t\tt += v * (len(k) + 1)\n\t}\n\treturn t\n}\n\nfunc main() {\n\tm0 := map[string]int{"a": 1}\n\tvar m1 map[string]int\n\tm2 := make(map[string]int, 4)\n\tms := map[int][]string{}\n${ops
          .map((o) => `\t${o}\n${show}`)
          .join('\n')}\n}\n`,
    );
