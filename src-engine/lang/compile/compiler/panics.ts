/** The text Go prints after `panic: ` for a panic value of a given static type (`printpanicval`). */
import { DURATION } from '../../library';
import { type Type, under } from '../../types';
import { durationText } from '../fmt/duration';
import { toText } from '../runtime/strings';
import type { AnyBox, RV } from '../runtime/types';
import { typeDesc } from './typeInfo';

/** `printpanicval` of a boxed value (a runtime error's box holds its message). */
function boxMessage(b: AnyBox): string {
  switch (b.d.k) {
    case 'string':
      return toText(b.v as string);
    case 'bool':
      return String(b.v);
    case 'int':
    case 'int32':
    case 'uint8':
      return b.d.name.includes('.') ? `${b.d.name}(${String(b.v)})` : String(b.v);
    default:
      return `(${b.d.name}) 0xc000012000`;
  }
}

/** Returns the message builder for panic values of type `t` (`isNil`: the literal `nil`). */
export function panicMessage(t: Type, isNil: boolean): (v: RV) => string {
  if (isNil) return () => 'panic called with nil argument';
  // A recovered value panicked again: the message of its dynamic type.
  if (t.kind === 'any')
    return (v) => (v === null ? 'panic called with nil argument' : boxMessage(v as AnyBox));
  if (t === DURATION) return (v) => durationText(v as number);
  const u = under(t);
  if (u.kind === 'basic') {
    if (u.name === 'string' || u.name === 'untyped string') return (v) => toText(v as string);
    if (u.name === 'bool' || u.name === 'untyped bool') return (v) => String(v);
    const str = (v: RV): string =>
      typeof v === 'number' && !Number.isSafeInteger(v) ? BigInt(v).toString() : String(v);
    if (t.kind === 'named') return (v) => `${t.name}(${str(v)})`;
    return str;
  }
  const name = typeDesc(t).name;
  return () => `(${name}) 0xc000012000`;
}
