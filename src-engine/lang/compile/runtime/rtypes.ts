/**
 * Dynamic types of interface values. An interface value is null (nil) or a box `{t, v}`: `t` indexes the
 * process-wide table of dynamic types below, `v` is the value in its usual representation. Boxes are plain
 * data (keyframes deep-clone them); the table is code-side and never changes an entry once registered.
 */
import type { TypeDesc } from '../fmt/typeDesc';
import type { RV } from './types';

/** An interface value that is not nil. */
export interface Box {
  readonly t: number;
  readonly v: RV;
}

/** A dynamic type: its name as reflect prints it (`main.T`, `*main.T`, `int`) and its fmt descriptor. */
export interface RtType {
  readonly name: string;
  readonly desc: TypeDesc;
}

const table: RtType[] = [];
const index = new Map<string, number>();

/** The id of the dynamic type with canonical key `key`, registering it (with `make`) on first use. */
export function rtTypeId(key: string, make: () => RtType): number {
  let id = index.get(key);
  if (id === undefined) {
    id = table.length;
    index.set(key, id);
    table.push(make());
  }
  return id;
}

/** The id the next registered type gets (for registration callbacks). */
export function nextRtId(): number {
  return table.length;
}

/** The dynamic type with id `id`. */
export function rtType(id: number): RtType {
  return table[id] as RtType;
}
