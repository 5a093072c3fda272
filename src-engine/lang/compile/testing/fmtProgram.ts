/**
 * A fast-check generator of one Go program full of random `fmt.Sprintf`/`Sprint`/`Println` calls (random
 * verbs, flags, widths, precisions, argument types and counts, including bad verbs, missing and extra
 * arguments) and small integer/string expressions, for differential testing against real Go.
 */
import fc from 'fast-check';

const str = fc.constantFrom('""', '"go"', '"héllo"', '"a\\tb"', '"世界"', '"q\\"x"', '"\\x00z"', '"%d"');
const int = fc.integer({ min: -100000, max: 100000 }).map(String);
const arg: fc.Arbitrary<string> = fc.oneof(
  int,
  str,
  fc.constantFrom('true', 'false', 'byte(200)', "'é'", 'rune(65)', 'nil'),
  fc.integer({ min: -3_000_000_000, max: 3_000_000_000 }).map((n) => `time.Duration(${n})`),
  fc.array(int, { maxLength: 3 }).map((xs) => `[]int{${xs.join(', ')}}`),
  fc.array(str, { maxLength: 3 }).map((xs) => `[]string{${xs.join(', ')}}`),
  fc.constantFrom('[]int(nil)', 'struct{}{}', '[]time.Duration{time.Second, 1500 * time.Microsecond}'),
);

const verb = fc.record({
  flags: fc.subarray(['-', '+', '#', ' ', '0']),
  width: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
  prec: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  v: fc.constantFrom('d', 's', 'v', 'q', 't', 'x', 'X', 'c', 'o', 'b', 'U', 'T', 'z', '%'),
});

const format = fc
  .array(fc.oneof(fc.constantFrom('', 'a', ' | ', '[', 'é'), verb), { minLength: 1, maxLength: 5 })
  .map((parts) =>
    parts
      .map((p) =>
        typeof p === 'string'
          ? p
          : `%${p.flags.join('')}${p.width ?? ''}${p.prec === undefined ? '' : `.${p.prec}`}${p.v}`,
      )
      .join(''),
  );

const line: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(format, fc.array(arg, { maxLength: 4 }))
    .map(
      ([f, args]) => `fmt.Println(fmt.Sprintf(${JSON.stringify(f)}${args.map((a) => `, ${a}`).join('')}))`,
    ),
  fc.array(arg, { maxLength: 4 }).map((args) => `fmt.Println(fmt.Sprint(${args.join(', ')}) + "|")`),
  fc.array(arg, { minLength: 1, maxLength: 4 }).map((args) => `fmt.Println(${args.join(', ')})`),
  fc
    .tuple(
      fc.integer({ min: -5000, max: 5000 }),
      fc.integer({ min: -5000, max: 5000 }),
      fc.integer({ min: 0, max: 40 }),
    )
    .map(
      ([a, b, k]) =>
        `x, y = ${a}, ${b}\n\tfmt.Println(x+y, x-y, x*y, x/(y%7+8), x%(y%7+8), x&y, x|y, x^y, x&^y, x<<${k}, x>>${k % 10}, -x, ^y)`,
    ),
);

/** A whole program of `n` random lines. */
export const fmtProgram = (n: number): fc.Arbitrary<string> =>
  fc
    .array(line, { minLength: n, maxLength: n })
    .map(
      (lines) =>
        `package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\tvar x, y int\n\t_, _ = x, y\n\t_ = time.Second\n\t${lines.join('\n\t')}\n}\n`,
    );
