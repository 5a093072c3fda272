import type * as ast from '../ast';
import { BYTE, INT, isInteger, isString, isUntyped, STRING, under } from '../types';
import { convertUntyped } from './assign';
import { utf8Length } from '../source';
import type { Checker } from './Checker';
import { toInt } from './constants';
import { exprString } from './exprString';
import { checkValue } from './expressions';
import { checkMapIndex } from './maps';
import { describe, invalid, type Operand } from './operand';

/** Checks an index (or `make` size) operand; returns its constant value when known, `false` when invalid. */
export function checkIndexValue(c: Checker, e: ast.Expr, length: bigint | null): bigint | null | false {
  const x = checkValue(c, e);
  if (x.mode === 'invalid') return false;
  if (isUntyped(x.type) && x.value) {
    const why = convertUntyped(c, x, INT);
    if (why) {
      c.error(
        e.pos,
        why === 'truncated'
          ? `${describe(x)} truncated to int`
          : why === 'overflows'
            ? `${describe(x)} overflows int`
            : `cannot convert ${describe(x)} to type int`,
      );
      return false;
    }
  }
  if (!isInteger(x.type)) {
    c.error(e.pos, `invalid argument: index ${describe(x)} must be integer`);
    return false;
  }
  if (x.mode === 'constant' && x.value) {
    const v = toInt(x.value);
    if (v !== null && v < 0n) {
      c.error(e.pos, `invalid argument: index ${describe(x)} must not be negative`);
      return false;
    }
    if (v !== null && length !== null && v >= length) {
      c.error(e.pos, `invalid argument: index ${exprString(e)} out of bounds [0:${length}]`);
      return false;
    }
    return v;
  }
  return null;
}

/** Checks `s[i]` on slices (addressable element) and strings (a byte). */
export function checkIndex(c: Checker, e: ast.IndexExpr): Operand {
  const x = checkValue(c, e.x);
  if (x.mode === 'invalid') {
    checkValue(c, e.index);
    return invalid(e);
  }
  const u = under(x.type);
  if (u.kind === 'map') return checkMapIndex(c, e, u);
  if (u.kind === 'slice') {
    if (checkIndexValue(c, e.index, null) === false) return invalid(e);
    return { mode: 'variable', type: u.elem, value: null, expr: e };
  }
  if (u.kind === 'array') {
    if (checkIndexValue(c, e.index, BigInt(u.len)) === false) return invalid(e);
    return { mode: x.mode === 'variable' ? 'variable' : 'value', type: u.elem, value: null, expr: e };
  }
  const pu = u.kind === 'pointer' ? under(u.elem) : null;
  if (pu?.kind === 'array') {
    // p[i] is (*p)[i] for a pointer to an array: always addressable.
    if (checkIndexValue(c, e.index, BigInt(pu.len)) === false) return invalid(e);
    return { mode: 'variable', type: pu.elem, value: null, expr: e };
  }
  if (isString(x.type)) {
    const len = x.value && x.value.kind === 'string' ? BigInt(utf8Length(x.value.v)) : null;
    const i = checkIndexValue(c, e.index, len);
    if (i === false) return invalid(e);
    return { mode: 'value', type: BYTE, value: null, expr: e };
  }
  c.error(e.x.end, `invalid operation: cannot index ${describe(x)}`);
  checkValue(c, e.index);
  return invalid(e);
}

/** Checks `s[lo:hi]` and `s[lo:hi:max]` on slices and strings. */
export function checkSliceExpr(c: Checker, e: ast.SliceExpr): Operand {
  const x = checkValue(c, e.x);
  const xu = x.mode === 'invalid' ? null : under(x.type);
  // Slicing an array: bounds are checked against its length (a bound may equal it).
  const xa = xu?.kind === 'pointer' ? under(xu.elem) : xu;
  const bound = xa?.kind === 'array' ? BigInt(xa.len + 1) : null;
  const parts = [e.low, e.high, e.max];
  const values: (bigint | null)[] = [];
  let bad = x.mode === 'invalid';
  for (const p of parts) {
    if (!p) {
      values.push(null);
      continue;
    }
    const v = checkIndexValue(c, p, bound);
    if (v === false) bad = true;
    values.push(v === false ? null : v);
  }
  if (bad) return invalid(e);
  let prev: bigint | null = null;
  for (let i = 0; i < 3; i++) {
    const v = values[i] ?? null;
    if (v === null) continue;
    if (prev !== null && prev > v) {
      c.error(parts[i]?.pos ?? e.pos, `invalid slice indices: ${v} < ${prev}`);
      return invalid(e);
    }
    prev = v;
  }
  const u = under(x.type);
  if (u.kind === 'slice') return { mode: 'value', type: x.type, value: null, expr: e };
  if (u.kind === 'array') {
    if (x.mode !== 'variable') {
      c.error(x.expr.pos, `invalid operation: ${describe(x)} (slice of unaddressable value)`);
      return invalid(e);
    }
    return { mode: 'value', type: { kind: 'slice', elem: u.elem }, value: null, expr: e };
  }
  if (xa?.kind === 'array')
    return { mode: 'value', type: { kind: 'slice', elem: xa.elem }, value: null, expr: e };
  if (isString(x.type)) {
    if (e.max) {
      c.error(e.max.pos, `invalid operation: 3-index slice of string`);
      return invalid(e);
    }
    return { mode: 'value', type: isUntyped(x.type) ? STRING : x.type, value: null, expr: e };
  }
  c.error(x.expr.pos, `cannot slice ${describe(x)}`);
  return invalid(e);
}
