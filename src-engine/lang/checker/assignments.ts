import type * as ast from '../ast';
import type { VarObj } from '../program';
import { INVALID, isUntyped, type Type, under } from '../types';
import { assignTo, defaultize } from './assign';
import { checkBinaryOp } from './assignOp';
import type { Checker } from './Checker';
import { checkLockCopy } from './copylocks';
import { exprString } from './exprString';
import { checkExpr, lookupIdent, noteCapture } from './expressions';
import { invalid, type Operand } from './operand';
import { evalRhs } from './values';

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

/** Reports when `x` cannot be assigned to. */
export function checkAssignable(c: Checker, x: Operand): boolean {
  if (x.mode === 'variable' || x.mode === 'mapindex') return true;
  if (x.mode === 'invalid') return false;
  const e = unparen(x.expr);
  if (e.kind === 'IndexExpr' && x.mode === 'value') {
    const base = c.exprs.get(e.x);
    if (base && under(base.type).kind === 'basic') {
      c.error(
        x.expr.pos,
        `cannot assign to ${exprString(x.expr)} (neither addressable nor a map index expression)`,
      );
      return false;
    }
  }
  c.error(
    x.expr.pos,
    `cannot assign to ${exprString(x.expr)} (neither addressable nor a map index expression)`,
  );
  return false;
}

/**
 * Checks an assignment target without counting it as a use: identifiers resolve without marking the
 * variable used (Go reports variables that are only assigned as unused).
 */
export function checkLhs(c: Checker, e: ast.Expr): Operand {
  const inner = unparen(e);
  if (inner.kind === 'Ident') {
    if (inner.name === '_') {
      c.exprs.set(e, { mode: 'variable', type: INVALID, value: null });
      return { mode: 'variable', type: INVALID, value: null, expr: e };
    }
    const obj = lookupIdent(c, inner);
    if (!obj) return invalid(e);
    if (obj.kind === 'var') {
      noteCapture(c, obj);
      if (obj.role === 'global') c.deps?.add(obj);
      if (obj.type.kind === 'invalid') return invalid(e);
      const x: Operand = { mode: 'variable', type: obj.type, value: null, expr: e };
      c.exprs.set(e, { mode: x.mode, type: x.type, value: null });
      return x;
    }
  }
  return checkExpr(c, e);
}

function isBlank(e: ast.Expr): boolean {
  const u = unparen(e);
  return u.kind === 'Ident' && u.name === '_';
}

/** Checks `=`, `:=` and `op=` assignments. */
export function checkAssign(c: Checker, s: ast.AssignStmt): void {
  if (s.op === ':=') {
    checkDefine(c, s.lhs, s.rhs, s.opPos, null);
    return;
  }
  if (s.op !== '=') return checkBinaryOp(c, s);
  const lhs = s.lhs.map((e) => checkLhs(c, e));
  const assignable = lhs.map((x) => isBlank(x.expr) || checkAssignable(c, x));
  const ops = evalRhs(
    c,
    s.rhs,
    lhs.length,
    lhs.map((x) => (x.mode === 'invalid' ? null : x.type)),
  );
  if (!ops) return;
  ops.forEach((x, i) => {
    const target = lhs[i] as Operand;
    checkLockCopy(c, x, `assignment copies lock value to ${exprString(target.expr)}`);
    if (isBlank(target.expr)) {
      if (isUntyped(x.type)) defaultize(c, x, 'assignment to _ identifier');
      else if (x.mode === 'type' || x.mode === 'builtin' || x.mode === 'novalue')
        assignTo(c, x, INVALID, 'assignment');
      return;
    }
    if (target.mode !== 'invalid' && assignable[i]) assignTo(c, x, target.type, 'assignment');
  });
}

/**
 * Checks a short variable declaration `a, b := ...`: at least one new non-blank variable, the others
 * assigned. `perIteration` marks loop-header variables. Returns the new variables.
 */
export function checkDefine(
  c: Checker,
  lhs: readonly ast.Expr[],
  rhs: readonly ast.Expr[],
  opPos: ast.AssignStmt['opPos'],
  perIteration: boolean | null,
): VarObj[] {
  const idents: (ast.Ident | null)[] = lhs.map((e) => {
    if (e.kind === 'Ident') return e;
    c.error(e.pos, `non-name ${exprString(e)} on left side of :=`);
    return null;
  });
  const existing = idents.map((id) => (id && id.name !== '_' ? c.scope.lookupLocal(id.name) : undefined));
  const hints: (Type | null)[] = existing.map((o) => (o && o.kind === 'var' ? o.type : null));
  const ops = evalRhs(c, rhs, lhs.length, hints);
  const decls: { id: ast.Ident; v: VarObj }[] = [];
  const seen = new Set<string>();
  let anyNew = false;
  idents.forEach((id, i) => {
    if (!id) return;
    const x = ops?.[i];
    if (id.name !== '_' && seen.has(id.name)) {
      c.error(id.pos, `${id.name} repeated on left side of :=`);
      return;
    }
    seen.add(id.name);
    const prev = existing[i];
    if (prev) {
      c.uses.set(id, prev);
      if (prev.kind === 'var') {
        noteCapture(c, prev);
        if (x && assignTo(c, x, prev.type, 'assignment'))
          checkLockCopy(c, x, `assignment copies lock value to ${id.name}`);
      } else c.error(id.pos, `cannot assign to ${id.name}`);
      return;
    }
    let t: Type = INVALID;
    if (x && x.mode !== 'invalid') {
      if (x.mode === 'type' || x.mode === 'builtin' || x.mode === 'novalue')
        assignTo(c, x, INVALID, 'assignment');
      else if (!isUntyped(x.type) || defaultize(c, x, 'assignment')) t = x.type;
      checkLockCopy(c, x, `assignment copies lock value to ${id.name}`);
    }
    const v = c.newVar(id.name, t, id.pos, 'local');
    if (perIteration) v.perIteration = true;
    if (id.name !== '_') anyNew = true;
    decls.push({ id, v });
  });
  if (!anyNew && idents.every((id) => id !== null)) c.error(opPos, 'no new variables on left side of :=');
  for (const { id, v } of decls) c.declare(id, v);
  return decls.map((d) => d.v);
}
