/** Code generation for maps: literals, `make`, index (comma-ok), assignment, `delete`, `len`, `for range`. */
import type * as ast from '../../ast';
import { type MapType, type Type, under } from '../../types';
import {
  iterationOrder,
  type KeyEnc,
  makeMap,
  mapClear,
  mapGet,
  mapSet,
  type MapVal,
  vkDelete,
  vkFind,
  vkGet,
  vkSet,
} from '../runtime/maps';
import { keyEncoderOf } from './mapKeys';
import { copierOf, isStructValue } from './values';
import { CONT, type E, type Frame, type RV, type SliceVal } from '../runtime/types';
import type { Builder, Label, Ref } from './Builder';
import { compileExpr } from './exprs';
import { drawU32, programRand } from './rand';
import { zeroOf } from './typeInfo';

/** The map type under `t`, or null. */
export function mapTypeOf(t: Type): MapType | null {
  const u = under(t);
  return u.kind === 'map' ? u : null;
}

/** `m[k]` for keys of encoding `enc` (null: primitive keys). */
function getter(enc: KeyEnc | null): (m: MapVal | null, k: RV, zero: RV) => RV {
  return enc === null ? mapGet : (m, k, zero) => vkGet(m, enc, k, zero);
}

/** `m[k] = v` for keys of encoding `enc` (null: primitive keys). */
function setter(enc: KeyEnc | null): (m: MapVal | null, k: RV, v: RV) => void {
  return enc === null ? mapSet : (m, k, v) => vkSet(m, enc, k, v);
}

/** `map[K]V{k: v, …}`: entries added in source order (a later equal key overwrites). */
export function compileMapLit(b: Builder, e: ast.CompositeLit): E {
  const set = setter(keyEncoderOf((mapTypeOf(b.unit.typeOf(e)) as MapType).key));
  const pairs = e.elts.map((el): [E, E] => {
    if (el.kind !== 'KeyValueExpr') throw new Error('map literal element without a key');
    return [compileExpr(b, el.key), compileExpr(b, el.value)];
  });
  b.pendingW += 1 + pairs.length;
  return (f) => {
    const m = makeMap();
    for (const [k, v] of pairs) set(m, k(f), v(f));
    return m;
  };
}

/** `make(map[K]V[, hint])` (the hint only sizes Go's buckets; it is evaluated, then ignored). */
export function compileMakeMap(b: Builder, call: ast.CallExpr): E {
  const hint = call.args[1] ? compileExpr(b, call.args[1]) : null;
  b.pendingW++;
  if (hint === null) return () => makeMap();
  return (f) => (hint(f), makeMap());
}

/** `m[k]` as a value. */
export function compileMapIndex(b: Builder, e: ast.IndexExpr, t: MapType): E {
  const m = compileExpr(b, e.x);
  const k = compileExpr(b, e.index);
  const zero = zeroOf(t.elem);
  const get = getter(keyEncoderOf(t.key));
  b.pendingW++;
  return (f) => get(m(f) as MapVal | null, k(f), zero);
}

/** `v, ok := m[k]`: both values, the map and key evaluated once. */
export function compileMapCommaOk(b: Builder, e: ast.IndexExpr, t: MapType): [E, E] {
  const m = b.spill(compileExpr(b, e.x));
  const k = b.spill(compileExpr(b, e.index));
  const zero = zeroOf(t.elem);
  const enc = keyEncoderOf(t.key);
  const get = getter(enc);
  const ok = b.spill(
    enc === null
      ? (f) => (m(f) as MapVal | null)?.has(k(f)) ?? false
      : (f) => vkFind(m(f) as MapVal | null, enc, k(f)) !== undefined,
  );
  const v = b.spill((f) => get(m(f) as MapVal | null, k(f), zero));
  return [v, ok];
}

