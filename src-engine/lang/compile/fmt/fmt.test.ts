import { describe, expect, it } from 'vitest';
import { durationText } from './duration';
import { sprint, sprintf, sprintln } from './printf';
import { quote } from './quote';
import type { TypeDesc } from './typeDesc';
import { toBytes, toText } from '../runtime/strings';
import { sliceOf } from '../runtime/slices';

const INT: TypeDesc = { k: 'int', name: 'int', elem: null };
const STR: TypeDesc = { k: 'string', name: 'string', elem: null };
const BOOL: TypeDesc = { k: 'bool', name: 'bool', elem: null };
const DUR: TypeDesc = { k: 'dur', name: 'time.Duration', elem: null };
const BYTE: TypeDesc = { k: 'uint8', name: 'uint8', elem: null };
const NIL: TypeDesc = { k: 'nil', name: '<nil>', elem: null };
const INTS: TypeDesc = { k: 'slice', name: '[]int', elem: INT };
const STRS: TypeDesc = { k: 'slice', name: '[]string', elem: STR };
const DURS: TypeDesc = { k: 'slice', name: '[]time.Duration', elem: DUR };

type Arg = [unknown, TypeDesc];
const f = (format: string, ...args: Arg[]): string =>
  sprintf(
    format,
    args.map((a) => a[0]),
    args.map((a) => a[1]),
  );

describe('sprintf', () => {
  it.each<[string, Arg[], string]>([
    ['%d', [[42, INT]], '42'],
    ['%5d|', [[42, INT]], '   42|'],
    ['%-5d|', [[42, INT]], '42   |'],
    ['%05d', [[-42, INT]], '-0042'],
    [
      '%+d % d',
      [
        [5, INT],
        [5, INT],
      ],
      '+5  5',
    ],
    [
      '%x %X %o %b',
      [
        [255, INT],
        [255, INT],
        [8, INT],
        [5, INT],
      ],
      'ff FF 10 101',
    ],
    ['%#x', [[255, INT]], '0xff'],
    ['%.3d', [[7, INT]], '007'],
    [
      '%c%c',
      [
        [72, INT],
        [0x4e16, INT],
      ],
      'Hi'.slice(0, 1) + toBytes('世'),
    ],
    ['%q', [[65, INT]], "'A'"],
    ['%U', [[0x41, INT]], 'U+0041'],
    [
      '%s|%8s|%-8s|',
      [
        ['go', STR],
        ['go', STR],
        ['go', STR],
      ],
      'go|      go|go      |',
    ],
    ['%.2s', [['golang', STR]], 'go'],
    ['%q', [['a"b\n', STR]], '"a\\"b\\n"'],
    ['%x', [['hi', STR]], '6869'],
    [
      '%t %v',
      [
        [true, BOOL],
        [false, BOOL],
      ],
      'true false',
    ],
    [
      '%v %d',
      [
        [[1500_000_000, DUR][0], DUR],
        [1500, DUR],
      ],
      '1.5s 1500',
    ],
    ['%s', [[2_000, DUR]], toBytes('2µs')],
    ['%v', [[sliceOf([1, 2, 3]), INTS]], '[1 2 3]'],
    ['%3d', [[sliceOf([1, 2]), INTS]], '[  1   2]'],
    ['%q', [[sliceOf(['a', 'b']), STRS]], '["a" "b"]'],
    ['%v', [[null, INTS]], '[]'],
    ['%#v', [[sliceOf([1, 2]), INTS]], '[]int{1, 2}'],
    ['%#v', [['x', STR]], '"x"'],
    ['%v', [[sliceOf([1_000_000, 60_000_000_000]), DURS]], '[1ms 1m0s]'],
    [
      '%T %T %T',
      [
        [1, INT],
        ['s', STR],
        [sliceOf([]), INTS],
      ],
      'int string []int',
    ],
    ['%v', [[7, BYTE]], '7'],
    ['100%%', [], '100%'],
    ['%d', [['hi', STR]], '%!d(string=hi)'],
    ['%s', [[5, INT]], '%!s(int=5)'],
    ['%t', [[1, INT]], '%!t(int=1)'],
    ['%d', [[true, BOOL]], '%!d(bool=true)'],
    ['%5t', [[3, INT]], '%!t(int=    3)'],
    ['%d %d', [[1, INT]], '1 %!d(MISSING)'],
    [
      '%d',
      [
        [1, INT],
        [2, INT],
        ['x', STR],
      ],
      '1%!(EXTRA int=2, string=x)',
    ],
    ['%d', [[null, NIL]], '%!d(<nil>)'],
    ['%v', [[null, NIL]], '<nil>'],
    ['abc%', [], 'abc%!(NOVERB)'],
    [
      '%*d|',
      [
        [4, INT],
        [7, INT],
      ],
      '   7|',
    ],
    [
      '%-*d|',
      [
        [4, INT],
        [7, INT],
      ],
      '7   |',
    ],
    [
      '%*d',
      [
        ['x', STR],
        [7, INT],
      ],
      '%!(BADWIDTH)7',
    ],
    [
      '%[2]d %[1]d',
      [
        [1, INT],
        [2, INT],
      ],
      '2 1',
    ],
    ['%[3]d', [[1, INT]], '%!d(BADINDEX)'],
    ['%z', [[1, INT]], '%!z(int=1)'],
    ['%+v', [[5, INT]], '5'],
    ['%+t', [[1_000_000_000, DUR]], '%!t(time.Duration=+1000000000)'],
    ['%#8.4v|', [[200, BYTE]], '  0x00c8|'],
    ['%5.3T|', [[null, NIL]], '<nil>|'],
    ['%#.2v', [[sliceOf(['hello']), STRS]], '[]string{"he"}'],
    ['%q', [[0x12d68, INT]], "'\\U00012d68'"],
    ['%#U', [[0x16034, INT]], 'U+16034'],
  ])('%j of %j gives %j', (format, args, want) => {
    expect(f(format, ...args)).toBe(want);
  });
  it('integers beyond ±2^53 are bigints and print every digit (%v %x %X %o %b %d with flags)', () => {
    expect(f('%v %x', [-(2n ** 63n), INT], [2n ** 62n, INT])).toBe('-9223372036854775808 4000000000000000');
    expect(
      f(
        '%X|%o|%b|%+d|%25d|%-22d|',
        [2n ** 64n - 1n, INT],
        [-(2n ** 60n), INT],
        [2n ** 54n, INT],
        ...[2n ** 53n, 9007199254740993n, -(2n ** 62n)].map((v): Arg => [v, INT]),
      ),
    ).toBe(
      'FFFFFFFFFFFFFFFF|-100000000000000000000|1000000000000000000000000000000000000000000000000000000|+9007199254740992|         9007199254740993|-4611686018427387904  |',
    );
  });
});

