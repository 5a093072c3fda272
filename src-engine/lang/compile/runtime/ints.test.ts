/**
 * Go's integer arithmetic (spec "Arithmetic operators", "Integer overflow", "Conversions between numeric
 * types") checked against a BigInt reference: every operator on every kind, over values spread across each
 * kind's full range, gives the exact wrapped result, in the canonical form (number within ±(2^53 − 1), else
 * bigint) that makes `===`, `<` and Map keys agree with Go's comparisons.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bitsOf,
  convertInt,
  div,
  divU64,
  type Int,
  type IntKind,
  type IntOpName,
  isUnsignedKind,
  narrowOp,
  neg64,
  negU64,
  normInt,
  not64,
  notU64,
  OPS64,
  rem,
  shl64,
  shr64,
} from './ints';
import { GoPanic } from './types';

const KINDS: readonly IntKind[] = ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64'];

/** The reference: Go's wrap of an exact result into `kind`. */
function wrapRef(v: bigint, kind: IntKind): bigint {
  const bits = bitsOf(kind);
  return isUnsignedKind(kind) ? BigInt.asUintN(bits, v) : BigInt.asIntN(bits, v);
}

function range(kind: IntKind): [bigint, bigint] {
  const bits = BigInt(bitsOf(kind));
  return isUnsignedKind(kind) ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
}

/** Values of `kind`: its edges, values around ±2^53 and 2^32, and uniformly spread ones. */
function valueOf(kind: IntKind): fc.Arbitrary<bigint> {
  const [min, max] = range(kind);
  const edges = [
    min,
    max,
    0n,
    1n,
    -1n,
    2n ** 53n,
    2n ** 53n - 1n,
    -(2n ** 53n),
    2n ** 32n,
    2n ** 31n,
    2n ** 63n,
  ]
    .flatMap((e) => [e - 1n, e, e + 1n])
    .filter((e) => e >= min && e <= max);
  return fc.oneof(
    fc.constantFrom(...edges),
    fc.bigInt({ min, max }),
    fc.integer({ min: -1000, max: 1000 }).map((n) => wrapRef(BigInt(n), kind)),
  );
}

/**
 * The canonical form: a number exactly when the value is a safe integer (a product of zero may be -0, which
 * `===`, Map keys, fmt and BigInt all treat as 0).
 */
function expectCanonical(got: Int, want: bigint): void {
  expect(got === 0 ? 0 : got).toStrictEqual(normInt(want));
}

type Op = IntOpName;

function refOp(op: Op, a: bigint, b: bigint, kind: IntKind): bigint {
  switch (op) {
    case '+':
      return wrapRef(a + b, kind);
    case '-':
      return wrapRef(a - b, kind);
    case '*':
      return wrapRef(a * b, kind);
    case '/':
      return wrapRef(a / b, kind);
    case '%':
      return wrapRef(a % b, kind);
    case '&':
      return a & b;
    case '|':
      return a | b;
    case '^':
      return wrapRef(a ^ b, kind);
    case '&^':
      return a & ~b;
    case '<<':
      return b >= 64n ? 0n : wrapRef(a << b, kind);
    case '>>':
      return b >= 64n ? (a < 0n ? -1n : 0n) : a >> b;
  }
}

function runOp(op: Op, a: bigint, b: bigint, kind: IntKind): Int {
  // As compiler/binary.ts compiles them: 64-bit kinds through OPS64, narrower ones through narrowOp and a wrap.
  if (kind === 'int64' || kind === 'uint64') return OPS64[kind][op](normInt(a), normInt(b));
  return convertInt(narrowOp(op, kind)(normInt(a), normInt(b)), kind);
}

const BINARY: readonly Op[] = ['+', '-', '*', '/', '%', '&', '|', '^', '&^'];

describe('spec Arithmetic operators and Integer overflow: exact, wrapped modulo 2^n (runtime/ints.ts)', () => {
  for (const kind of KINDS) {
    for (const op of BINARY) {
      it(`${kind} ${op} matches BigInt reference semantics`, () => {
        fc.assert(
          fc.property(valueOf(kind), valueOf(kind), (a, b) => {
            if ((op === '/' || op === '%') && b === 0n) return;
            expectCanonical(runOp(op, a, b, kind), refOp(op, a, b, kind));
          }),
          { numRuns: 300 },
        );
      });
    }
    for (const op of ['<<', '>>'] as const) {
      it(`${kind} ${op} by counts 0..70 and huge counts matches BigInt reference semantics`, () => {
        const count = fc.oneof(fc.bigInt({ min: 0n, max: 70n }), fc.constantFrom(2n ** 53n, 2n ** 64n - 1n));
        fc.assert(
          fc.property(valueOf(kind), count, (a, n) => {
            expectCanonical(runOp(op, a, n, kind), refOp(op, a, n, kind));
          }),
          { numRuns: 300 },
        );
      });
    }
  }

  it('x / 0 and x % 0 panic with integer divide by zero, in both forms', () => {
    for (const [a, b] of [
      [5, 0],
      [2n ** 60n, 0],
      [5, 0n],
    ] as [Int, Int][]) {
      expect(() => div(a, b)).toThrow(GoPanic);
      expect(() => divU64(a, b)).toThrow('integer divide by zero');
      expect(() => rem(a, b)).toThrow('integer divide by zero');
    }
  });

  it('a negative shift count panics (runtime.panicshift)', () => {
    expect(() => shl64(1, -1)).toThrow('negative shift amount');
    expect(() => shr64(1, -(2n ** 60n))).toThrow('negative shift amount');
  });

  it('MinInt64 / -1 wraps to MinInt64 and MinInt64 % -1 is 0 (spec: no panic)', () => {
    const min = -(2n ** 63n);
    expect(div(min, -1)).toBe(min);
    expect(rem(min, -1)).toBe(0);
  });
});

describe('spec unary operators: -x and ^x wrap in every kind', () => {
  for (const kind of KINDS) {
    it(`${kind} -x and ^x match BigInt reference semantics`, () => {
      fc.assert(
        fc.property(valueOf(kind), (a) => {
          const x = normInt(a);
          const neg = kind === 'int64' ? neg64(x) : kind === 'uint64' ? negU64(x) : convertInt(-x, kind);
          expectCanonical(neg, wrapRef(-a, kind));
          const not =
            kind === 'int64' ? not64(x) : kind === 'uint64' ? notU64(x) : convertInt(not64(x), kind);
          expectCanonical(not, wrapRef(~a, kind));
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('spec Conversions between numeric types: keep the low bits, reinterpret the sign', () => {
  for (const from of KINDS) {
    for (const to of KINDS) {
      it(`${from} to ${to} matches BigInt reference semantics`, () => {
        fc.assert(
          fc.property(valueOf(from), (a) => expectCanonical(convertInt(normInt(a), to), wrapRef(a, to))),
          { numRuns: 200 },
        );
      });
    }
  }
});

describe('canonical form: comparisons and map keys across number and bigint', () => {
  it('< and === on canonical values agree with the values (BigInt comparison)', () => {
    const any64 = fc.oneof(valueOf('int64'), valueOf('uint64'));
    fc.assert(
      fc.property(any64, any64, (a, b) => {
        const x = normInt(a);
        const y = normInt(b);
        expect(x < y).toBe(a < b);
        expect(x <= y).toBe(a <= b);
        expect(x === y).toBe(a === b);
        expect(new Map([[x, 1]]).has(normInt(b))).toBe(a === b);
      }),
      { numRuns: 500 },
    );
  });
});
