/** Simple statements: expressions, sends, assignments, declarations, `++`/`--`, return, go and defer. */
import type * as ast from '../../ast';
import type { VarObj } from '../../program';
import type { Type } from '../../types';
import { type E, GoPanic } from '../runtime/types';
import { arithOf } from './binary';
import type { Builder } from './Builder';
import { compileCallMulti, compileCallStmt } from './calls';
import { compileExpr } from './exprs';
import { compileGoDefer } from './goDefer';
import { emitRet } from './frames';
import { lvalue } from './lvalues';
import { compileMapCommaOk, mapTypeOf } from './maps';
import { emitRecv, ensureSync, syncKindOf } from './sync';
import { isSyncType, zeroFn } from './typeInfo';
import { CompileError } from './Unit';
import { compileTypeAssert } from './ifaces';

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

/** Compiles an expression statement (a call or a receive). */
export function compileExprStmt(b: Builder, s: ast.ExprStmt): void {
  const e = unparen(s.x);
  if (e.kind === 'CallExpr') return compileCallStmt(b, e);
  const v = compileExpr(b, e);
  b.emit((_g, f) => (v(f), 0));
}

/** `ch <- v` (a send on a channel this program closed panics here, so deferred calls run). */
export function compileSend(b: Builder, s: ast.SendStmt): void {
  const ch = compileExpr(b, s.chan);
  const v = compileExpr(b, s.value);
  const closed = b.unit.closedChans();
  b.emitOp((_g, f) => {
    const h = ch(f) as number;
    if ((f.gl[closed] as number[])[h] === 1) throw new GoPanic('send on closed channel');
    return { op: 'send', ch: h, value: v(f) };
  });
}

/** `x++` / `x--` with the integer type's wrap-around. */
export function compileIncDec(b: Builder, s: ast.IncDecStmt): void {
  const ref = lvalue(b, s.x, false);
  const one: E = () => 1;
  const v = arithOf(s.op === '++' ? '+' : '-', b.unit.typeOf(s.x), ref.load, one);
  b.emit((_g, f) => (ref.store(f, v(f)), 0));
}

/** The values of a right-hand side with `n` targets, in registers when `n` > 1. */
function rhsValues(b: Builder, rhs: readonly ast.Expr[], n: number): E[] {
  if (rhs.length === n) {
    const vals = rhs.map((e) => compileExpr(b, e));
    return n === 1 ? vals : vals.map((v) => b.spill(v));
  }
  const e = unparen(rhs[0] as ast.Expr);
  if (n === 2 && e.kind === 'TypeAssertExpr') {
    const ok = b.temp();
    const v = b.spill(compileTypeAssert(b, e, ok));
    return [v, (f) => f.r[ok]];
  }
  if (n === 2 && e.kind === 'UnaryExpr' && e.op === '<-') {
    const ok = b.temp();
    const v = emitRecv(b, e, ok);
    return [v, (f) => f.r[ok]];
  }
  const mt = e.kind === 'IndexExpr' ? mapTypeOf(b.unit.typeOf(e.x)) : null;
  if (n === 2 && e.kind === 'IndexExpr' && mt !== null) return compileMapCommaOk(b, e, mt);
  if (e.kind === 'CallExpr') {
    const base = compileCallMulti(b, e);
    return Array.from(
      { length: n },
      (_, i): E =>
        (f) =>
          f.r[base + i],
    );
  }
  throw new CompileError(e.pos, 'assignment mismatch');
}

/** The variable an identifier newly declares (`:=`), or null when it names an existing one. */
function newVar(b: Builder, e: ast.Expr): VarObj | null {
  if (e.kind !== 'Ident') return null;
  const d = b.unit.prog.defs.get(e);
  return d?.kind === 'var' ? d : null;
}

/** `=`, `:=` and `op=`: Go's two phases (operands, then assignments left to right) for tuples. */
export function compileAssign(b: Builder, s: ast.AssignStmt): void {
  if (s.op !== '=' && s.op !== ':=') {
    const ref = lvalue(b, s.lhs[0] as ast.Expr, false);
    const y = compileExpr(b, s.rhs[0] as ast.Expr);
    const op = s.op.slice(0, -1) as ast.BinaryOp;
    const v = arithOf(op, b.unit.typeOf(s.lhs[0] as ast.Expr), ref.load, y);
    b.emit((_g, f) => (ref.store(f, v(f)), 0));
    return;
  }
  const n = s.lhs.length;
  const define = s.op === ':=';
  const refs = s.lhs.map((l) => (define && newVar(b, l) !== null ? null : lvalue(b, l, n > 1)));
  const vals = rhsValues(b, s.rhs, n);
  s.lhs.forEach((l, i) => {
    const v = vals[i] as E;
    const ref = refs[i];
    if (ref === null || ref === undefined) b.declare(newVar(b, l) as VarObj, v);
    else b.emit((_g, f) => (ref.store(f, v(f)), 0));
  });
}

/** Declares `v` with its zero value (creating sync objects eagerly). */
export function declareZero(b: Builder, v: VarObj, t: Type): void {
  b.declare(v, zeroFn(t));
  if (isSyncType(t)) ensureSync(b, b.ref(v), syncKindOf(t));
}

/** A `var` spec (local or global). */
export function compileValueSpec(b: Builder, spec: ast.ValueSpec): void {
  const vars = spec.names.map((n) => {
    const d = b.unit.prog.defs.get(n);
    return d?.kind === 'var' ? d : null;
  });
  if (spec.values.length === 0) {
    for (const v of vars) if (v !== null) declareZero(b, v, v.type);
    return;
  }
  const vals = rhsValues(b, spec.values, spec.names.length);
  vars.forEach((v, i) => {
    const e = vals[i] as E;
    if (v !== null) b.declare(v, e);
    else b.emit((_g, f) => (e(f), 0));
  });
}

/** A local `var` declaration (constants and types need no code). */
export function compileDecl(b: Builder, s: ast.DeclStmt): void {
  if (s.decl.kind === 'TypeDecl' || s.decl.tok !== 'var') return;
  for (const spec of s.decl.specs) compileValueSpec(b, spec);
}

/** `return`: results go to the result registers, then `ret` runs the deferred calls and returns. */
export function compileReturn(b: Builder, s: ast.ReturnStmt): void {
  const regs = b.fn.results;
  const cells = b.fn.resultCell;
  if (s.results.length > 0) {
    const vals = rhsValues(b, s.results, regs.length);
    regs.forEach((r, i) => {
      const v = vals[i] as E;
      if (cells[i]) b.emit((_g, f) => (((f.r[r] as [unknown])[0] = v(f)), 0));
      else b.emit((_g, f) => ((f.r[r] = v(f)), 0));
    });
  }
  emitRet(b);
}

export { compileGoDefer };
