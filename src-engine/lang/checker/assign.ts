import {
  defaultType,
  hasNil,
  isBoolean,
  isNumeric,
  isString,
  isUntyped,
  type Type,
  typeString,
  under,
} from '../types';
import type { Checker } from './Checker';
import { normalizeForType, representable } from './constants';
import { assignableType, describe, type Operand } from './operand';
import { missingMethod, noteIfaceConversion } from './interfaces';

/** Records the final type of an operand after an implicit conversion. */
function setType(c: Checker, x: Operand, t: Type): void {
  x.type = t;
  const info = c.exprs.get(x.expr);
  if (info) info.type = t;
  if (x.value) x.value = normalizeForType(x.value, t);
}

function isNil(x: Operand): boolean {
  return x.type.kind === 'basic' && x.type.name === 'untyped nil';
}

/**
 * Converts an untyped operand to `target` (typed). Returns an error suffix-free reason when impossible:
 * `truncated`, `overflows` or `mismatch`; null on success.
 */
export function convertUntyped(
  c: Checker,
  x: Operand,
  target: Type,
): 'truncated' | 'overflows' | 'mismatch' | null {
  if (!isUntyped(x.type) || target.kind === 'invalid' || x.mode === 'invalid') return null;
  const iface = under(target);
  if (iface.kind === 'any') {
    if (isNil(x)) return null;
    if (!defaultize(c, x, 'argument')) return 'mismatch';
    return missingMethod(x.type, iface) === null ? null : 'mismatch';
  }
  if (isNil(x)) {
    if (!hasNil(target)) return 'mismatch';
    setType(c, x, target);
    return null;
  }
  if (x.value) {
    const why = representable(x.value, target);
    if (why) return why;
    setType(c, x, target);
    return null;
  }
  // Untyped non-constant values: booleans from comparisons, shifted constants.
  const ok =
    (isBoolean(x.type) && isBoolean(target)) ||
    (isNumeric(x.type) && isNumeric(target)) ||
    (isString(x.type) && isString(target));
  if (!ok) return 'mismatch';
  setType(c, x, target);
  return null;
}

/**
 * Gives an untyped operand its default type (`:=`, `var x = v`, arguments to fmt). Reports untyped nil
 * (`use of untyped nil in <context>`) and floating-point constants (outside the subset).
 */
export function defaultize(c: Checker, x: Operand, context: string): boolean {
  if (!isUntyped(x.type) || x.mode === 'invalid') return true;
  if (isNil(x)) {
    c.error(x.expr.pos, `use of untyped nil in ${context}`);
    x.mode = 'invalid';
    return false;
  }
  const t = defaultType(x.type);
  if (x.value && representable(x.value, t) === 'overflows') {
    c.error(x.expr.pos, `cannot use ${describe(x)} as ${typeString(t)} value in ${context} (overflows)`);
    x.mode = 'invalid';
    return false;
  }
  setType(c, x, t);
  return true;
}

/**
 * Checks that `x` can be assigned to a variable of type `t`, converting untyped operands, and reports
 * `cannot use x (…) as T value in <context>` like gc.
 */
export function assignTo(c: Checker, x: Operand, t: Type, context: string): boolean {
  if (x.mode === 'invalid' || t.kind === 'invalid') return false;
  if (x.mode === 'type' || x.mode === 'builtin' || x.mode === 'novalue') {
    reportNotValue(c, x);
    return false;
  }
  if (isUntyped(x.type)) {
    const why = convertUntyped(c, x, t);
    if (!why) {
      noteIfaceConversion(c, x, t);
      return true;
    }
    if ((x.mode as Operand['mode']) === 'invalid') return false; // already reported (e.g. a floating-point constant)
    const tu = under(t);
    if (isNil(x)) c.error(x.expr.pos, `cannot use nil as ${typeString(t)} value in ${context}`);
    else if (tu.kind === 'any' && !isUntyped(x.type))
      c.error(
        x.expr.pos,
        `cannot use ${describe(x)} as ${typeString(t)} value in ${context}: ${typeString(x.type)} does not implement ${typeString(t)} ${missingMethod(x.type, tu) ?? ''}`,
      );
    else
      c.error(
        x.expr.pos,
        `cannot use ${describe(x)} as ${typeString(t)} value in ${context}${why === 'mismatch' ? '' : ` (${why})`}`,
      );
    x.mode = 'invalid';
    return false;
  }
  if (assignableType(x.type, t)) {
    noteIfaceConversion(c, x, t);
    return true;
  }
  let why = '';
  const tu = under(t);
  if (tu.kind === 'any') {
    const missing = missingMethod(x.type, tu);
    if (missing !== null) why = `: ${typeString(x.type)} does not implement ${typeString(t)} ${missing}`;
  }
  c.error(x.expr.pos, `cannot use ${describe(x)} as ${typeString(t)} value in ${context}${why}`);
  x.mode = 'invalid';
  return false;
}

/** Reports a type, builtin or no-value operand used where a value is needed. */
export function reportNotValue(c: Checker, x: Operand): void {
  if (x.mode === 'type') c.error(x.expr.pos, `${describe(x)} is not an expression`);
  else if (x.mode === 'builtin') c.error(x.expr.pos, `${describe(x)} must be called`);
  else if (x.mode === 'novalue') c.error(x.expr.pos, `${describe(x)} used as value`);
  x.mode = 'invalid';
}
