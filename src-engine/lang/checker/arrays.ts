/** Array types `[N]T`, array literals (`[...]T{…}` included), indexing with constant bounds, and slicing. */
import type * as ast from '../ast';
import { type ArrayType, INVALID, type Type } from '../types';
import { assignTo } from './assign';
import type { Checker } from './Checker';
import { toInt } from './constants';
import { exprString } from './exprString';
import { checkExpr, checkValue } from './expressions';
import { describe, type Operand } from './operand';
import { resolveType } from './typeexpr';

/** Largest array the interpreter holds (elements), as for slices (runtime/slices.ts MAX_SLICE_ELEMS). */
const MAX_ARRAY_ELEMS = 1 << 24;

/** Resolves `[N]T` (N a non-negative integer constant); `[...]T` is only valid in a composite literal. */
export function resolveArrayType(c: Checker, e: ast.ArrayType, literalLen: number | null = null): Type {
  if (e.len === null && literalLen === null) {
    c.error(e.pos, 'invalid use of [...] array (outside a composite literal)');
    resolveType(c, e.elem);
    return INVALID;
  }
  let len = literalLen ?? 0;
  if (e.len !== null) {
    const x = checkExpr(c, e.len);
    if (x.mode === 'invalid') {
      resolveType(c, e.elem);
      return INVALID;
    }
    if (x.mode !== 'constant' || !x.value) {
      c.error(e.len.pos, `invalid array length ${exprString(e.len)}`);
      resolveType(c, e.elem);
      return INVALID;
    }
    const n = toInt(x.value);
    if (n === null) {
      c.error(e.len.pos, `array length ${describe(x)} must be integer`);
      resolveType(c, e.elem);
      return INVALID;
    }
    if (n < 0n) {
      c.error(e.len.pos, `invalid array length ${describe(x)}`);
      resolveType(c, e.elem);
      return INVALID;
    }
    if (n > BigInt(MAX_ARRAY_ELEMS)) {
      c.unsupported(e.len.pos, `arrays of more than ${MAX_ARRAY_ELEMS} elements are`);
      resolveType(c, e.elem);
      return INVALID;
    }
    len = Number(n);
  }
  const elem = resolveType(c, e.elem);
  if (elem.kind === 'invalid') return INVALID;
  return { kind: 'array', len, elem };
}

/** Checks the elements of an array literal `[N]T{a, b}` (positional; keyed elements are refused). */
export function checkArrayLit(c: Checker, e: ast.CompositeLit, t: Type, u: ArrayType): Operand {
  e.elts.forEach((el, i) => {
    if (el.kind === 'KeyValueExpr') {
      c.unsupported(el.pos, 'indexed elements in array literals are');
      checkExpr(c, el.value);
      return;
    }
    const v = checkValue(c, el, u.elem);
    if (i >= u.len) {
      if (v.mode !== 'invalid') c.error(el.pos, `index ${i} is out of bounds (>= ${u.len})`);
      return;
    }
    assignTo(c, v, u.elem, 'array or slice literal');
  });
  return { mode: 'value', type: t, value: null, expr: e };
}

/** The type of `[...]T{…}`: its length is the number of elements. */
export function literalArrayType(c: Checker, e: ast.CompositeLit): Type | null {
  const te = e.type;
  if (te === null || te.kind !== 'ArrayType' || te.len !== null) return null;
  return resolveArrayType(c, te, e.elts.length);
}
