import type * as ast from '../ast';
import { isRealMember, isRealMethod, memberOf, packageMember } from '../library';
import type { ConstValue, Obj } from '../program';
import {
  INVALID,
  type Type,
  typeString,
  UNTYPED_FLOAT,
  UNTYPED_INT,
  UNTYPED_NIL,
  UNTYPED_RUNE,
  UNTYPED_STRING,
  under,
} from '../types';
import { UNSUPPORTED_PREDECLARED } from '../universe';
import { reportNotValue } from './assign';
import { checkBinary } from './binary';
import { checkCall } from './calls';
import type { Checker } from './Checker';
import { parseIntLit } from './constants';
import { checkFuncLit } from './funcs';
import { checkIndex, checkSliceExpr } from './indexing';
import { resolveGlobal } from './globals';
import { exprString } from './exprString';
import { checkMapLit } from './maps';
import { invalid, type Operand } from './operand';
import { resolveType } from './typeexpr';
import { checkUnary } from './unary';
import { checkDeref, checkStructLit } from './structs';
import { checkProgramSelector, isProgramSelectable } from './selectors';
import { checkTypeAssert } from './interfaces';

/** Checks an expression and records its mode, type and constant value. `hint` types elided literals. */
export function checkExpr(c: Checker, e: ast.Expr, hint?: Type): Operand {
  const x = checkExprInner(c, e, hint);
  c.exprs.set(e, { mode: x.mode, type: x.type, value: x.value });
  return x;
}

/** Checks an expression that must be a single value (not a type, builtin, no-value call or tuple). */
export function checkValue(c: Checker, e: ast.Expr, hint?: Type): Operand {
  const x = checkExpr(c, e, hint);
  if (x.mode === 'type' || x.mode === 'builtin' || x.mode === 'novalue') reportNotValue(c, x);
  else if (x.type.kind === 'tuple') {
    c.error(e.pos, `multiple-value ${describeTuple(x)} in single-value context`);
    x.mode = 'invalid';
  }
  return x;
}

function describeTuple(x: Operand): string {
  return `${exprString(x.expr)} (value of type ${typeString(x.type)})`;
}

function constant(e: ast.Expr, type: Type, value: ConstValue): Operand {
  return { mode: 'constant', type, value, expr: e };
}

function checkExprInner(c: Checker, e: ast.Expr, hint?: Type): Operand {
  switch (e.kind) {
    case 'BadExpr':
      return invalid(e);
    case 'Ident':
      return checkIdent(c, e);
    case 'BasicLit':
      return checkBasicLit(c, e);
    case 'ParenExpr': {
      const x = checkExpr(c, e.x, hint);
      return { ...x, expr: e };
    }
    case 'FuncLit':
      return { mode: 'value', type: checkFuncLit(c, e), value: null, expr: e };
    case 'CompositeLit':
      return checkCompositeLit(c, e, hint);
    case 'SelectorExpr':
      return checkSelector(c, e);
    case 'IndexExpr':
      return checkIndex(c, e);
    case 'SliceExpr':
      return checkSliceExpr(c, e);
    case 'CallExpr':
      return checkCall(c, e, false);
    case 'StarExpr': {
      const x = checkExpr(c, e.x);
      if (x.mode === 'invalid') return invalid(e);
      if (x.mode === 'type') return { mode: 'type', type: resolveType(c, e), value: null, expr: e };
      return checkDeref(c, e, x);
    }
    case 'TypeAssertExpr':
      return checkTypeAssert(c, e);
    case 'UnaryExpr':
      return checkUnary(c, e);
    case 'BinaryExpr':
      return checkBinary(c, e);
    case 'SliceType':
    case 'ArrayType':
    case 'ChanType':
    case 'FuncType':
    case 'StructType':
    case 'MapType':
    case 'InterfaceType':
      return { mode: 'type', type: resolveType(c, e), value: null, expr: e };
    case 'KeyValueExpr':
      // Keys are checked by the literal that holds them (map, struct, array and slice literals); a key elsewhere.
      c.unsupported(e.pos, 'keyed elements in this composite literal are');
      return invalid(e);
  }
}

