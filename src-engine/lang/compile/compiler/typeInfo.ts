/**
 * Facts about checked types that code generation needs: zero values, element layout for growslice, fmt
 * descriptors and integer kinds.
 */
import { DURATION, MUTEX, ONCE, RW_MUTEX, TIME, WAIT_GROUP } from '../../library';
import { ERROR, type Type, typeString, under } from '../../types';
import type { TypeDesc } from '../fmt/typeDesc';
import type { IntKind } from '../runtime/ints';
import type { ElemInfo } from '../runtime/slices';
import type { RV } from '../runtime/types';
import { copierOf, isStructValue, setPrimitiveZero, zeroMakerOf } from './values';

/** True for the sync types (values hold a lazily created handle). */
export function isSyncType(t: Type): boolean {
  return t === WAIT_GROUP || t === MUTEX || t === RW_MUTEX || t === ONCE;
}

/**
 * The zero value of `t`: a primitive, or for a struct type with fields a fresh array on every call (callers
 * that keep a zero value to reuse must use {@link zeroMakerOf} for struct types; see values.ts).
 */
export function zeroOf(t: Type): RV {
  if (isStructValue(t)) return zeroMakerOf(t)();
  const u = under(t);
  switch (u.kind) {
    case 'basic':
      if (u.name === 'bool' || u.name === 'untyped bool') return false;
      if (u.name === 'string' || u.name === 'untyped string') return '';
      if (u.name === 'untyped nil') return null;
      return 0;
    case 'slice':
    case 'map':
    case 'func':
    case 'any':
      return null;
    case 'pointer':
      // Handles of sync and timer values are numbers (0: nil); other pointers are references (null: nil).
      return isHandleType(u.elem) ? 0 : null;
    default:
      return 0;
  }
}
setPrimitiveZero(zeroOf);

/** A function returning the zero value of `t` (fresh for struct types, shared otherwise). */
export function zeroFn(t: Type): () => RV {
  if (isStructValue(t)) return zeroMakerOf(t);
  const z = zeroOf(t);
  return () => z;
}

/** True for types whose pointers are engine handles (sync values, timers, tickers, atomics, files). */
export function isHandleType(t: Type): boolean {
  // sync.Pool has a real field (New): its pointers are references to its storage, like a program struct's.
  return (
    t.kind === 'named' &&
    t.declared === undefined &&
    t.underlying.kind === 'struct' &&
    t.underlying.fields === undefined
  );
}

/** The integer kind of an integer type. */
export function intKind(t: Type): IntKind {
  const u = under(t);
  if (u.kind !== 'basic') return 'int64';
  switch (u.name) {
    case 'int8':
    case 'int16':
    case 'int32':
    case 'uint8':
    case 'uint16':
    case 'uint32':
    case 'uint64':
      return u.name;
    case 'untyped rune':
      return 'int32';
    case 'uint':
    case 'uintptr':
      return 'uint64';
    default:
      return 'int64';
  }
}

/** Size in bytes and pointer-freedom of a type, as Go lays it out on amd64. */
function layout(t: Type): { size: number; noscan: boolean } {
  if (t === TIME) return { size: 24, noscan: false };
  if (t === WAIT_GROUP) return { size: 16, noscan: true };
  if (t === MUTEX) return { size: 8, noscan: true };
  if (t === RW_MUTEX) return { size: 24, noscan: true };
  if (t === ONCE) return { size: 12, noscan: true };
  const u = under(t);
  switch (u.kind) {
    case 'basic':
      switch (u.name) {
        case 'bool':
        case 'uint8':
        case 'int8':
          return { size: 1, noscan: true };
        case 'int16':
        case 'uint16':
          return { size: 2, noscan: true };
        case 'int32':
        case 'uint32':
        case 'float32':
          return { size: 4, noscan: true };
        case 'string':
          return { size: 16, noscan: false };
        default:
          return { size: 8, noscan: true };
      }
    case 'slice':
      return { size: 24, noscan: false };
    case 'array': {
      const l = layout(u.elem);
      return { size: l.size * u.len, noscan: l.noscan };
    }
    case 'struct': {
      // Fields at their alignment (amd64: a field's alignment is its size up to 8, a struct's its largest).
      let size = 0;
      let maxAlign = 1;
      let noscan = true;
      for (const f of u.fields ?? []) {
        const l = layout(f.type);
        const align = alignOf(f.type, l.size);
        maxAlign = Math.max(maxAlign, align);
        size = Math.ceil(size / align) * align + l.size;
        noscan &&= l.noscan;
      }
      if (size > 0) size = Math.ceil(size / maxAlign) * maxAlign;
      return { size, noscan };
    }
    case 'any':
      return { size: 16, noscan: false };
    default:
      return { size: 8, noscan: false };
  }
}

function alignOf(t: Type, size: number): number {
  const u = under(t);
  if (u.kind === 'struct') {
    let a = 1;
    for (const f of u.fields ?? []) a = Math.max(a, alignOf(f.type, layout(f.type).size));
    return u.opaque !== '' ? 8 : a;
  }
  if (u.kind === 'basic') return Math.min(8, Math.max(1, size));
  if (u.kind === 'array') return alignOf(u.elem, layout(u.elem).size);
  return 8;
}

const elemCache = new Map<Type, ElemInfo>();

