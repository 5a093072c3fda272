import type * as ast from '../ast';
import type { BuiltinName } from '../program';
import { utf8Length } from '../source';
import {
  ANY,
  defaultType,
  INT,
  STRING,
  isString,
  isUntyped,
  type Type,
  typeString,
  under,
  UNTYPED_NIL,
} from '../types';
import { assignTo } from './assign';
import type { Checker } from './Checker';
import { exprString } from './exprString';
import { checkExpr, checkValue } from './expressions';
import { describe, invalid, type Operand } from './operand';
import { checkIndexValue } from './indexing';
import { checkClear, checkDelete } from './maps';
import { resolveType } from './typeexpr';
import { checkNew } from './structs';
import { byteOrRuneElem, checkCopy } from './byteConv';

const arity: Record<BuiltinName, [number, number]> = {
  append: [1, Infinity],
  cap: [1, 1],
  clear: [1, 1],
  close: [1, 1],
  copy: [2, 2],
  delete: [2, 2],
  len: [1, 1],
  make: [1, 3],
  panic: [1, 1],
  print: [0, Infinity],
  println: [0, Infinity],
  recover: [0, 0],
  new: [1, 1],
};

/** Checks a call of `append`, `cap`, `close`, `len`, `make` or `panic`. */
export function checkBuiltin(c: Checker, call: ast.CallExpr, name: BuiltinName): Operand {
  const [min, max] = arity[name];
  const n = call.args.length;
  if (n < min || n > max) {
    for (const a of call.args) checkExpr(c, a);
    const what = n < min ? 'not enough' : 'too many';
    const expected = name === 'append' ? `at least ${min}` : `${min}`;
    c.error(
      call.pos,
      `invalid operation: ${what} arguments for ${exprString(call)} (expected ${expected}, found ${n})`,
    );
    return invalid(call);
  }
  if (call.ellipsis && name !== 'append') {
    c.error(call.ellipsis, `invalid operation: invalid use of ... with built-in ${name}`);
    return invalid(call);
  }
  switch (name) {
    case 'len':
    case 'cap':
      return checkLenCap(c, call, name);
    case 'close':
      return checkClose(c, call);
    case 'delete':
      return checkDelete(c, call);
    case 'clear':
      return checkClear(c, call);
    case 'copy':
      return checkCopy(c, call);
    case 'panic': {
      const x = checkValue(c, call.args[0] as ast.Expr);
      if (x.mode !== 'invalid') assignTo(c, x, ANY, 'argument to panic');
      return { mode: 'novalue', type: { kind: 'tuple', types: [] }, value: null, expr: call };
    }
    case 'append':
      return checkAppend(c, call);
    case 'make':
      return checkMake(c, call);
    case 'new':
      return checkNew(c, call);
    case 'print':
    case 'println':
      return checkPrint(c, call, name);
    case 'recover':
      return { mode: 'value', type: ANY, value: null, expr: call };
  }
}

/**
 * `print`/`println` write to standard error with the runtime's own formatting. Only basic values are
 * accepted: for pointers, channels, slices and funcs the runtime prints memory addresses, which no
 * simulation can reproduce.
 */
function checkPrint(c: Checker, call: ast.CallExpr, name: 'print' | 'println'): Operand {
  for (const a of call.args) {
    const x = checkValue(c, a);
    if (x.mode === 'invalid') continue;
    if (isUntyped(x.type)) {
      if (x.type === UNTYPED_NIL) {
        c.error(a.pos, `use of untyped nil in argument to built-in ${name}`);
        continue;
      }
      assignTo(c, x, defaultType(x.type), `argument to built-in ${name}`);
      continue;
    }
    if (under(x.type).kind !== 'basic') {
      c.unsupported(
        a.pos,
        `${name} of ${typeString(x.type)} values (the runtime prints a memory address) is`,
      );
    }
  }
  return { mode: 'novalue', type: { kind: 'tuple', types: [] }, value: null, expr: call };
}

function checkLenCap(c: Checker, call: ast.CallExpr, name: 'len' | 'cap'): Operand {
  const x = checkValue(c, call.args[0] as ast.Expr);
  if (x.mode === 'invalid') return invalid(call);
  const u = under(x.type);
  if (name === 'len' && isString(x.type)) {
    if (x.mode === 'constant' && x.value?.kind === 'string') {
      const bytes = utf8Length(x.value.v);
      return { mode: 'constant', type: INT, value: { kind: 'int', v: BigInt(bytes) }, expr: call };
    }
    return { mode: 'value', type: INT, value: null, expr: call };
  }
  if (u.kind === 'array') return arrayLen(call, x, u.len);
  if (u.kind === 'pointer' && under(u.elem).kind === 'array')
    return arrayLen(call, x, (under(u.elem) as { len: number }).len);
  if (u.kind === 'slice' || u.kind === 'chan' || (name === 'len' && u.kind === 'map'))
    return { mode: 'value', type: INT, value: null, expr: call };
  c.error(x.expr.pos, `invalid argument: ${describe(x)} for built-in ${name}`);
  return invalid(call);
}

