/**
 * Interface values: boxing a concrete value where an interface is expected, dynamic dispatch tables, type
 * assertions (with Go's `interface conversion` panics), type switches and `errors.New`/`fmt.Errorf` values.
 */
import type * as ast from '../../ast';
import { lookupFieldOrMethod } from '../../checker/selectors';
import { missingMethod } from '../../checker/interfaces';
import type { FuncObj } from '../../program';
import {
  type AnyType,
  type FuncType,
  identical,
  isComparable,
  type NamedType,
  STRING,
  type Type,
  typeString,
  under,
} from '../../types';
import type { MethodCaller } from '../runtime/fmtMethods';
import { implReceiver } from './methods';
import type { TypeDesc } from '../fmt/typeDesc';
import { type Box, nextRtId, rtType, rtTypeId } from '../runtime/rtypes';
import { RUNTIME_ERROR_TYPES } from '../runtime/errorTypes';
import { hasNative, type Native, nativesOf } from '../runtime/natives';
import { type E, GoPanic, type RV } from '../runtime/types';
import type { Builder } from './Builder';
import { compileExpr } from './exprs';
import { reflectName, typeDesc, zeroFn } from './typeInfo';
import type { Unit } from './Unit';
import { copierOf, eqOf, isStructValue, setDynEq, setDynUncomparable } from './values';

/** How a dynamic type implements one method. */
export interface MethodImpl {
  /** Code index of the method. */
  readonly f: number;
  /** Embedded fields to follow from the boxed value to the method's receiver. */
  readonly path: readonly number[];
  /** The receiver is `*p` of the value reached (a value method called through a pointer). */
  readonly deref: boolean;
  /** Copies a struct receiver passed by value (null: no copy needed). */
  readonly copy: ((v: RV) => RV) | null;
  /** A library implementation (errors' Error, runtime/natives.ts) taking the boxed value; null for program methods. */
  readonly native: Native | null;
}

const declaredUids = new WeakMap<NamedType, number>();
let nextUid = 1;

/** A canonical key of a type (program types are told apart by declaration, not by name). */
export function typeKey(t: Type): string {
  switch (t.kind) {
    case 'named': {
      if (!t.declared) return t.name;
      let uid = declaredUids.get(t);
      if (uid === undefined) {
        uid = nextUid++;
        declaredUids.set(t, uid);
      }
      return `${t.name}#${uid}`;
    }
    case 'pointer':
      return `*${typeKey(t.elem)}`;
    case 'slice':
      return `[]${typeKey(t.elem)}`;
    case 'chan':
      return `chan/${t.dir} ${typeKey(t.elem)}`;
    case 'struct':
      return t.opaque !== ''
        ? t.opaque
        : `struct{${(t.fields ?? []).map((f) => `${f.embedded ? '!' : ''}${f.name} ${typeKey(f.type)}`).join(';')}}`;
    case 'func':
      return `func(${t.params.map(typeKey).join(',')}${t.variadic ? '...' : ''})(${t.results.map(typeKey).join(',')})`;
    case 'any':
      return `interface{${(t.methods ?? []).map((m) => m.name + typeKey(m.type)).join(';')}}`;
    default:
      return typeString(t);
  }
}

/** The dynamic type id of concrete type `t`. */
export function dynTypeId(t: Type): number {
  const id = registerDyn(t);
  (typeDesc(t) as { id?: number }).id = id;
  return id;
}

function registerDyn(t: Type): number {
  return rtTypeId(typeKey(t), () => {
    const id = nextRtId();
    setDynEq(id, eqOf(t));
    if (!isComparable(t)) uncomparable.set(id, reflectName(t));
    return { name: reflectName(t), desc: typeDesc(t) };
  });
}

const uncomparable = new Map<number, string>();
setDynUncomparable((id) => uncomparable.get(id) ?? null);

const ERRSTR_DESC: TypeDesc = { k: 'errstr', name: '*errors.errorString', elem: null };
/** The dynamic type of `errors.New` and `fmt.Errorf` values (their value is the message, a byte string). */
export const ERRSTR = rtTypeId('*errors.errorString', () => ({
  name: '*errors.errorString',
  desc: ERRSTR_DESC,
}));

interface UnitIfaces {
  readonly tables: Map<string, (MethodImpl | undefined)[]>;
  readonly boxed: Map<number, Type>;
}
const perUnit = new WeakMap<Unit, UnitIfaces>();

function unitIfaces(u: Unit): UnitIfaces {
  let x = perUnit.get(u);
  if (x === undefined) {
    x = { tables: new Map(), boxed: new Map() };
    perUnit.set(u, x);
    // fmt may print any boxed value: its Error/String methods are resolved (and compiled) as types get boxed.
    dispatchTable(u, '#fmtError');
    dispatchTable(u, '#fmtString');
  }
  return x;
}

