/** Checking the conversions `[]byte(s)`, `[]rune(s)`, `string(b)`, `string(rs)` and `string(r)` of a rune or byte. */
import type * as ast from '../ast';
import { BYTE, identical, INT, isString, isUntyped, STRING, type Type, typeString, under } from '../types';
import { assignTo } from './assign';
import type { Checker } from './Checker';
import { toInt } from './constants';
import { checkValue } from './expressions';
import { describe, invalid, type Operand } from './operand';

/** True when `u`'s elements are bytes or runes (`[]byte`, `[]rune`, or a named type over them). */
export function byteOrRuneElem(t: Type): 'byte' | 'rune' | null {
  const u = under(t);
  if (u.kind !== 'slice') return null;
  const e = under(u.elem);
  if (e.kind !== 'basic') return null;
  return e.name === 'uint8' ? 'byte' : e.name === 'int32' ? 'rune' : null;
}

/** True for a conversion between a string type and a byte or rune slice type, either way. */
export function isByteOrRuneSliceConversion(from: Type, to: Type): boolean {
  return (isString(from) && byteOrRuneElem(to) !== null) || (isString(to) && byteOrRuneElem(from) !== null);
}

/**
 * `string(r)` where r is a rune or byte (typed, or an untyped rune constant): a one-rune string, a constant
 * when r is. Null for other integer types (the caller refuses them: vet flags `string(int)`).
 */
export function runeToStringConversion(_c: Checker, call: ast.CallExpr, x: Operand, t: Type): Operand | null {
  const u = under(x.type);
  if (u.kind !== 'basic') return null;
  const runeLike = u.name === 'int32' || u.name === 'uint8' || u.name === 'untyped rune';
  if (!runeLike) return null;
  if (x.mode === 'constant' && x.value) {
    const r = toInt(x.value);
    const n = r === null ? -1 : Number(r);
    const valid = n >= 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff);
    const s = valid ? String.fromCodePoint(n) : '\uFFFD';
    return { mode: 'constant', type: t, value: { kind: 'string', v: s }, expr: call };
  }
  return { mode: 'value', type: t, value: null, expr: call };
}

/** `copy(dst, src)`: slices with identical element types, or a string copied into a `[]byte`; result int. */
export function checkCopy(c: Checker, call: ast.CallExpr): Operand {
  const dst = checkValue(c, call.args[0] as ast.Expr);
  const src = checkValue(c, call.args[1] as ast.Expr);
  if (dst.mode === 'invalid' || src.mode === 'invalid') return invalid(call);
  const du = under(dst.type);
  const su = under(src.type);
  const result: Operand = { mode: 'value', type: INT, value: null, expr: call };
  if (du.kind !== 'slice' || (su.kind !== 'slice' && !isString(src.type))) {
    c.error(
      dst.expr.pos,
      `invalid argument: copy expects slice arguments; found ${describe(dst)} and ${describe(src)}`,
    );
    return invalid(call);
  }
  const srcElem = su.kind === 'slice' ? su.elem : BYTE;
  if (!identical(du.elem, srcElem)) {
    c.error(
      dst.expr.pos,
      `invalid argument: arguments to copy ${describe(dst)} and ${describe(src)} have different element types ${typeString(du.elem)} and ${typeString(srcElem)}`,
    );
    return invalid(call);
  }
  if (isUntyped(src.type)) assignTo(c, src, STRING, 'argument to copy');
  return result;
}