/** The location `m[k]` (`m[k] = v`, `m[k] += v`, `m[k]++`); with `spill`, map and key are evaluated now. */
export function mapLvalue(b: Builder, e: ast.IndexExpr, t: MapType, spill: boolean): Ref {
  let m = compileExpr(b, e.x);
  let k = compileExpr(b, e.index);
  if (spill) {
    m = b.spill(m);
    k = b.spill(k);
  }
  const zero = zeroOf(t.elem);
  const mm = m;
  const kk = k;
  const enc = keyEncoderOf(t.key);
  const get = getter(enc);
  const set = setter(enc);
  return {
    load: (f: Frame): RV => get(mm(f) as MapVal | null, kk(f), zero),
    store: (f: Frame, v: RV): void => set(mm(f) as MapVal | null, kk(f), v),
  };
}

/** `delete(m, k)` (a no-op on a nil map or an absent key). */
export function compileDelete(b: Builder, call: ast.CallExpr): E {
  const m = compileExpr(b, call.args[0] as ast.Expr);
  const k = compileExpr(b, call.args[1] as ast.Expr);
  const enc = keyEncoderOf((mapTypeOf(b.unit.typeOf(call.args[0] as ast.Expr)) as MapType).key);
  b.pendingW++;
  return (f) => {
    const mv = m(f) as MapVal | null;
    const kv: RV = k(f);
    if (enc === null) mv?.delete(kv);
    else vkDelete(mv, enc, kv);
    return null;
  };
}

/** `clear(m)` (every entry deleted) or `clear(s)` (every element of `s` set to its zero value). */
export function compileClear(b: Builder, call: ast.CallExpr): E {
  const arg = call.args[0] as ast.Expr;
  const x = compileExpr(b, arg);
  const u = under(b.unit.typeOf(arg));
  b.pendingW++;
  if (u.kind === 'map')
    return (f) => {
      mapClear(x(f) as MapVal | null);
      return null;
    };
  const zero = zeroOf(u.kind === 'slice' ? u.elem : u);
  return (f) => {
    const s = x(f) as SliceVal | null;
    if (s !== null) s.a.fill(zero, s.o, s.o + s.l);
    return null;
  };
}

/** `len(m)`. */
export function compileMapLen(b: Builder, m: E): E {
  b.pendingW++;
  return (f) => (m(f) as MapVal | null)?.size ?? 0;
}

/** Binds a range variable (control.ts's binder). */
export type BindRangeVar = (which: 'key' | 'value', v: E) => void;

/**
 * `for k, v := range m`: the keys in the order of one draw of the program's random stream
 * ({@link iterationOrder}), fixed when the loop starts; a key deleted before it is reached is skipped, and
 * entries added during the loop are not visited (both allowed by the spec; Go may or may not visit them).
 */
export function compileMapRange(
  b: Builder,
  s: ast.RangeStmt,
  x: E,
  t: MapType,
  bind: BindRangeVar,
  body: () => void,
  next: Label,
  end: Label,
): void {
  const rand = drawU32(programRand(b));
  const keys = b.temp();
  const i = b.temp();
  const zero = zeroOf(t.elem);
  b.emit((_g, f) => {
    f.r[keys] = iterationOrder(x(f) as MapVal | null, rand(f) as number);
    f.r[i] = 0;
    return CONT;
  });
  const top = b.newLabel();
  b.place(top);
  b.line = s.pos.line;
  // Skip keys deleted since the loop started.
  b.emit((_g, f) => {
    const ks = f.r[keys] as RV[];
    const m = x(f) as MapVal | null;
    let j = f.r[i] as number;
    while (j < ks.length && !(m as MapVal).has(ks[j])) j++;
    f.r[i] = j;
    return CONT;
  });
  b.jumpIfNot((f) => (f.r[i] as number) < (f.r[keys] as RV[]).length, end);
  // An array or struct key is a value: the loop variable gets a copy, never the key the map holds.
  const copyKey = isStructValue(t.key) ? copierOf(t.key) : null;
  if (copyKey === null) bind('key', (f) => (f.r[keys] as RV[])[f.r[i] as number]);
  else bind('key', (f) => copyKey((f.r[keys] as RV[])[f.r[i] as number]));
  bind('value', (f) => mapGet(x(f) as MapVal | null, (f.r[keys] as RV[])[f.r[i] as number], zero));
  body();
  b.place(next);
  b.line = s.pos.line;
  b.emit((_g, f) => ((f.r[i] = (f.r[i] as number) + 1), CONT));
  b.jump(top);
  b.place(end);
}
