/** `math`: its integer limits, constants and the float64 functions examples use (run time: compile/stdlib/math.ts). */
import { BOOL, FLOAT64, INT, UNTYPED_FLOAT, UNTYPED_INT } from '../types';
import { stdConst, stdFunc, stdPackage } from './package';
import { parseDecimalLit, type Rat, ratBinary, ratToDouble } from '../checker/exactFloat';

/** A constant with Go's decimal digits (math/const.go), kept exact for constant expressions. */
function exact(name: string, digits: string) {
  const r = parseDecimalLit(digits) as Rat;
  return stdConst(name, UNTYPED_FLOAT, { kind: 'float', v: ratToDouble(r), r });
}
/** `1 / x` of such a constant (Log2E, Log10E). */
function inverse(name: string, digits: string) {
  const r = ratBinary('/', [1n, 1n], parseDecimalLit(digits) as Rat) as Rat;
  return stdConst(name, UNTYPED_FLOAT, { kind: 'float', v: ratToDouble(r), r });
}
const LN2 = '0.693147180559945309417232121458176568075500134360255254120680009';
const LN10 = '2.30258509299404568401799145468436420760110148862877297603332790';
const f1 = (name: string) => stdFunc('math', name, [FLOAT64], [FLOAT64]);
const f2 = (name: string) => stdFunc('math', name, [FLOAT64, FLOAT64], [FLOAT64]);

const int = (name: string, v: bigint) => stdConst(name, UNTYPED_INT, { kind: 'int', v });
const float = (name: string, v: number) => stdConst(name, UNTYPED_FLOAT, { kind: 'float', v });

/** The subset of math. */
export const MATH = stdPackage(
  'math',
  [
    int('MaxInt', (1n << 63n) - 1n),
    int('MinInt', -(1n << 63n)),
    int('MaxInt8', 127n),
    int('MinInt8', -128n),
    int('MaxInt16', 32767n),
    int('MinInt16', -32768n),
    int('MaxInt32', (1n << 31n) - 1n),
    int('MinInt32', -(1n << 31n)),
    int('MaxInt64', (1n << 63n) - 1n),
    int('MinInt64', -(1n << 63n)),
    int('MaxUint', (1n << 64n) - 1n),
    int('MaxUint8', 255n),
    int('MaxUint16', 65535n),
    int('MaxUint32', (1n << 32n) - 1n),
    int('MaxUint64', (1n << 64n) - 1n),
    exact('Pi', '3.14159265358979323846264338327950288419716939937510582097494459'),
    exact('E', '2.71828182845904523536028747135266249775724709369995957496696763'),
    exact('Sqrt2', '1.41421356237309504880168872420969807856967187537694807317667974'),
    exact('Ln2', LN2),
    exact('Ln10', LN10),
    inverse('Log2E', LN2),
    inverse('Log10E', LN10),
    exact('Phi', '1.61803398874989484820458683436563811772030917980576286213544862'),
    exact('SqrtE', '1.64872127070012814684865078781416357165377610071014801157507931'),
    exact('SqrtPi', '1.77245385090551602729816748334114518279754945612238712821380779'),
    exact('SqrtPhi', '1.27201964951406896425242246173749149171560804184009624861664038'),
    float('MaxFloat64', Number.MAX_VALUE),
    float('SmallestNonzeroFloat64', 5e-324),
    float('MaxFloat32', 3.4028234663852886e38),
    float('SmallestNonzeroFloat32', 1.401298464324817e-45),
    ...'Sqrt Abs Floor Ceil Trunc Round RoundToEven Cbrt Exp Exp2 Log Log2 Log10 Log1p Sin Cos Tan Asin Acos Atan Sinh Cosh Tanh'
      .split(' ')
      .map(f1),
    ...'Pow Max Min Mod Hypot Atan2 Copysign'.split(' ').map(f2),
    stdFunc('math', 'Inf', [INT], [FLOAT64]),
    stdFunc('math', 'NaN', [], [FLOAT64]),
    stdFunc('math', 'IsNaN', [FLOAT64], [BOOL]),
    stdFunc('math', 'IsInf', [FLOAT64, INT], [BOOL]),
    stdFunc('math', 'Signbit', [FLOAT64], [BOOL]),
  ],
  'Abs Acos Acosh Asin Asinh Atan Atan2 Atanh Cbrt Ceil Copysign Cos Cosh Dim Erf Erfc Erfcinv Erfinv Exp Exp2 Expm1 FMA Float32bits Float32frombits Float64bits Float64frombits Floor Frexp Gamma Hypot Ilogb Inf IsInf IsNaN J0 J1 Jn Ldexp Lgamma Log Log10 Log1p Log2 Logb Max Min Mod Modf NaN Nextafter Nextafter32 Pow Pow10 Remainder Round RoundToEven Signbit Sin Sincos Sinh Sqrt Tan Tanh Trunc Y0 Y1 Yn MaxFloat32 MaxFloat64 SmallestNonzeroFloat32 SmallestNonzeroFloat64 SqrtE SqrtPi SqrtPhi',
);