/** Marks a variable as read and records closure captures. */
export function useObj(c: Checker, obj: Obj): void {
  if (obj.kind === 'var') {
    obj.used = true;
    if (obj.role === 'global') c.deps?.add(obj);
    else noteCapture(c, obj);
  } else if (obj.kind === 'func' || (obj.kind === 'const' && obj.pos !== null)) c.deps?.add(obj);
}

/** Records that the current function refers to `v`, capturing it if it belongs to an enclosing function. */
export function noteCapture(c: Checker, v: Obj): void {
  if (v.kind !== 'var' || v.role === 'global') return;
  for (let f = c.fn?.info ?? null; f && f !== v.owner; f = f.parent) {
    v.captured = true;
    if (!f.captures.includes(v)) f.captures.push(v);
  }
}

/** Resolves an identifier to its object, reporting `undefined: x` and unsupported predeclared names. */
export function lookupIdent(c: Checker, e: ast.Ident): Obj | undefined {
  if (e.name === '_') {
    c.error(e.pos, 'cannot use _ as value');
    return undefined;
  }
  const found = c.scope.lookup(e.name);
  if (!found) {
    const msg = UNSUPPORTED_PREDECLARED.get(e.name);
    c.error(e.pos, msg ?? `undefined: ${e.name}`);
    return undefined;
  }
  c.uses.set(e, found.obj);
  if ((found.obj.kind === 'var' || found.obj.kind === 'const') && found.scope === c.pkgScope)
    resolveGlobal(c, found.obj);
  return found.obj;
}

function checkIdent(c: Checker, e: ast.Ident): Operand {
  const obj = lookupIdent(c, e);
  if (!obj) return invalid(e);
  useObj(c, obj);
  switch (obj.kind) {
    case 'var':
      if (obj.type.kind === 'invalid') return invalid(e);
      return { mode: 'variable', type: obj.type, value: null, expr: e };
    case 'const':
      if (obj.name === 'iota' && obj.pos === null && obj.value === null) {
        if (c.iota === null) {
          c.error(e.pos, 'cannot use iota outside constant declaration');
          return invalid(e);
        }
        return constant(e, UNTYPED_INT, { kind: 'int', v: c.iota });
      }
      if (!obj.value) return invalid(e);
      return constant(e, obj.type, obj.value);
    case 'type':
      return { mode: 'type', type: obj.type, value: null, expr: e };
    case 'func':
    case 'libfunc':
    case 'libvar':
      return { mode: 'value', type: obj.type, value: null, expr: e };
    case 'builtin':
      return { mode: 'builtin', type: INVALID, value: null, expr: e, builtin: obj.name };
    case 'nil':
      return { mode: 'value', type: UNTYPED_NIL, value: null, expr: e };
    case 'package':
      obj.used = true;
      c.error(e.pos, `use of package ${obj.name} not in selector`);
      return invalid(e);
    case 'method':
    case 'field':
      return invalid(e);
  }
}

function checkBasicLit(c: Checker, e: ast.BasicLit): Operand {
  if (e.bad) return invalid(e);
  switch (e.litKind) {
    case 'int':
      return constant(e, UNTYPED_INT, { kind: 'int', v: parseIntLit(e.value) });
    case 'float': {
      const r = parseDecimalLit(e.value);
      if (r === null)
        return constant(e, UNTYPED_FLOAT, { kind: 'float', v: Number(e.value.replace(/_/g, '')) });
      return constant(e, UNTYPED_FLOAT, { kind: 'float', v: ratToDouble(r), r });
    }
    case 'imag':
      c.unsupported(e.pos, 'complex numbers are');
      return invalid(e);
    case 'char':
      return constant(e, UNTYPED_RUNE, { kind: 'int', v: BigInt(Number(e.value)) });
    case 'string':
      return constant(e, UNTYPED_STRING, { kind: 'string', v: e.value });
  }
}

