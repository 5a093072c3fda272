/** Code for `[]byte(s)`, `[]rune(s)`, `string(b)`, `string(rs)`, `string(r)`, `append(b, s...)` and `copy`. */
import type * as ast from '../../ast';
import { isInteger, isString, type Type, under } from '../../types';
import { byteOrRuneElem } from '../../checker/byteConv';
import {
  bytesToString,
  copySlice,
  runesToString,
  runeToString,
  type StructCopy,
  stringToBytes,
  stringToRunes,
} from '../runtime/bytes';
import { appendN, type ElemInfo } from '../runtime/slices';
import { type Int, toNumber } from '../runtime/ints';
import type { E, SliceVal } from '../runtime/types';
import type { Builder } from './Builder';
import { compileExpr } from './exprs';
import { assignerOf, copierOf, isStructValue } from './values';

/** The conversion `to(x)` between strings and byte/rune slices, or of a rune to a string; null otherwise. */
export function byteConversion(from: Type, to: Type, x: E): E | null {
  if (isString(from)) {
    const k = byteOrRuneElem(to);
    if (k === 'byte') return (f) => stringToBytes(x(f) as string);
    if (k === 'rune') return (f) => stringToRunes(x(f) as string);
    return null;
  }
  if (!isString(to)) return null;
  const k = byteOrRuneElem(from);
  if (k === 'byte') return (f) => bytesToString(x(f) as SliceVal | null);
  if (k === 'rune') return (f) => runesToString(x(f) as SliceVal | null);
  if (isInteger(from)) return (f) => runeToString(toNumber(x(f) as Int));
  return null;
}

/** `append(b, s...)` with a string `s` (its bytes are appended); null when the spread value is a slice. */
export function appendString(b: Builder, call: ast.CallExpr, s: E, t: E, ei: ElemInfo): E | null {
  if (!isString(b.unit.typeOf(call.args[1] as ast.Expr))) return null;
  return (f) => {
    const str = t(f) as string;
    const bytes: number[] = [];
    for (let i = 0; i < str.length; i++) bytes.push(str.charCodeAt(i));
    return appendN(s(f) as SliceVal | null, bytes, ei);
  };
}

/** `copy(dst, src)`: the number of elements copied. */
export function compileCopy(b: Builder, call: ast.CallExpr): E {
  const dstT = under(b.unit.typeOf(call.args[0] as ast.Expr));
  const dst = compileExpr(b, call.args[0] as ast.Expr);
  const src = compileExpr(b, call.args[1] as ast.Expr);
  const elem = dstT.kind === 'slice' ? dstT.elem : dstT;
  const st: StructCopy | undefined = isStructValue(elem)
    ? { copy: copierOf(elem), assign: assignerOf(elem) }
    : undefined;
  b.pendingW++;
  return (f) => copySlice(dst(f) as SliceVal | null, src(f) as SliceVal | string | null, st);
}
