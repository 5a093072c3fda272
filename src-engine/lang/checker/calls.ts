import type * as ast from '../ast';
import type { CallInfo, LibFuncObj } from '../program';
import {
  type FuncType,
  INVALID,
  isInteger,
  isNumeric,
  isString,
  isUntyped,
  STRING,
  type Type,
  typeString,
  under,
  identical,
} from '../types';
import { assignTo } from './assign';
import { checkBuiltin } from './builtins';
import { checkLockCopy } from './copylocks';
import { checkPrintf } from './printf';
import { isByteOrRuneSliceConversion, runeToStringConversion } from './byteConv';
import type { Checker } from './Checker';
import { constString, normalizeForType, representable } from './constants';
import { exprString } from './exprString';
import { checkExpr, checkValue } from './expressions';
import { assignableType, describe, invalid, type Operand } from './operand';

/** How gc prints an argument's type in `have (...)`: untyped numbers are `number`. */
export function haveType(x: Operand): string {
  if (x.type.kind === 'basic') {
    switch (x.type.name) {
      case 'untyped int':
      case 'untyped rune':
      case 'untyped float':
        return 'number';
      case 'untyped string':
        return 'string';
      case 'untyped bool':
        return 'bool';
      case 'untyped nil':
        return 'nil';
      default:
        break;
    }
  }
  return typeString(x.type);
}

/** Checks the arguments of a call to a function of type `sig` (named `name` in messages). */
export function checkArgs(
  c: Checker,
  call: ast.CallExpr,
  sig: FuncType,
  name: string,
  args: Operand[],
): void {
  const params = sig.params;
  const nParams = params.length;
  const want = `(${params.map((p, i) => (sig.variadic && i === nParams - 1 && p.kind === 'slice' ? `...${typeString(p.elem)}` : typeString(p))).join(', ')})`;
  const have = `(${args.map(haveType).join(', ')})`;
  if (call.ellipsis && !sig.variadic) {
    c.error(call.ellipsis, `cannot use ... in call to non-variadic ${name}`);
    return;
  }
  const context = `argument to ${name}`;
  if (sig.variadic && !call.ellipsis) {
    if (args.length < nParams - 1) {
      c.error(
        call.args[call.args.length - 1]?.pos ?? call.pos,
        `not enough arguments in call to ${name}\n\thave ${have}\n\twant ${want}`,
      );
      return;
    }
    args.forEach((a, i) => {
      const p = i < nParams - 1 ? (params[i] as Type) : variadicElem(params[nParams - 1] as Type);
      if (assignTo(c, a, p, context)) checkLockCopy(c, a, `call of ${name} copies lock value`);
    });
    return;
  }
  if (args.length !== nParams) {
    const few = args.length < nParams;
    const last = call.args[call.args.length - 1];
    const pos = few ? (last?.pos ?? call.pos) : (args[nParams]?.expr.pos ?? call.rparen);
    c.error(
      pos,
      `${few ? 'not enough' : 'too many'} arguments in call to ${name}\n\thave ${have}\n\twant ${want}`,
    );
    return;
  }
  args.forEach((a, i) => {
    if (assignTo(c, a, params[i] as Type, context)) checkLockCopy(c, a, `call of ${name} copies lock value`);
  });
}

function variadicElem(t: Type): Type {
  return t.kind === 'slice' ? t.elem : INVALID;
}

/** Evaluates call arguments, spreading a single multi-value call `f(g())`. */
export function evalArgs(c: Checker, call: ast.CallExpr, hints: readonly Type[]): Operand[] {
  if (call.args.length === 1) {
    const only = call.args[0] as ast.Expr;
    const x = checkExpr(c, only, hints[0]);
    if (x.type.kind === 'tuple' && x.mode !== 'invalid') {
      return x.type.types.map((t) => ({ mode: 'value', type: t, value: null, expr: only }));
    }
    return [valueOnly(c, x)];
  }
  return call.args.map((a, i) => checkValue(c, a, hints[i]));
}

function valueOnly(c: Checker, x: Operand): Operand {
  if (x.mode === 'type' || x.mode === 'builtin' || x.mode === 'novalue') {
    if (x.mode === 'type') c.error(x.expr.pos, `${describe(x)} is not an expression`);
    else if (x.mode === 'builtin') c.error(x.expr.pos, `${describe(x)} must be called`);
    else c.error(x.expr.pos, `${describe(x)} used as value`);
    x.mode = 'invalid';
  }
  return x;
}

/**
 * Checks a call: conversion, builtin, library function, method of a library type, or call of a
 * function value. `discard` is set when the results are dropped (expression, go and defer statements).
 */