/** Element facts for slices of `t`. */
export function elemInfo(t: Type): ElemInfo {
  let e = elemCache.get(t);
  if (e === undefined) {
    e = isStructValue(t)
      ? { ...layout(t), zero: null, fresh: { mk: zeroMakerOf(t), copy: copierOf(t) } }
      : { ...layout(t), zero: zeroOf(t) };
    elemCache.set(t, e);
  }
  return e;
}

/** The name reflect prints for `t` (`uint8` and `int32`, not byte and rune; `main.T` for program types). */
export function reflectName(t: Type): string {
  if (t.kind === 'named' && t.declared) return `main.${t.name}`;
  if (t === ERROR) return 'error';
  const u = t.kind === 'named' ? t : under(t);
  if (u.kind === 'basic') {
    if (u.name === 'untyped int') return 'int';
    if (u.name === 'untyped rune') return 'int32';
    if (u.name === 'untyped string') return 'string';
    if (u.name === 'untyped bool') return 'bool';
    if (u.name === 'untyped float') return 'float64';
    return u.name;
  }
  switch (u.kind) {
    case 'slice':
      return `[]${reflectName(u.elem)}`;
    case 'array':
      return `[${u.len}]${reflectName(u.elem)}`;
    case 'chan': {
      const e = reflectName(u.elem);
      return u.dir === 'send' ? `chan<- ${e}` : u.dir === 'recv' ? `<-chan ${e}` : `chan ${e}`;
    }
    case 'pointer':
      return `*${reflectName(u.elem)}`;
    case 'map':
      return `map[${reflectName(u.key)}]${reflectName(u.elem)}`;
    case 'struct':
      if (u.fields !== undefined && u.fields.length > 0)
        return `struct { ${u.fields.map((f) => (f.embedded ? reflectName(f.type) : `${f.name} ${reflectName(f.type)}`)).join('; ')} }`;
      return u.opaque === '' ? 'struct {}' : typeString(t);
    case 'any':
      return (u.methods ?? []).length === 0
        ? 'interface {}'
        : `interface { ${(u.methods ?? []).map((m) => m.name + typeString(m.type).slice(4)).join('; ')} }`;
    default:
      return typeString(t)
        .replace(/\bbyte\b/g, 'uint8')
        .replace(/\brune\b/g, 'int32');
  }
}

const descs = new Map<Type, TypeDesc>();

/** The fmt descriptor of `t` (memoized: program types may refer to themselves through pointers). */
export function typeDesc(t: Type): TypeDesc {
  let d = descs.get(t);
  if (d !== undefined) return d;
  const arr = under(t);
  if (arr.kind === 'array') {
    const a: { k: 'array'; name: string; elem: TypeDesc | null } = {
      k: 'array',
      name: reflectName(t),
      elem: null,
    };
    descs.set(t, a);
    a.elem = typeDesc(arr.elem);
    return a;
  }
  if (isStructValue(t)) {
    const u = under(t);
    const fields: { name: string; desc: TypeDesc }[] = [];
    d = { k: 'struct', name: reflectName(t), elem: null, fields };
    descs.set(t, d);
    for (const f of u.kind === 'struct' ? (u.fields ?? []) : [])
      fields.push({ name: f.name, desc: typeDesc(f.type) });
    return d;
  }
  const u = under(t);
  if (u.kind === 'pointer' && isStructValue(u.elem)) {
    const p: { k: 'ptr'; name: string; elem: TypeDesc | null } = {
      k: 'ptr',
      name: reflectName(t),
      elem: null,
    };
    descs.set(t, p);
    p.elem = typeDesc(u.elem);
    return p;
  }
  if (u.kind === 'any') d = { k: 'iface', name: reflectName(t), elem: null };
  else d = plainDesc(t);
  descs.set(t, d);
  return d;
}

function plainDesc(t: Type): TypeDesc {
  const name = reflectName(t);
  if (t === DURATION) return { k: 'dur', name, elem: null };
  if (t === TIME) return { k: 'time', name, elem: null };
  if (isSyncType(t)) return { k: 'sync', name, elem: null };
  const u = under(t);
  switch (u.kind) {
    case 'basic':
      switch (u.name) {
        case 'bool':
        case 'untyped bool':
          return { k: 'bool', name, elem: null };
        case 'string':
        case 'untyped string':
          return { k: 'string', name, elem: null };
        case 'uint8':
          return { k: 'uint8', name, elem: null };
        case 'uint':
        case 'uint16':
        case 'uint32':
        case 'uint64':
        case 'uintptr':
          return { k: 'uint', name, elem: null };
        case 'int32':
        case 'untyped rune':
          return { k: 'int32', name, elem: null };
        case 'untyped nil':
          return { k: 'nil', name: '<nil>', elem: null };
        case 'float64':
        case 'untyped float':
          return { k: 'float64', name: name === 'untyped float' ? 'float64' : name, elem: null };
        case 'float32':
          return { k: 'float32', name, elem: null };
        default:
          return { k: 'int', name, elem: null };
      }
    case 'any':
      return { k: 'iface', name, elem: null };
    case 'slice':
      return { k: 'slice', name, elem: typeDesc(u.elem) };
    case 'map':
      return { k: 'map', name, elem: typeDesc(u.elem), key: typeDesc(u.key) };
    case 'chan':
      return { k: 'chan', name, elem: null };
    case 'func':
      return { k: 'func', name, elem: null };
    case 'pointer':
      return { k: 'ptr', name, elem: null };
    default:
      return { k: 'struct', name, elem: null };
  }
}