function resolveImpl(unit: Unit, t: Type, key: string): MethodImpl | undefined {
  // '#fmtError' and '#fmtString': the method fmt calls, only with Go's signature `() string`.
  const forFmt = key.startsWith('#fmt');
  const name = forFmt ? key.slice(4) : key;
  const found = lookupFieldOrMethod(t, name);
  if (found === null || found === 'ambiguous' || found.kind !== 'method') return undefined;
  if (forFmt) {
    const sig = found.method.type;
    const r = sig.results[0];
    if (sig.params.length !== 0 || sig.results.length !== 1 || r === undefined || !identical(r, STRING))
      return undefined;
    if (found.method.pointerRecv && under(t).kind !== 'pointer') return undefined;
  }
  // The holder's static type: follow the path from t.
  let holder = t;
  for (const i of found.path) {
    const u = under(holder);
    const st = u.kind === 'pointer' ? under(u.elem) : u;
    holder = st.kind === 'struct' ? ((st.fields ?? [])[i]?.type ?? holder) : holder;
  }
  const hu = under(holder);
  const holderPtr = hu.kind === 'pointer';
  const info = (found.method.obj as FuncObj).info;
  if (info === null) return undefined;
  const f = unit.funcOf(info);
  if (found.method.pointerRecv) return { f, path: found.path, deref: false, copy: null, native: null };
  const elem = holderPtr ? hu.elem : holder;
  const copy = isStructValue(elem) ? copierOf(elem) : null;
  return { f, path: found.path, deref: holderPtr, copy, native: null };
}

const errorImpl: MethodImpl = { f: -1, path: [], deref: false, copy: null, native: (v) => (v as RV[])[0] };

/** An `errors.New(msg)` value: a box of `*errors.errorString` (its value an array, so each is distinct). */
export function newErrorString(msg: string): Box {
  return { t: ERRSTR, v: [msg] };
}

/** The dispatch table of method `name` in this program: implementation per dynamic type id. */
export function dispatchTable(unit: Unit, name: string): (MethodImpl | undefined)[] {
  const ui = unitIfaces(unit);
  let table = ui.tables.get(name);
  if (table === undefined) {
    table = [];
    ui.tables.set(name, table);
    for (const [id, t] of ui.boxed) table[id] = resolveImpl(unit, t, name);
    if (name === 'Error' || name === '#fmtError') {
      table[ERRSTR] = errorImpl;
      for (const id of RUNTIME_ERROR_TYPES) table[id] = errorImpl;
    }
    for (const [id, native] of nativesOf(name)) table[id] = { ...errorImpl, native };
  }
  return table;
}

/**
 * The Error/String method calls fmt makes in this program, for the running goroutine's globals `gl`:
 * Go's handleMethods, with its `<nil>` for a nil receiver that panics and `%!v(PANIC=… method: …)`.
 */
export function fmtMethodCaller(unit: Unit, gl: RV[]): MethodCaller {
  const errs = dispatchTable(unit, '#fmtError');
  const strs = dispatchTable(unit, '#fmtString');
  const m = unit.m;
  return (id, v) => {
    const isErr = errs[id] !== undefined;
    const impl = errs[id] ?? strs[id];
    if (impl === undefined) return null;
    if (impl.native !== null) return impl.native(v, []) as string;
    try {
      return m.callSync(gl, { f: impl.f, e: null }, [implReceiver(impl, v)]) as string;
    } catch (err) {
      if (!(err instanceof GoPanic)) throw err;
      if (v === null) return '<nil>';
      return `%!v(PANIC=${isErr ? 'Error' : 'String'} method: ${err.msg})`;
    }
  };
}

/**
 * Registers the dynamic type of a static fmt operand of type `t`, and of the values fmt reaches inside it
 * (slice elements, a pointed-to struct, fields), so fmt finds their Error/String methods.
 */
export function noteFmtOperand(unit: Unit, t: Type, seen: Set<Type> = new Set()): void {
  if (seen.has(t)) return;
  seen.add(t);
  if (under(t).kind === 'any' || t.kind === 'tuple' || t.kind === 'invalid') return;
  if (t.kind === 'basic' && t.name.startsWith('untyped')) return;
  noteBoxed(unit, t, dynTypeId(t));
  const u = under(t);
  if (u.kind === 'slice') noteFmtOperand(unit, u.elem, seen);
  if (u.kind === 'pointer' && isStructValue(u.elem)) noteFmtOperand(unit, u.elem, seen);
  if (u.kind === 'struct') for (const f of u.fields ?? []) noteFmtOperand(unit, f.type, seen);
}

