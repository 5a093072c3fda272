/**
 * Map keys of array and struct type: Go compares them element by element (field by field), while a JS Map
 * compares objects by identity. Such a map keys its JS Map by the first key object stored for each value and
 * finds it again through a canonical string of the key's leaves (runtime/maps.ts `vk…`).
 */
import { isFloat, type Type, under } from '../../types';
import type { KeyEnc } from '../runtime/maps';
import type { RV } from '../runtime/types';

/** A NaN never equals itself, so a key holding one never finds an entry: each encoding is unique. */
let nanKeys = 0;

const encoders = new Map<Type, KeyEnc | null>();

/** The canonical encoding of keys of type `t` when they are arrays or structs; null for primitive keys. */
export function keyEncoderOf(t: Type): KeyEnc | null {
  const u = under(t);
  if (u.kind !== 'array' && u.kind !== 'struct') return null;
  let enc = encoders.get(t);
  if (enc === undefined) {
    enc = leafEncoder(t);
    encoders.set(t, enc);
  }
  return enc;
}

function leafEncoder(t: Type): KeyEnc {
  const u = under(t);
  if (u.kind === 'array') {
    const el = leafEncoder(u.elem);
    return (v) => {
      const a = v as RV[];
      let s = '[';
      for (let i = 0; i < a.length; i++) s += (i > 0 ? ',' : '') + el(a[i]);
      return s + ']';
    };
  }
  if (u.kind === 'struct') {
    const fs = (u.fields ?? []).map((f) => leafEncoder(f.type));
    if (fs.length === 0) return () => '{}';
    return (v) => {
      const a = v as RV[];
      let s = '{';
      for (let i = 0; i < fs.length; i++) s += (i > 0 ? ',' : '') + (fs[i] as KeyEnc)(a[i]);
      return s + '}';
    };
  }
  if (isFloat(t))
    // +0 and -0 are equal keys; NaN equals nothing.
    return (v) => (Number.isNaN(v) ? `NaN#${nanKeys++}` : v === 0 ? '0' : String(v));
  // Integers (numbers or BigInts: one canonical form per value), strings, booleans and channel handles.
  return (v) => (typeof v === 'string' ? JSON.stringify(v) : String(v));
}
