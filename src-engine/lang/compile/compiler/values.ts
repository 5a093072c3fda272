/**
 * Value semantics of struct types. A struct value is a JS array of its field values (an embedded or nested
 * struct is a nested array); a pointer to a struct is that same array, so field access through a pointer
 * needs no indirection. An array value (`[N]T`) is a JS array of its elements and follows every rule here. Copies are made wherever Go copies a value (reads of a variable, field or element
 * into a new place), so every storage location owns its array exclusively.
 */
import { type Type, under } from '../../types';
import type { RV } from '../runtime/types';

/** True when values of `t` are JS arrays with value semantics: a struct type with fields, or an array type. */
export function isStructValue(t: Type): boolean {
  const u = under(t);
  return u.kind === 'array' || (u.kind === 'struct' && u.fields !== undefined && u.fields.length > 0);
}

/** The component types of an aggregate: a struct's fields, or an array's element repeated. */
function parts(t: Type): Type[] {
  const u = under(t);
  if (u.kind === 'array') return new Array<Type>(u.len).fill(u.elem);
  return u.kind === 'struct' ? (u.fields ?? []).map((f) => f.type) : [];
}

const copiers = new Map<Type, (v: RV) => RV>();

/** The copy of a struct value of type `t` (nested struct fields copied too; pointers shared). */
export function copierOf(t: Type): (v: RV) => RV {
  let c = copiers.get(t);
  if (c !== undefined) return c;
  const fields = parts(t);
  const nested = fields.map((f, i) => (isStructValue(f) ? i : -1)).filter((i) => i >= 0);
  const subs = nested.map((i) => copierOf(fields[i] as Type));
  c =
    nested.length === 0
      ? (v: RV): RV => (v as RV[]).slice()
      : (v: RV): RV => {
          const a = (v as RV[]).slice();
          for (let k = 0; k < nested.length; k++) {
            const i = nested[k] as number;
            a[i] = (subs[k] as (v: RV) => RV)(a[i]);
          }
          return a;
        };
  copiers.set(t, c);
  return c;
}

const assigners = new Map<Type, (dst: RV, src: RV) => void>();

/**
 * Stores struct value `src` into the existing storage `dst` (an assignment to a struct location), field by
 * field and into nested structs in place, so pointers to the location or its fields still see it.
 */
export function assignerOf(t: Type): (dst: RV, src: RV) => void {
  let a = assigners.get(t);
  if (a !== undefined) return a;
  const subs = parts(t).map((f) => (isStructValue(f) ? assignerOf(f) : null));
  a = (dst: RV, src: RV): void => {
    const d = dst as RV[];
    const s = src as RV[];
    if (d === s) return;
    for (let i = 0; i < s.length; i++) {
      const sub = subs[i];
      if (sub) sub(d[i], s[i]);
      else d[i] = s[i];
    }
  };
  assigners.set(t, a);
  return a;
}

const zeros = new Map<Type, () => RV>();

/** A maker of fresh zero values of struct type `t`. */
export function zeroMakerOf(t: Type): () => RV {
  let z = zeros.get(t);
  if (z !== undefined) return z;
  // Filled in below: a recursive struct type reaches itself only through pointers (zero: null).
  const makers: (() => RV)[] = [];
  z = (): RV => makers.map((p) => p());
  zeros.set(t, z);
  for (const f of parts(t)) {
    if (isStructValue(f)) makers.push(zeroMakerOf(f));
    else {
      const v = primitiveZero(f);
      makers.push(() => v);
    }
  }
  return z;
}

let primitiveZero: (t: Type) => RV = () => 0;

/** Installs the zero value of non-struct types (typeInfo.zeroOf; avoids an import cycle). */
export function setPrimitiveZero(fn: (t: Type) => RV): void {
  primitiveZero = fn;
}

type Eq = (a: RV, b: RV) => boolean;
const eqs = new Map<Type, Eq | null>();
const dynEqs: (Eq | null | undefined)[] = [];
let dynUncomparable: (id: number) => string | null = () => null;

/** Registers the equality of dynamic type `id` (ifaces.ts), and how to name it when it is not comparable. */
export function setDynEq(id: number, eq: Eq | null): void {
  dynEqs[id] = eq;
}

/** Installs the namer of uncomparable dynamic types (ifaces.ts). */
export function setDynUncomparable(fn: (id: number) => string | null): void {
  dynUncomparable = fn;
}

function ifaceEq(a: RV, b: RV): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.t !== b.t) return false;
  const bad = dynUncomparable(a.t as number);
  if (bad !== null) throw new GoPanicLike(`runtime error: comparing uncomparable type ${bad}`);
  const eq = dynEqs[a.t as number];
  return eq ? eq(a.v, b.v) : a.v === b.v;
}

/** Thrown for a failed comparison; the caller maps it to a Go panic (avoids an import cycle). */
export class GoPanicLike extends Error {}

function ptrEq(a: RV, b: RV): boolean {
  return a === b || (a !== null && b !== null && a.a === b.a && a.i === b.i);
}

/** `==` for values of type `t` when `===` is not Go's equality (structs, interfaces, pointers); else null. */
export function eqOf(t: Type): Eq | null {
  if (eqs.has(t)) return eqs.get(t) as Eq | null;
  const u = under(t);
  let eq: Eq | null = null;
  if (isStructValue(t)) {
    eqs.set(t, null); // recursion only through pointers, compared by identity
    const subs = parts(t).map((f) => eqOf(f));
    eq = (a, b) => {
      for (let i = 0; i < subs.length; i++) {
        const s = subs[i];
        if (s ? !s(a[i], b[i]) : a[i] !== b[i]) return false;
      }
      return true;
    };
  } else if (u.kind === 'any') eq = ifaceEq;
  else if (u.kind === 'pointer' && !isStructValue(u.elem) && !isHandle(u.elem)) eq = ptrEq;
  eqs.set(t, eq);
  return eq;
}

function isHandle(t: Type): boolean {
  return t.kind === 'named' && t.declared === undefined && t.underlying.kind === 'struct';
}
