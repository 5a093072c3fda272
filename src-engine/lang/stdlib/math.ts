/** `math`: its integer limits, constants and the float64 functions examples use (run time: compile/stdlib/math.ts). */
import { BOOL, FLOAT64, INT, UNTYPED_FLOAT, UNTYPED_INT } from '../types';
import { stdConst, stdFunc, stdPackage } from './package';

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
    float('Pi', Math.PI),
    float('E', Math.E),
    float('Sqrt2', Math.SQRT2),
    float('Ln2', Math.LN2),
    float('Ln10', Math.LN10),
    float('Log2E', Math.LOG2E),
    float('Log10E', Math.LOG10E),
    float('Phi', (1 + Math.sqrt(5)) / 2),
    float('SqrtE', 1.6487212707001282),
    float('SqrtPi', 1.772453850905516),
    float('SqrtPhi', 1.272019649514069),
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
