/** The text Go prints after `panic: ` for a panic value of a given static type (`printpanicval`). */
import { DURATION } from '../../library';
import { type Type, under } from '../../types';
import { durationText } from '../fmt/duration';
import { toText } from '../runtime/strings';
import type { RV } from '../runtime/types';
import { typeDesc } from './typeInfo';
import { type Box, rtType } from '../runtime/rtypes';

const PREDECLARED_INTS: ReadonlySet<string> = new Set(
  'int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64 uintptr'.split(' '),
);

/** Returns the message builder for panic values of type `t` (`isNil`: the literal `nil`). */
export function panicMessage(t: Type, isNil: boolean): (v: RV) => string {
  if (isNil) return () => 'panic called with nil argument';
  if (t === DURATION) return (v) => durationText(v as number);
  const u = under(t);
  if (u.kind === 'basic') {
    if (u.name === 'string' || u.name === 'untyped string') return (v) => toText(v as string);
    if (u.name === 'bool' || u.name === 'untyped bool') return (v) => String(v);
    // Integers are numbers or (beyond ±2^53) bigints, whose String has every digit and no suffix.
    const str = (v: RV): string => String(v);
    if (t.kind === 'named') return (v) => `${t.name}(${str(v)})`;
    return str;
  }
  if (u.kind === 'any') {
    // printpanicval of the dynamic value: an error's message, a string, a number; else type and address.
    return (v) => {
      if (v === null) return 'panic called with nil argument';
      const box = v as Box;
      const d = rtType(box.t).desc;
      if (d.k === 'errstr') return toText((box.v as string[])[0] as string);
      if (d.k === 'string')
        return d.name === 'string'
          ? toText(box.v as string)
          : `${d.name}(${JSON.stringify(toText(box.v as string))})`;
      if (d.k === 'int' || d.k === 'uint' || d.k === 'int32' || d.k === 'uint8') {
        const s = String(box.v);
        return PREDECLARED_INTS.has(d.name) ? s : `${d.name}(${s})`;
      }
      if (d.k === 'bool') return String(box.v);
      return `(${d.name}) 0xc000012000`;
    };
  }
  const name = typeDesc(t).name;
  return () => `(${name}) 0xc000012000`;
}
