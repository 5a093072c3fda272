import type { Expr } from '../ast';
import type { BuiltinName, ConstValue, Mode } from '../program';
import { identical, INVALID, isUntyped, type Type, typeString, under } from '../types';
import { constString } from './constants';
import { exprString } from './exprString';
import { missingMethod } from './interfaces';

/** The result of checking an expression. */
export interface Operand {
  mode: Mode;
  type: Type;
  value: ConstValue | null;
  readonly expr: Expr;
  /** For mode `builtin`. */
  builtin?: BuiltinName;
}

/** An invalid operand for `expr` (errors already reported). */
export function invalid(expr: Expr): Operand {
  return { mode: 'invalid', type: INVALID, value: null, expr };
}

/** Describes an operand as gc does: `x (variable of type int)`, `1 (untyped int constant)`. */
export function describe(x: Operand): string {
  const s = exprString(x.expr);
  switch (x.mode) {
    case 'invalid':
      return `${s} (invalid operand)`;
    case 'novalue':
      return `${s} (no value)`;
    case 'builtin':
      return `${s} (built-in)`;
    case 'type':
      return `${s} (type)`;
    case 'constant': {
      if (x.type.kind === 'basic' && x.type.name === 'untyped nil') return 'nil';
      const v = x.value ? constString(x.value) : '';
      const showValue = v !== '' && v !== s;
      if (isUntyped(x.type))
        return `${s} (${x.type.kind === 'basic' ? x.type.name : ''} constant${showValue ? ' ' + v : ''})`;
      return `${s} (constant${showValue ? ' ' + v : ''} of type ${typeString(x.type)})`;
    }
    case 'variable':
      return `${s} (variable of type ${typeString(x.type)})`;
    case 'mapindex':
      return `${s} (map index expression of type ${typeString(x.type)})`;
    case 'value':
    case 'commaok':
      if (x.type.kind === 'basic' && x.type.name === 'untyped nil') return 'nil';
      if (isUntyped(x.type)) return `${s} (${x.type.kind === 'basic' ? x.type.name : ''} value)`;
      return `${s} (value of type ${typeString(x.type)})`;
  }
}

/**
 * Whether a value of type `v` (not untyped) is assignable to `t`: identical types, identical underlying
 * types when one is unnamed, bidirectional channels to directional ones, and anything to `any`.
 */
export function assignableType(v: Type, t: Type): boolean {
  if (v.kind === 'invalid' || t.kind === 'invalid') return true;
  if (identical(v, t)) return true;
  const vu = under(v);
  const tu = under(t);
  if (tu.kind === 'any') return missingMethod(v, tu) === null;
  if (
    (v.kind !== 'named' || t.kind !== 'named') &&
    identical(vu, tu) &&
    v.kind !== 'basic' &&
    t.kind !== 'basic'
  )
    return true;
  if (vu.kind === 'chan' && tu.kind === 'chan' && vu.dir === 'both' && identical(vu.elem, tu.elem)) {
    return v.kind !== 'named' || t.kind !== 'named';
  }
  return false;
}
