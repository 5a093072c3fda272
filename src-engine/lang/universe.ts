import type { BuiltinName, BuiltinObj, ConstObj, NilObj, Obj, TypeObj } from './program';
import {
  ANY,
  BOOL,
  BYTE,
  ERROR,
  FLOAT32,
  FLOAT64,
  INT,
  INT64,
  RUNE,
  STRING,
  type Type,
  UINT,
  UINT32,
  INT8,
  INT32,
  UINT8,
  INT16,
  UINT16,
  UINTPTR,
  UINT64,
  UNTYPED_BOOL,
} from './types';

let nextId = -1;
function id(): number {
  return nextId--;
}

function typeObj(name: string, type: Type): TypeObj {
  return { kind: 'type', id: id(), name, type };
}

function builtin(name: BuiltinName): BuiltinObj {
  return { kind: 'builtin', id: id(), name };
}

function boolConst(name: string, v: boolean): ConstObj {
  return {
    kind: 'const',
    id: id(),
    name,
    type: UNTYPED_BOOL,
    value: { kind: 'bool', v },
    pos: null,
    used: true,
  };
}

/** The `iota` object; its value depends on the constant spec being checked. */
export const IOTA: ConstObj = {
  kind: 'const',
  id: id(),
  name: 'iota',
  type: INT,
  value: null,
  pos: null,
  used: true,
};

/** `nil`. */
export const NIL: NilObj = { kind: 'nil', id: id(), name: 'nil' };

/** The universe scope's objects that scenarios may use. */
export const UNIVERSE: ReadonlyMap<string, Obj> = new Map<string, Obj>([
  ['bool', typeObj('bool', BOOL)],
  ['int', typeObj('int', INT)],
  ['int64', typeObj('int64', INT64)],
  ['int32', typeObj('int32', INT32)],
  ['rune', typeObj('rune', RUNE)],
  ['uint8', typeObj('uint8', UINT8)],
  ['byte', typeObj('byte', BYTE)],
  ['uint', typeObj('uint', UINT)],
  ['uint32', typeObj('uint32', UINT32)],
  ['uint64', typeObj('uint64', UINT64)],
  ['int8', typeObj('int8', INT8)],
  ['int16', typeObj('int16', INT16)],
  ['uint16', typeObj('uint16', UINT16)],
  ['uintptr', typeObj('uintptr', UINTPTR)],
  ['float64', typeObj('float64', FLOAT64)],
  ['float32', typeObj('float32', FLOAT32)],
  ['string', typeObj('string', STRING)],
  ['any', typeObj('any', ANY)],
  ['error', typeObj('error', ERROR)],
  ['true', boolConst('true', true)],
  ['false', boolConst('false', false)],
  ['iota', IOTA],
  ['nil', NIL],
  ['append', builtin('append')],
  ['cap', builtin('cap')],
  ['clear', builtin('clear')],
  ['close', builtin('close')],
  ['copy', builtin('copy')],
  ['delete', builtin('delete')],
  ['len', builtin('len')],
  ['make', builtin('make')],
  ['new', builtin('new')],
  ['panic', builtin('panic')],
  ['print', builtin('print')],
  ['println', builtin('println')],
  ['recover', builtin('recover')],
]);

/** Predeclared Go names outside the subset, with the located message naming them. */
export const UNSUPPORTED_PREDECLARED: ReadonlyMap<string, string> = new Map<string, string>([
  ...['complex64', 'complex128'].map((n): [string, string] => [n, `${n} is not supported in scenarios`]),
  ['comparable', 'generics are not supported in scenarios'],
  ...['complex', 'real', 'imag', 'min', 'max'].map((n): [string, string] => [
    n,
    `${n} is not supported in scenarios`,
  ]),
]);
