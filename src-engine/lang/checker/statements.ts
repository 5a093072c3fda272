import type * as ast from '../ast';
import { isNumeric, type Type, typeString, under } from '../types';
import { assignTo } from './assign';
import { checkAssign, checkAssignable } from './assignments';
import { checkCall, haveType } from './calls';
import type { Checker } from './Checker';
import {
  checkBranch,
  checkFor,
  checkIf,
  checkLabeled,
  checkRange,
  checkSelect,
  checkSwitch,
  checkTypeSwitch,
} from './control';
import { checkLockCopy } from './copylocks';
import { checkLocalDecl } from './decls';
import { checkTypeSpecs } from './typeDecls';
import { exprString } from './exprString';
import { checkExpr, checkValue } from './expressions';
import { describe, type Operand } from './operand';

/** Checks the statements of a block in the current scope. */
export function checkBlockBody(c: Checker, stmts: readonly ast.Stmt[]): void {
  for (const s of stmts) checkStmt(c, s);
}

/** Checks one statement. */
export function checkStmt(c: Checker, s: ast.Stmt): void {
  switch (s.kind) {
    case 'BadStmt':
    case 'EmptyStmt':
      return;
    case 'DeclStmt':
      if (s.decl.kind === 'TypeDecl') return checkTypeSpecs(c, s.decl.specs, c.scope);
      return checkLocalDecl(c, s.decl);
    case 'TypeSwitchStmt':
      return checkTypeSwitch(c, s, null);
    case 'LabeledStmt':
      return checkLabeled(c, s);
    case 'ExprStmt':
      return checkExprStmt(c, s);
    case 'SendStmt':
      return checkSend(c, s);
    case 'IncDecStmt':
      return checkIncDec(c, s);
    case 'AssignStmt':
      return checkAssign(c, s);
    case 'GoStmt':
    case 'DeferStmt':
      return checkGoDefer(c, s);
    case 'ReturnStmt':
      return checkReturn(c, s);
    case 'BranchStmt':
      return checkBranch(c, s);
    case 'BlockStmt':
      return c.inScope('block', () => checkBlockBody(c, s.stmts));
    case 'IfStmt':
      return checkIf(c, s);
    case 'SwitchStmt':
      return checkSwitch(c, s, null);
    case 'SelectStmt':
      return checkSelect(c, s, null);
    case 'ForStmt':
      return checkFor(c, s, null);
    case 'RangeStmt':
      return checkRange(c, s, null);
  }
}

/** Builtins with a result that Go still allows as statements (and in go/defer). */
const STATEMENT_BUILTINS: ReadonlySet<string> = new Set(['panic', 'close', 'recover', 'copy']);

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

function checkExprStmt(c: Checker, s: ast.ExprStmt): void {
  const e = unparen(s.x);
  if (e.kind === 'CallExpr') {
    const x = checkCall(c, e, true);
    c.exprs.set(e, { mode: x.mode, type: x.type, value: x.value });
    const info = c.calls.get(e);
    if (x.mode === 'invalid' || x.mode === 'novalue') return;
    if (info?.kind === 'conversion' || (info?.kind === 'builtin' && !STATEMENT_BUILTINS.has(info.name)))
      c.error(s.pos, `${describe(x)} is not used`);
    return;
  }
  const x = checkExpr(c, s.x);
  if (x.mode === 'invalid') return;
  if (e.kind === 'UnaryExpr' && e.op === '<-') return;
  c.error(s.pos, `${describe(x)} is not used`);
}

function checkSend(c: Checker, s: ast.SendStmt): void {
  const ch = checkValue(c, s.chan);
  const u = under(ch.type);
  const elem = ch.mode !== 'invalid' && u.kind === 'chan' ? u.elem : undefined;
  const v = checkValue(c, s.value, elem);
  if (ch.mode === 'invalid' || v.mode === 'invalid') return;
  if (u.kind !== 'chan') {
    c.error(s.pos, `invalid operation: cannot send to non-channel ${describe(ch)}`);
    return;
  }
  if (u.dir === 'recv') {
    c.error(s.pos, `invalid operation: cannot send to receive-only channel ${describe(ch)}`);
    return;
  }
  assignTo(c, v, u.elem, 'send');
}

function checkIncDec(c: Checker, s: ast.IncDecStmt): void {
  const x = checkValue(c, s.x);
  if (x.mode === 'invalid') return;
  if (!isNumeric(x.type)) {
    c.error(s.x.pos, `invalid operation: ${exprString(s.x)}${s.op} (non-numeric type ${typeString(x.type)})`);
    return;
  }
  checkAssignable(c, x);
}

function checkGoDefer(c: Checker, s: ast.GoStmt | ast.DeferStmt): void {
  const word = s.kind === 'GoStmt' ? 'go' : 'defer';
  const e = unparen(s.call);
  if (e.kind !== 'CallExpr') {
    checkExpr(c, s.call);
    c.error(s.call.pos, `expression in ${word} must be function call`);
    return;
  }
  const x = checkCall(c, e, true);
  c.exprs.set(e, { mode: x.mode, type: x.type, value: x.value });
  const info = c.calls.get(e);
  if (info?.kind === 'conversion') c.error(s.call.pos, `${word} requires function call, not conversion`);
  else if (info?.kind === 'builtin' && !STATEMENT_BUILTINS.has(info.name))
    c.error(s.call.pos, `${word} discards result of ${describe(x)}`);
}

function checkReturn(c: Checker, s: ast.ReturnStmt): void {
  const fn = c.fn;
  if (!fn) return;
  const want = fn.results;
  if (s.results.length === 0) {
    if (want.length > 0 && !fn.namedResults)
      c.error(s.pos, `not enough return values\n\thave ()\n\twant (${want.map(typeString).join(', ')})`);
    if (fn.namedResults) for (const r of fn.info.results) r.used = true;
    return;
  }
  let ops: Operand[];
  if (s.results.length === 1 && want.length > 1) {
    const x = checkExpr(c, s.results[0] as ast.Expr);
    if (x.mode === 'invalid') return;
    ops =
      x.type.kind === 'tuple'
        ? x.type.types.map((t) => ({ mode: 'value', type: t, value: null, expr: x.expr }))
        : [x];
  } else ops = s.results.map((e, i) => checkValue(c, e, want[i]));
  if (ops.some((x) => x.mode === 'invalid')) return;
  if (ops.length !== want.length) {
    const have = ops.map(haveType);
    const first = s.results[0] as ast.Expr;
    const last = s.results[s.results.length - 1] ?? first;
    const at = ops.length < want.length ? last.pos : (s.results[want.length] ?? first).pos;
    c.error(
      at,
      `${ops.length < want.length ? 'not enough' : 'too many'} return values\n\thave (${have.join(', ')})\n\twant (${want.map(typeString).join(', ')})`,
    );
    return;
  }
  ops.forEach((x, i) => {
    if (assignTo(c, x, want[i] as Type, 'return statement')) checkLockCopy(c, x, 'return copies lock value');
  });
}