function checkSelector(c: Checker, e: ast.SelectorExpr): Operand {
  const isCallee = c.callee === e;
  c.callee = null;
  if (e.x.kind === 'Ident') {
    const found = c.scope.lookup(e.x.name);
    if (found && found.obj.kind === 'package') {
      const pkg = found.obj;
      pkg.used = true;
      if (c.badPackages.has(pkg)) return invalid(e);
      c.uses.set(e.x, pkg);
      const m = packageMember(pkg.path, e.sel.name);
      if (!m) {
        if (isRealMember(pkg.path, e.sel.name)) c.unsupported(e.sel.pos, `${pkg.path}.${e.sel.name} is`);
        else c.error(e.sel.pos, `undefined: ${pkg.name}.${e.sel.name}`);
        return invalid(e);
      }
      if (m.kind !== 'type') c.uses.set(e.sel, m);
      if (m.kind === 'const') return constant(e, m.type, m.value ?? { kind: 'int', v: 0n });
      if (m.kind === 'type') return { mode: 'type', type: m.type, value: null, expr: e };
      return { mode: 'value', type: m.type, value: null, expr: e };
    }
  }
  if (namesType(c, e.x)) {
    c.unsupported(e.pos, `method expressions (${exprString(e)}) are`);
    return invalid(e);
  }
  const x = checkValue(c, e.x);
  if (x.mode === 'invalid' || x.type.kind === 'invalid') return invalid(e);
  if (isProgramSelectable(x.type)) return checkProgramSelector(c, e, x, isCallee);
  let t: Type = x.type;
  const u = under(t);
  if (u.kind === 'pointer') t = u.elem;
  const m = t.kind === 'named' ? memberOf(t, e.sel.name) : undefined;
  if (!m && t.kind === 'named' && isRealMethod(t.name, e.sel.name)) {
    c.unsupported(e.sel.pos, `${t.name}.${e.sel.name} is`);
    return invalid(e);
  }
  if (!m) {
    c.error(
      e.sel.pos,
      `${exprString(e)} undefined (type ${typeString(x.type)} has no field or method ${e.sel.name})`,
    );
    return invalid(e);
  }
  c.uses.set(e.sel, m);
  if (m.kind === 'field') return { mode: 'value', type: m.type, value: null, expr: e };
  if (!isCallee) {
    c.unsupported(e.pos, `method values (${exprString(e)} without a call) are`);
    return invalid(e);
  }
  return { mode: 'value', type: m.type, value: null, expr: e };
}

/** True when `e` spells a declared type or a pointer to one (`T`, `(*T)`): the base of a method expression. */
function namesType(c: Checker, e: ast.Expr): boolean {
  while (e.kind === 'ParenExpr' || e.kind === 'StarExpr') e = e.x;
  if (e.kind !== 'Ident') return false;
  const found = c.scope.lookup(e.name);
  return found !== undefined && found.obj.kind === 'type';
}

import { checkArrayLit, checkIndexedElts, literalArrayType } from './arrays';
import { parseDecimalLit, ratToDouble } from './exactFloat';

function checkCompositeLit(c: Checker, e: ast.CompositeLit, hint?: Type): Operand {
  let t: Type;
  if (e.type === null) {
    if (!hint) {
      c.error(e.pos, 'invalid composite literal type: missing type');
      return invalid(e);
    }
    t = hint;
  } else t = literalArrayType(c, e) ?? resolveType(c, e.type);
  if (t.kind === 'invalid') {
    // Keys may be field names of the unknown type: only the values are checked (for their uses).
    for (const el of e.elts) checkExpr(c, el.kind === 'KeyValueExpr' ? el.value : el);
    return invalid(e);
  }
  const u = under(t);
  if (u.kind === 'slice') {
    checkIndexedElts(c, e.elts, u.elem, null);
    return { mode: 'value', type: t, value: null, expr: e };
  }
  if (u.kind === 'map') return checkMapLit(c, e, t, u);
  if (u.kind === 'array') return checkArrayLit(c, e, t, u);
  if (u.kind === 'struct') {
    if (u.fields !== undefined && u.fields.length > 0) checkStructLit(c, e, t, u.fields);
    else if (e.elts.length > 0) {
      const first = e.elts[0] as ast.Expr;
      c.error(first.pos, `too many values in ${typeString(t)}{…}`);
    }
    return { mode: 'value', type: t, value: null, expr: e };
  }
  c.error(e.pos, `invalid composite literal type ${typeString(t)}`);
  return invalid(e);
}
