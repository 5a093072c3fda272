/** Array types `[N]T`, array literals (`[...]T{…}` included), indexing with constant bounds, and slicing. */
import type * as ast from '../ast';
import { type ArrayType, INVALID, type Type } from '../types';
import { assignTo } from './assign';
import type { Checker } from './Checker';
import { toInt } from './constants';
import { exprString } from './exprString';
import { checkExpr, checkValue } from './expressions';
import { checkIndexValue } from './indexing';
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

/**
 * Checks the elements of an array literal `[N]T{…}` or `[...]T{…}` (its length is then the highest index + 1):
 * positional and keyed (`2: x`) elements, as types2's indexedElts.
 */
export function checkArrayLit(c: Checker, e: ast.CompositeLit, t: Type, u: ArrayType): Operand {
  const open = e.type !== null && e.type.kind === 'ArrayType' && e.type.len === null;
  const n = checkIndexedElts(c, e.elts, u.elem, open ? null : u.len);
  const type: Type = open ? { kind: 'array', len: n, elem: u.elem } : t;
  return { mode: 'value', type, value: null, expr: e };
}

/**
 * Checks the elements of an array or slice literal (types2's indexedElts, with gc's messages): a key must be a
 * non-negative integer constant within `length` (when known), no index may repeat, a positional element takes
 * the index after the previous one. Returns the literal's length (highest index + 1).
 */
export function checkIndexedElts(
  c: Checker,
  elts: readonly ast.Expr[],
  elem: Type,
  length: number | null,
): number {
  const visited = new Set<number>();
  let index = 0;
  let max = 0;
  for (const el of elts) {
    let valid = false;
    let value = el;
    if (el.kind === 'KeyValueExpr') {
      const i = checkIndexValue(c, el.key, length === null ? null : BigInt(length));
      if (i === null) c.error(el.pos, `index ${exprString(el.key)} must be integer constant`);
      else if (i !== false && i >= BigInt(MAX_ARRAY_ELEMS)) {
        c.unsupported(el.key.pos, `array and slice literals of more than ${MAX_ARRAY_ELEMS} elements are`);
        checkExpr(c, el.value);
        return max;
      } else if (i !== false) {
        index = Number(i);
        valid = true;
      }
      value = el.value;
    } else if (length !== null && index >= length) {
      c.error(el.pos, `index ${index} is out of bounds (>= ${length})`);
    } else valid = true;
    if (valid) {
      if (visited.has(index)) c.error(el.pos, `duplicate index ${index} in array or slice literal`);
      visited.add(index);
    }
    index++;
    if (index > max) max = index;
    const v = checkValue(c, value, elem);
    assignTo(c, v, elem, 'array or slice literal');
  }
  return max;
}

/** The type of `[...]T{…}` before its elements are checked (its length is then set by {@link checkArrayLit}). */
export function literalArrayType(c: Checker, e: ast.CompositeLit): Type | null {
  const te = e.type;
  if (te === null || te.kind !== 'ArrayType' || te.len !== null) return null;
  return resolveArrayType(c, te, e.elts.length);
}
