/**
 * Maps in the checker: `map[K]V` types, keyed literals, index expressions (with comma-ok), `delete`, and
 * `make`/`len` of maps. Messages are go build's (types2) wording and positions.
 */
import type * as ast from '../ast';
import type { ConstValue } from '../program';
import { INVALID, isComparable, type MapType, type Type, typeString, under } from '../types';
import { assignTo } from './assign';
import type { Checker } from './Checker';
import { constString } from './constants';
import { checkExpr, checkValue } from './expressions';
import { describe, invalid, type Operand } from './operand';
import { resolveType } from './typeexpr';

/** Resolves `map[K]V`, reporting a key type that is not comparable (`invalid map key type []int`). */
export function resolveMapType(c: Checker, e: ast.MapType): Type {
  const key = resolveType(c, e.key);
  const elem = resolveType(c, e.value);
  if (key.kind === 'invalid' || elem.kind === 'invalid') return INVALID;
  if (!isComparable(key)) {
    c.error(e.key.pos, `invalid map key type ${typeString(key)}`);
    return INVALID;
  }
  // The run-time map keys by JavaScript identity: numbers, strings, booleans, channels and pointers compare
  // as Go compares them; interface values would not. Arrays and structs are keyed by a canonical encoding of
  // their basic and channel leaves (compiler/mapKeys.ts); other leaves are refused.
  const ku = under(key);
  if (ku.kind === 'any' || ((ku.kind === 'struct' || ku.kind === 'array') && !keyableByValue(key))) {
    const what =
      ku.kind === 'any'
        ? 'interface type are'
        : `${ku.kind} type holding pointers, interfaces or library types are`;
    c.unsupported(e.key.pos, `map keys of ${what}`);
    return INVALID;
  }
  return { kind: 'map', key, elem };
}

/** A constant key's identity for the duplicate check (kind and value, as types2 compares them). */
function keyId(v: ConstValue): string {
  return `${v.kind}:${constString(v)}`;
}

/** Checks a map literal `map[K]V{k: v, …}`: every element keyed, keys and values assignable, no duplicate constant key. */
export function checkMapLit(c: Checker, e: ast.CompositeLit, t: Type, u: MapType): Operand {
  const seen = new Set<string>();
  for (const el of e.elts) {
    if (el.kind !== 'KeyValueExpr') {
      c.error(el.pos, 'missing key in map literal');
      checkExpr(c, el, u.elem);
      continue;
    }
    const k = checkValue(c, el.key, u.key);
    if (k.mode !== 'invalid' && assignTo(c, k, u.key, 'map literal') && k.mode === 'constant' && k.value) {
      const id = keyId(k.value);
      if (seen.has(id)) c.error(el.key.pos, `duplicate key ${constString(k.value)} in map literal`);
      seen.add(id);
    }
    const v = checkValue(c, el.value, u.elem);
    if (v.mode !== 'invalid') assignTo(c, v, u.elem, 'map literal');
  }
  return { mode: 'value', type: t, value: null, expr: e };
}

/** Checks `m[k]`: the key is assigned to K; the result is a map index expression (assignable, comma-ok). */
export function checkMapIndex(c: Checker, e: ast.IndexExpr, u: MapType): Operand {
  const k = checkValue(c, e.index, u.key);
  if (k.mode === 'invalid' || !assignTo(c, k, u.key, 'map index')) return invalid(e);
  return { mode: 'mapindex', type: u.elem, value: null, expr: e };
}

/** Checks `delete(m, k)` (its argument count is checked by the caller). */
export function checkDelete(c: Checker, call: ast.CallExpr): Operand {
  const none: Operand = { mode: 'novalue', type: { kind: 'tuple', types: [] }, value: null, expr: call };
  const m = checkValue(c, call.args[0] as ast.Expr);
  const key = call.args[1] as ast.Expr;
  if (m.mode === 'invalid') {
    checkExpr(c, key);
    return none;
  }
  const u = under(m.type);
  if (u.kind !== 'map') {
    checkExpr(c, key);
    c.error(m.expr.pos, `invalid argument: ${describe(m)} is not a map`);
    return none;
  }
  const k = checkValue(c, key, u.key);
  if (k.mode !== 'invalid') assignTo(c, k, u.key, 'argument to delete');
  return none;
}

/** Checks `clear(x)` on a map (every entry deleted) or a slice (every element set to its zero value). */
export function checkClear(c: Checker, call: ast.CallExpr): Operand {
  const none: Operand = { mode: 'novalue', type: { kind: 'tuple', types: [] }, value: null, expr: call };
  const x = checkValue(c, call.args[0] as ast.Expr);
  if (x.mode === 'invalid') return none;
  const k = under(x.type).kind;
  if (k !== 'map' && k !== 'slice')
    c.error(
      x.expr.pos,
      `invalid argument: cannot clear ${describe(x)}: argument must be (or constrained by) map or slice`,
    );
  return none;
}

/** True when `t` can be a map key here: basic and channel leaves inside arrays and structs. */
export function keyableByValue(t: Type): boolean {
  const u = under(t);
  if (u.kind === 'array') return keyableByValue(u.elem);
  if (u.kind === 'struct') {
    if (t.kind === 'named' && t.declared === undefined) return false; // library types (time.Time, sync.Mutex)
    return (u.fields ?? []).every((f) => keyableByValue(f.type));
  }
  return u.kind === 'basic' || u.kind === 'chan';
}
