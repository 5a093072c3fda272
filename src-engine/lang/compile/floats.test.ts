/**
 * float64/float32 (spec "Numeric types", "Arithmetic operators", "Conversions"), fmt's float verbs, the math
 * functions, print/println's printfloat, and the string ↔ []byte/[]rune conversions: each program's output is
 * written here and checked against real Go 1.23 when it is installed (testing/likeGo.ts).
 */
import { describe, it } from 'vitest';
import { expectLikeGo } from './testing/likeGo';

function main(body: string, imports: string[] = ['fmt']): string {
  return `package main\n\nimport (\n${imports.map((i) => `\t"${i}"`).join('\n')}\n)\n\nfunc main() {\n${body}\n}\n`;
}

describe('float64 arithmetic and fmt (fmt.fmtFloat, strconv.FormatFloat)', () => {
  it('%v is the shortest %g, with an exponent below 1e-4 and from 1e6 up (1e20 prints 1e+20)', () => {
    expectLikeGo(
      main('\tx := 0.1\n\tfmt.Println(1e20, 1e21, 1e-4, 1e-5, 100.0, 3.0, 2.5e-7, 123456789.0, x+0.2)'),
      {
        stdout: '1e+20 1e+21 0.0001 1e-05 100 3 2.5e-07 1.23456789e+08 0.30000000000000004\n',
      },
    );
  });
  it('division by zero gives ±Inf and NaN (no panic); -0 prints as -0; int() truncates toward zero', () => {
    const body = [
      '\tx := 2.5',
      '\tvar y float64 = 3',
      '\tn := 0.0',
      '\tz := x / n',
      '\tfmt.Println(x*y, x/y, z, -z, n/n, -n, int(-x), float64(7)/2, 7/2.0, z > 1e308, n/n == n/n)',
    ].join('\n');
    expectLikeGo(main(body), { stdout: '7.5 0.8333333333333334 +Inf -Inf NaN -0 -2 3.5 3.5 true false\n' });
  });
  it('the float verbs with flags, width and precision', () => {
    const body = [
      '\tx := 2.5',
      '\tzero := 0.0',
      '\tnan := zero / zero',
      '\tfmt.Printf("%f %.2f %8.3f| %e %E %g %G %.3g %v %T\\n", x, x, x, 1234.5678, 1234.5678, 1e-7, 1e21, 3.14159, x, x)',
      '\tfmt.Printf("%+.1f|% f|%08.2f|%-8.2f|%#g|%.0f %.0f %.1f|%6.2f|%06v\\n", 2.0, 2.0, -3.14159, 2.0, 1.0, 0.5, 2.5, 0.25, nan, -1.5)',
    ].join('\n');
    expectLikeGo(main(body), {
      stdout:
        '2.500000 2.50    2.500| 1.234568e+03 1.234568E+03 1e-07 1E+21 3.14 2.5 float64\n' +
        '+2.0| 2.000000|-0003.14|2.00    |1.00000|0 2 0.2|   NaN|-001.5\n',
    });
  });
  it('float32 rounds every result through single precision and prints its own shortest digits', () => {
    const body =
      '\tvar f float32 = 0.1\n\tfmt.Println(f, float64(f), f*3, f+0.2)\n\tfmt.Printf("%v %T %.10f\\n", f, f, f)';
    expectLikeGo(main(body), {
      stdout: '0.1 0.10000000149011612 0.3 0.3\n0.1 float32 0.1000000015\n',
    });
  });
  it('floats in slices, maps and structs; constants mixing ints and floats; op= and ++', () => {
    const body = [
      '\ttype P struct{ X, Y float64 }',
      '\tfmt.Printf("%v %+v %#v %v %v\\n", P{1, 2.5}, P{1, 2.5}, P{1, 2.5}, []float64{1.5, 2}, map[string]float64{"a": 0.5})',
      '\tconst c = 1 << 3 / 2.0',
      '\tx := 2.5',
      '\tx += 1',
      '\tx++',
      '\tvar i int = 6.0',
      '\tfmt.Println(c, x, x > 4, x == 4.5, i, 1e3, float64(i)/4)',
    ].join('\n');
    expectLikeGo(main(body), {
      stdout: '{1 2.5} {X:1 Y:2.5} main.P{X:1, Y:2.5} [1.5 2] map[a:0.5]\n4 4.5 true true 6 1000 1.5\n',
    });
  });
  it('math functions, Duration.Seconds/Minutes/Hours and rand.Float64', () => {
    const body = [
      '\tfmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(1.5, 3), math.Pow(-1, 5), math.Pow(10, -3), math.Abs(-2.5), math.Floor(-2.5), math.Ceil(2.1))',
      '\tfmt.Println(math.Max(3, 7), math.Min(3, 7), math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))',
      '\tfmt.Println(math.Pi, math.E, math.MaxFloat64, math.Mod(7, 3), math.Mod(-7, 3), math.Round(-2.5), math.Trunc(-2.7), math.Round(0.49999999999999994))',
      '\td := 1500 * time.Millisecond',
      '\tfmt.Println(d.Seconds(), d.Minutes(), (90 * time.Minute).Hours())',
      "\tfmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', -1, 32), strconv.FormatFloat(2.5, 'f', 0, 64))",
      '\tr := rand.Float64()',
      '\tfmt.Println(r >= 0 && r < 1)',
    ].join('\n');
    expectLikeGo(main(body, ['fmt', 'math', 'math/rand', 'strconv', 'time']), {
      stdout:
        '1.4142135623730951 1024 3.375 -1 0.001 2.5 -3 3\n' +
        '7 3 +Inf -Inf NaN true true\n' +
        '3.141592653589793 2.718281828459045 1.7976931348623157e+308 1 -1 -3 -2 0\n' +
        '1.5 0.025 1.5\n' +
        '3.14 1e+21 1e-01 2\n' +
        'true\n',
    });
  });
  it('print and println use the runtime printfloat (+d.dddddde+ddd)', () => {
    const body = '\tx := 0.0\n\tprintln(1.5, -2.25e-10, 1e300, x, -x, 1/x, x/x, 99999999.0)\n\tpanic("end")';
    expectLikeGo(main(body, []).replace('import (\n\n)\n\n', ''), {
      stdout: '',
      stderrHead:
        '+1.500000e+000 -2.250000e-010 +1.000000e+300 +0.000000e+000 -0.000000e+000 +Inf NaN +1.000000e+008\npanic: end',
      exitCode: 2,
    });
  });
});