export function checkCall(c: Checker, call: ast.CallExpr, discard: boolean): Operand {
  let fun = call.fun;
  while (fun.kind === 'ParenExpr') fun = fun.x;
  c.callee = fun;
  const f = checkExpr(c, call.fun);
  c.callee = null;
  if (f.mode === 'invalid') {
    for (const a of call.args) checkExpr(c, a);
    return invalid(call);
  }
  if (f.mode === 'type') return checkConversion(c, call, f.type);
  if (f.mode === 'builtin' && f.builtin) {
    c.calls.set(call, { kind: 'builtin', name: f.builtin });
    return checkBuiltin(c, call, f.builtin);
  }
  const u = under(f.type);
  if (u.kind !== 'func') {
    for (const a of call.args) checkExpr(c, a);
    c.error(call.pos, `invalid operation: cannot call non-function ${describe(f)}`);
    return invalid(call);
  }
  const name = exprString(call.fun);
  const args = evalArgs(c, call, u.params);
  checkArgs(c, call, u, name, args);
  const info = callInfo(c, call.fun, u);
  c.calls.set(call, info);
  if (info.kind === 'library') checkPrintf(c, call, info.func, args);
  if (info.kind === 'library' && (info.func as LibFuncObj).resultsUnusable && !discard) {
    c.unsupported(call.pos, `using the results of ${name} is`);
    return invalid(call);
  }
  if (u.results.length === 0)
    return { mode: 'novalue', type: { kind: 'tuple', types: [] }, value: null, expr: call };
  if (u.results.length === 1) return { mode: 'value', type: u.results[0] as Type, value: null, expr: call };
  return { mode: 'value', type: { kind: 'tuple', types: u.results }, value: null, expr: call };
}

function callInfo(c: Checker, fun: ast.Expr, sig: FuncType): CallInfo {
  let e = fun;
  while (e.kind === 'ParenExpr') e = e.x;
  const id = e.kind === 'Ident' ? e : e.kind === 'SelectorExpr' ? e.sel : null;
  if (e.kind === 'SelectorExpr') {
    const sel = c.selections.get(e);
    if (sel !== undefined && sel.kind !== 'field') return { kind: 'declMethod', sel: e };
  }
  const obj = id ? c.uses.get(id) : undefined;
  if (obj?.kind === 'func') return { kind: 'func', func: obj };
  if (obj?.kind === 'libfunc') return { kind: 'library', func: obj };
  if (obj?.kind === 'method' && e.kind === 'SelectorExpr') {
    const recv = c.exprs.get(c.promotedRecv.get(e) ?? e.x);
    return {
      kind: 'method',
      method: obj,
      recvIsPointer: recv !== undefined && under(recv.type).kind === 'pointer',
    };
  }
  return { kind: 'value', type: sig };
}

function convertible(from: Type, to: Type): boolean {
  if (identical(under(from), under(to))) return true;
  if (under(to).kind === 'any' && assignableType(from, to)) return true;
  if (isNumeric(from) && isNumeric(to)) return true;
  return false;
}

/** Checks a conversion `T(x)`. */
function checkConversion(c: Checker, call: ast.CallExpr, t: Type): Operand {
  const ts = typeString(t);
  if (call.args.length !== 1) {
    for (const a of call.args) checkExpr(c, a);
    c.error(
      call.args.length === 0 ? call.rparen : call.pos,
      `${call.args.length === 0 ? 'missing argument' : 'too many arguments'} in conversion to ${ts}`,
    );
    return invalid(call);
  }
  c.calls.set(call, { kind: 'conversion', to: t });
  const x = checkValue(c, call.args[0] as ast.Expr);
  if (x.mode === 'invalid' || t.kind === 'invalid') return invalid(call);
  if (isString(t) && isInteger(x.type)) {
    const r = runeToStringConversion(c, call, x, t);
    if (r !== null) return r;
    c.unsupported(call.pos, `conversion from ${typeString(x.type)} to string is`);
    return invalid(call);
  }
  // string ↔ []byte / []rune (byteConv.ts).
  if (isByteOrRuneSliceConversion(x.type, t)) {
    if (isUntyped(x.type)) assignTo(c, x, STRING, 'conversion');
    return { mode: 'value', type: t, value: null, expr: call };
  }
  if (x.mode === 'constant' && x.value && isInteger(x.type) && isInteger(t) && representable(x.value, t)) {
    // types2 (go.dev/issue/63563): an integer constant that does not fit gets a concise message.
    c.error(x.expr.pos, `constant ${constString(x.value)} overflows ${ts}`);
    return invalid(call);
  }
  if (x.mode === 'constant' && x.value && isUntyped(x.type)) {
    const why = representable(x.value, t);
    if (why === null || (why === 'mismatch' && convertible(x.type, t))) {
      return { mode: 'constant', type: t, value: normalizeForType(x.value, t), expr: call };
    }
    c.error(x.expr.pos, `cannot convert ${describe(x)} to type ${ts}`);
    return invalid(call);
  }
  if (x.mode === 'constant' && x.value && isNumeric(t) && isNumeric(x.type)) {
    const why = representable(x.value, t);
    if (why) {
      // gc names an overflow, not a truncation (a float constant with a fraction converted to an integer type).
      c.error(
        x.expr.pos,
        `cannot convert ${describe(x)} to type ${ts}${why === 'truncated' ? '' : ` (${why})`}`,
      );
      return invalid(call);
    }
    return { mode: 'constant', type: t, value: x.value, expr: call };
  }
  if (isUntyped(x.type) && x.type.kind === 'basic' && x.type.name === 'untyped nil') {
    if (!assignTo(c, x, t, 'conversion')) return invalid(call);
    return { mode: 'value', type: t, value: null, expr: call };
  }
  if (isUntyped(x.type)) assignTo(c, x, t, 'conversion');
  else if (!convertible(x.type, t) && !(under(x.type).kind === 'chan' && under(t).kind === 'chan')) {
    c.error(x.expr.pos, `cannot convert ${describe(x)} to type ${ts}`);
    return invalid(call);
  } else if (under(x.type).kind === 'chan' && !assignTo(c, { ...x }, t, 'conversion')) return invalid(call);
  return { mode: 'value', type: t, value: null, expr: call };
}