describe('sprint and sprintln', () => {
  it('puts spaces between operands when neither is a string (Sprint)', () => {
    expect(sprint(['a', 1, 2, 'b', 'c', 3, true], [STR, INT, INT, STR, STR, INT, BOOL])).toBe('a1 2bc3 true');
  });
  it('always separates operands and ends the line (Println)', () => {
    expect(sprintln(['a', 1, 'b', sliceOf([1, 2])], [STR, INT, STR, INTS])).toBe('a 1 b [1 2]\n');
    expect(sprintln([], [])).toBe('\n');
  });
});

describe('time.Duration.String', () => {
  it.each<[number, string]>([
    [0, '0s'],
    [1, '1ns'],
    [999, '999ns'],
    [1_000, '1µs'],
    [2_500, '2.5µs'],
    [100_000_000, '100ms'],
    [1_500_000_000, '1.5s'],
    [1_000_000_001, '1.000000001s'],
    [60_000_000_000, '1m0s'],
    [3_723_000_000_000, '1h2m3s'],
    [-1_500_000, '-1.5ms'],
    [90 * 60 * 1e9, '1h30m0s'],
  ])('%d ns prints as %s', (ns, want) => {
    expect(durationText(ns)).toBe(want);
  });
});

describe('quote', () => {
  it('escapes like strconv.Quote and keeps printable Unicode', () => {
    expect(toText(quote(toBytes('héllo\t"x"\\')))).toBe('"héllo\\t\\"x\\"\\\\"');
    expect(quote('\x00\x7f')).toBe('"\\x00\\x7f"');
    expect(quote('\xff')).toBe('"\\xff"');
    expect(toText(quote(toBytes('世'), true))).toBe('"\\u4e16"');
  });
});
