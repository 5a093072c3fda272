/**
 * Facts about checked types that code generation needs: zero values, element layout for growslice, fmt
 * descriptors and integer kinds.
 */
import { DURATION, MUTEX, ONCE, RW_MUTEX, TIME, WAIT_GROUP } from '../../library';
import { type Type, typeString, under } from '../../types';
import type { TypeDesc } from '../fmt/typeDesc';
import type { IntKind } from '../runtime/ints';
import type { ElemInfo } from '../runtime/slices';
import type { RV } from '../runtime/types';

/** True for the sync types (values hold a lazily created handle). */
export function isSyncType(t: Type): boolean {
  return t === WAIT_GROUP || t === MUTEX || t === RW_MUTEX || t === ONCE;
}

/** The zero value of `t` (every zero value is a primitive in this representation). */
export function zeroOf(t: Type): RV {
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
    default:
      return 0;
  }
}

/** The integer kind of an integer type. */
export function intKind(t: Type): IntKind {
  const u = under(t);
  if (u.kind === 'basic' && u.name === 'uint8') return 'uint8';
  if (u.kind === 'basic' && (u.name === 'int32' || u.name === 'untyped rune')) return 'int32';
  return 'int64';
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
          return { size: 1, noscan: true };
        case 'int32':
          return { size: 4, noscan: true };
        case 'string':
          return { size: 16, noscan: false };
        default:
          return { size: 8, noscan: true };
      }
    case 'slice':
      return { size: 24, noscan: false };
    case 'struct':
      return { size: 0, noscan: true };
    default:
      return { size: 8, noscan: false };
  }
}

const elemCache = new Map<Type, ElemInfo>();

/** Element facts for slices of `t`. */
export function elemInfo(t: Type): ElemInfo {
  let e = elemCache.get(t);
  if (e === undefined) {
    e = { ...layout(t), zero: zeroOf(t) };
    elemCache.set(t, e);
  }
  return e;
}

/** The name reflect prints for `t` (`uint8` and `int32`, not byte and rune). */
function reflectName(t: Type): string {
  const u = t.kind === 'named' ? t : under(t);
  if (u.kind === 'basic') {
    if (u.name === 'untyped int') return 'int';
    if (u.name === 'untyped rune') return 'int32';
    if (u.name === 'untyped string') return 'string';
    if (u.name === 'untyped bool') return 'bool';
    return u.name;
  }
  switch (u.kind) {
    case 'slice':
      return `[]${reflectName(u.elem)}`;
    case 'chan': {
      const e = reflectName(u.elem);
      return u.dir === 'send' ? `chan<- ${e}` : u.dir === 'recv' ? `<-chan ${e}` : `chan ${e}`;
    }
    case 'pointer':
      return `*${reflectName(u.elem)}`;
    case 'map':
      return `map[${reflectName(u.key)}]${reflectName(u.elem)}`;
    case 'struct':
      return u.opaque === '' ? 'struct {}' : typeString(t);
    default:
      return typeString(t)
        .replace(/\bbyte\b/g, 'uint8')
        .replace(/\brune\b/g, 'int32');
  }
}

/** The fmt descriptor of `t`. */
export function typeDesc(t: Type): TypeDesc {
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
        case 'int32':
        case 'untyped rune':
          return { k: 'int32', name, elem: null };
        case 'untyped nil':
          return { k: 'nil', name: '<nil>', elem: null };
        default:
          return { k: 'int', name, elem: null };
      }
    case 'any':
      return { k: 'any', name: 'interface {}', elem: null };
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