/** Notes that values of `t` are boxed in this program (so every dispatch table covers it). */
function noteBoxed(unit: Unit, t: Type, id: number): void {
  const ui = unitIfaces(unit);
  if (ui.boxed.has(id)) return;
  ui.boxed.set(id, t);
  for (const [name, table] of ui.tables) table[id] = resolveImpl(unit, t, name);
}

/** The dynamic type id of concrete type `t` in boxes this program makes (its methods join the dispatch tables). */
export function boxedTypeId(unit: Unit, t: Type): number {
  const id = dynTypeId(t);
  noteBoxed(unit, t, id);
  return id;
}

/** Boxes the value of `v` (of concrete type `t`) as an interface value. */
export function boxValue(b: Builder, t: Type, v: E): E {
  const id = boxedTypeId(b.unit, t);
  b.pendingW++;
  return (f) => ({ t: id, v: v(f) });
}

const implementsCache = new Map<string, boolean>();

/** The native a library type needs for interface method `m`: `Unwrap` by its result (`error` or `[]error`). */
function nativeKey(m: { name: string; type: FuncType }): string {
  if (m.name !== 'Unwrap') return m.name;
  const r = m.type.results[0];
  return r !== undefined && under(r).kind === 'slice' ? '#Unwrap[]' : '#Unwrap1';
}

function implementsIface(id: number, types: Map<number, Type>, iface: AnyType): boolean {
  if (id === ERRSTR || RUNTIME_ERROR_TYPES.includes(id))
    return (iface.methods ?? []).every((m) => m.name === 'Error');
  const t = types.get(id);
  if (t === undefined) return (iface.methods ?? []).every((m) => hasNative(id, nativeKey(m)));
  const key = `${id}|${typeKey(iface)}`;
  let ok = implementsCache.get(key);
  if (ok === undefined) {
    ok = missingMethod(t, iface) === null;
    implementsCache.set(key, ok);
  }
  return ok;
}

/** The static type of values boxed with dynamic type `id` in this program (undefined for library types). */
export function boxedType(unit: Unit, id: number): Type | undefined {
  return unitIfaces(unit).boxed.get(id);
}

/** A test of a box's dynamic type against `t` (a concrete type, or an interface it must implement). */
export function typeTest(b: Builder, t: Type): (x: Box | null) => boolean {
  const iu = under(t);
  if (iu.kind === 'any') {
    const boxed = unitIfaces(b.unit).boxed;
    return (x) => x !== null && implementsIface(x.t, boxed, iu);
  }
  const id = dynTypeId(t);
  return (x) => x !== null && x.t === id;
}

/** `x.(T)`; with `okReg`, the comma-ok form (zero value and false instead of a panic). */
export function compileTypeAssert(b: Builder, e: ast.TypeAssertExpr, okReg: number | null): E {
  const x = compileExpr(b, e.x);
  const t = b.unit.typeOf(e);
  const test = typeTest(b, t);
  const toIface = under(t).kind === 'any';
  const zero = zeroFn(t);
  const src = b.unit.typeOf(e.x);
  const srcName = reflectName(src);
  const dstName = reflectName(t);
  b.pendingW++;
  if (okReg !== null) {
    return (f) => {
      const v = x(f) as Box | null;
      const ok = test(v);
      f.r[okReg] = ok;
      if (!ok) return zero();
      return toIface ? v : (v as Box).v;
    };
  }
  return (f) => {
    const v = x(f) as Box | null;
    if (test(v)) return toIface ? v : (v as Box).v;
    throw new GoPanic(assertMessage(v, srcName, dstName, t));
  };
}

/** Go's `interface conversion` panic text (runtime.TypeAssertionError). */
function assertMessage(v: Box | null, src: string, dst: string, t: Type): string {
  if (v === null) return `interface conversion: interface is nil, not ${dst}`;
  const have = rtType(v.t).name;
  const iu = under(t);
  if (iu.kind === 'any') {
    const m = (iu.methods ?? [])[0]?.name ?? '';
    return `interface conversion: ${have} is not ${dst}: missing method ${m}`;
  }
  return `interface conversion: ${src} is ${have}, not ${dst}`;
}

/** The test of one type switch case (`nil` matches a nil interface). */
export function caseTest(b: Builder, te: ast.Expr): (x: Box | null) => boolean {
  const info = b.unit.info(te);
  if (info?.mode !== 'type') return (x) => x === null;
  return typeTest(b, info.type);
}

/** True when values of `a` and `b` are interface values of identical interface types. */
export function sameIface(a: Type, bt: Type): boolean {
  return under(a).kind === 'any' && identical(under(a), under(bt));
}