describe('float constants are exact (spec "Constant expressions"); typed ones round to their type', () => {
  it("0.1+0.2 is 0.3 as a constant but not once 0.1 is a float64; math constants keep Go's digits", () => {
    const src = `package main

import (
	"fmt"
	"math"
)

const third = 1.0 / 3
const big = 1e300 * 1e10 / 1e20

func main() {
	x := 0.1
	fmt.Println(0.1+0.2, x+0.2, third*3, big, math.Pi/180, math.Log2E, math.Pi*1e10/3)
	const c float64 = 0.1
	fmt.Println(c+0.2, 1/3.0+1/3.0+1/3.0, 7/2, 7/2.0, 1e-400*1e400, int(2.5*2), -0.0)
	var f float32 = 1.0 / 3
	fmt.Println(f, float32(0.1)+0.2, 1_000.5, .5, 1., 0x10, 'a'*1.5)
	fmt.Println(math.Sqrt2*math.Sqrt2, math.Phi, math.SqrtPi, math.Ln10, math.Log10E, math.E*math.E)
}
`;
    expectLikeGo(src, { stdout: GO_CONSTANTS });
  });
});

describe('string ↔ []byte / []rune (runtime stringtoslicebyte, slicerunetostring, intstring)', () => {
  it('converts, prints bytes as numbers and %s/%q/%x as text, appends a string spread and copies', () => {
    const body = [
      '\tb := []byte("hi")',
      '\tfmt.Println(b, len(b), string(b))',
      '\tfmt.Printf("%s %q %x %X %v %T\\n", b, b, b, b, b, b)',
      '\tr := []rune("héllo, 世界")',
      '\tfmt.Println(r, len(r), string(r), string(r[1]), string(r[7:]))',
      '\tb = append(b, " there"...)',
      '\tn := copy(b, "HI")',
      '\tfmt.Println(n, string(b))',
      '\ts := []int{1, 2, 3, 4, 5}',
      '\tn = copy(s[1:], s)',
      "\tfmt.Println(n, s, string(rune(0x4e16)), string('x'))",
    ].join('\n');
    expectLikeGo(main(body), {
      stdout:
        '[104 105] 2 hi\nhi "hi" 6869 6869 [104 105] []uint8\n' +
        '[104 233 108 108 111 44 32 19990 30028] 9 héllo, 世界 é 世界\n' +
        '2 HI there\n4 [1 1 2 3 4] 世 x\n',
    });
  });
  it('range over a string and []rune decode invalid UTF-8 bytes to U+FFFD, one per byte', () => {
    const body = [
      '\tbad := "a\\xffb\\xe4\\xb8"',
      '\tfor i, c := range bad {',
      '\t\tfmt.Print(i, " ", c, " ")',
      '\t}',
      '\tfmt.Println([]rune(bad), []byte(bad))',
    ].join('\n');
    expectLikeGo(main(body), {
      stdout: '0 97 1 65533 2 98 3 65533 4 65533 [97 65533 98 65533 65533] [97 255 98 228 184]\n',
    });
  });
});
const GO_CONSTANTS =
  '0.3 0.30000000000000004 1 1e+290 0.017453292519943295 1.4426950408889634 1.0471975511965977e+10\n0.30000000000000004 1 3 3.5 1 5 0\n0.33333334 0.3 1000.5 0.5 1 16 145.5\n2 1.618033988749895 1.772453850905516 2.302585092994046 0.4342944819032518 7.38905609893065\n';
