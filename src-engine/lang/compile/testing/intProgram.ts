/**
 * A fast-check generator of one Go program of random integer arithmetic over every integer type (`int8` …
 * `uint64`, `int`, `uint`, `uintptr`): variables holding values spread over each type's full range (edges,
 * ±2^53, ±2^63), every binary operator, shifts by variable counts, unary `-` and `^`, compound assignments,
 * conversions between all the types, comparisons and integer verbs, for differential testing against real Go.
 * Every operand is a variable, so nothing is folded at compile time: the run computes each result.
 */
import fc from 'fast-check';

interface Kind {
  readonly name: string;
  readonly min: bigint;
  readonly max: bigint;
}

function kind(name: string, bits: number, unsigned: boolean): Kind {
  const b = BigInt(bits);
  return unsigned
    ? { name, min: 0n, max: (1n << b) - 1n }
    : { name, min: -(1n << (b - 1n)), max: (1n << (b - 1n)) - 1n };
}

const KINDS: readonly Kind[] = [
  kind('int8', 8, false),
  kind('int16', 16, false),
  kind('int32', 32, false),
  kind('int64', 64, false),
  kind('int', 64, false),
  kind('uint8', 8, true),
  kind('uint16', 16, true),
  kind('uint32', 32, true),
  kind('uint64', 64, true),
  kind('uint', 64, true),
  kind('uintptr', 64, true),
];

/** A value of `k`: an edge, a value near ±2^53 or ±2^32, or uniform over the range. */
function valueOf(k: Kind): fc.Arbitrary<bigint> {
  const near = [0n, 1n, k.min, k.max, 2n ** 53n, -(2n ** 53n), 2n ** 32n, 2n ** 31n, 2n ** 63n]
    .flatMap((e) => [e - 1n, e, e + 1n])
    .filter((e) => e >= k.min && e <= k.max);
  return fc.oneof(fc.constantFrom(...near), fc.bigInt({ min: k.min, max: k.max }));
}

/** Two variables of one kind (`a`, `b`), a shift count variable `s` and the statements printing results. */
const block: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...KINDS), fc.nat({ max: 69 }), fc.constantFrom(...KINDS), fc.nat({ max: 9 }))
  .chain(([k, s, to, pick]) =>
    fc.tuple(valueOf(k), valueOf(k)).map(([a, b]) => {
      // A constant operand in a declaration may not overflow the type: Go checks it, and so does valueOf.
      const ops = ['+', '-', '*', '&', '|', '^', '&^'].map((op) => `a${op}b`).join(', ');
      const verbs = ['%d', '%x', '%X', '%o', '%b', '%v', '%#v', '%+d', '%08x'];
      const verb = verbs[pick % verbs.length] as string;
      return [
        `{`,
        `\t\tvar a, b ${k.name} = ${a}, ${b}`,
        `\t\tvar s uint = ${s}`,
        `\t\tvar d ${k.name} = b | 1`,
        `\t\tfmt.Println("${k.name}", ${ops}, a/d, a%d, a<<s, a>>s, -a, ^a, a < b, a == b)`,
        `\t\tfmt.Println(${to.name}(a), ${to.name}(b), int64(a), uint64(a), int8(a), uint16(a))`,
        `\t\tfmt.Printf("${verb} %T\\n", a, a)`,
        `\t\ta += b`,
        `\t\tb *= a`,
        `\t\ta <<= 3`,
        `\t\tb--`,
        `\t\tfmt.Println(a, b)`,
        `\t}`,
      ].join('\n');
    }),
  );

/** A whole program of `n` random blocks. */
export const intProgram = (n: number): fc.Arbitrary<string> =>
  fc
    .array(block, { minLength: n, maxLength: n })
    .map((blocks) => `package main\n\nimport "fmt"\n\nfunc main() {\n\t${blocks.join('\n\t')}\n}\n`);