/** len/cap of an array: a constant unless the operand contains a call or a receive (spec "Length and capacity"). */
function arrayLen(call: ast.CallExpr, x: Operand, n: number): Operand {
  const constant = !hasCallOrRecv(x.expr);
  return constant
    ? { mode: 'constant', type: INT, value: { kind: 'int', v: BigInt(n) }, expr: call }
    : { mode: 'value', type: INT, value: null, expr: call };
}

function hasCallOrRecv(e: ast.Expr): boolean {
  switch (e.kind) {
    case 'CallExpr':
      return true;
    case 'UnaryExpr':
      return e.op === '<-' || hasCallOrRecv(e.x);
    case 'ParenExpr':
    case 'StarExpr':
      return hasCallOrRecv(e.x);
    case 'SelectorExpr':
      return hasCallOrRecv(e.x);
    case 'IndexExpr':
      return hasCallOrRecv(e.x) || hasCallOrRecv(e.index);
    case 'BinaryExpr':
      return hasCallOrRecv(e.x) || hasCallOrRecv(e.y);
    case 'Ident':
    case 'BasicLit':
      return false;
    default:
      return true;
  }
}

function checkClose(c: Checker, call: ast.CallExpr): Operand {
  const x = checkValue(c, call.args[0] as ast.Expr);
  const none: Operand = { mode: 'novalue', type: { kind: 'tuple', types: [] }, value: null, expr: call };
  if (x.mode === 'invalid') return none;
  const u = under(x.type);
  if (u.kind !== 'chan') c.error(x.expr.pos, `invalid operation: cannot close non-channel ${describe(x)}`);
  else if (u.dir === 'recv')
    c.error(x.expr.pos, `invalid operation: cannot close receive-only channel ${describe(x)}`);
  return none;
}

function checkAppend(c: Checker, call: ast.CallExpr): Operand {
  const s = checkValue(c, call.args[0] as ast.Expr);
  if (s.mode === 'invalid') {
    for (const a of call.args.slice(1)) checkExpr(c, a);
    return invalid(call);
  }
  const u = under(s.type);
  if (u.kind !== 'slice') {
    for (const a of call.args.slice(1)) checkExpr(c, a);
    if (isUntyped(s.type) && s.type.kind === 'basic' && s.type.name === 'untyped nil')
      c.error(s.expr.pos, 'first argument to append must be a typed slice; found untyped nil');
    else c.error(s.expr.pos, `first argument to append must be a slice; have ${describe(s)}`);
    return invalid(call);
  }
  const rest = call.args.slice(1);
  if (call.ellipsis) {
    if (rest.length !== 1) {
      for (const a of rest) checkExpr(c, a);
      c.error(call.pos, `can only use ... with final argument in list`);
      return invalid(call);
    }
    const t = checkValue(c, rest[0] as ast.Expr);
    // append([]byte, string...) is Go's one special case of a spread that is not a slice.
    if (!(isString(t.type) && t.mode !== 'invalid' && byteOrRuneElem(s.type) === 'byte'))
      assignTo(c, t, s.type, 'argument to append');
    else if (isUntyped(t.type)) assignTo(c, t, STRING, 'argument to append');
  } else {
    for (const a of rest) {
      const x = checkValue(c, a, u.elem);
      assignTo(c, x, u.elem, 'argument to append');
    }
  }
  return { mode: 'value', type: s.type, value: null, expr: call };
}

function checkMake(c: Checker, call: ast.CallExpr): Operand {
  const targ = call.args[0] as ast.Expr;
  const t: Type = resolveType(c, targ);
  c.exprs.set(targ, { mode: 'type', type: t, value: null });
  const sizes = call.args.slice(1);
  if (t.kind === 'invalid') {
    for (const a of sizes) checkExpr(c, a);
    return invalid(call);
  }
  const u = under(t);
  const n = call.args.length;
  if (u.kind === 'slice') {
    if (n < 2) {
      c.error(call.pos, `invalid operation: ${exprString(call)} expects 2 or 3 arguments; found ${n}`);
      return invalid(call);
    }
  } else if (u.kind === 'chan' || u.kind === 'map') {
    if (n > 2) {
      c.error(call.pos, `invalid operation: ${exprString(call)} expects 1 or 2 arguments; found ${n}`);
      return invalid(call);
    }
  } else {
    for (const a of sizes) checkExpr(c, a);
    c.error(
      targ.pos,
      `invalid argument: cannot make ${exprString(targ)}; type must be slice, map, or channel`,
    );
    return invalid(call);
  }
  const vals = sizes.map((a) => checkIndexValue(c, a, null));
  if (vals.includes(false)) return invalid(call);
  const [len, cap] = vals as (bigint | null)[];
  if (len != null && cap != null && len > cap) {
    c.error(call.pos, `invalid argument: length and capacity swapped`);
    return invalid(call);
  }
  return { mode: 'value', type: t, value: null, expr: call };
}
