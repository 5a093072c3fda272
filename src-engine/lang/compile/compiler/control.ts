/** Control flow: blocks, if, switch, for, range, labels, break and continue. */
import type * as ast from '../../ast';
import { INVALID, type MapType, under } from '../../types';
import { decodeRune } from '../runtime/strings';
import { CONT, type Cell, type E, type SliceVal } from '../runtime/types';
import type { Builder, Label } from './Builder';
import { compileExpr } from './exprs';
import { lvalue } from './lvalues';
import { type BindRangeVar, compileMapRange, mapTypeOf } from './maps';
import { compileSelect } from './select';
import {
  compileAssign,
  compileDecl,
  compileExprStmt,
  compileGoDefer,
  compileIncDec,
  compileReturn,
  compileSend,
} from './stmts';
import { zeroOf } from './typeInfo';
import { caseTest } from './ifaces';
import { copierOf, eqOf, isStructValue } from './values';
import type { Box } from '../runtime/rtypes';
import { CompileError } from './Unit';
import { arrayAsSlice, arrayTypeOf } from './arrays';

/** Compiles a list of statements. */
export function compileStmts(b: Builder, stmts: readonly ast.Stmt[]): void {
  for (const s of stmts) compileStmt(b, s);
}

/** Compiles one statement. */
export function compileStmt(b: Builder, s: ast.Stmt): void {
  b.line = s.pos.line;
  switch (s.kind) {
    case 'EmptyStmt':
      return;
    case 'BadStmt':
      throw new CompileError(s.pos, 'bad statement');
    case 'DeclStmt':
      return compileDecl(b, s);
    case 'LabeledStmt':
      return compileStmt(b, s.stmt);
    case 'ExprStmt':
      return compileExprStmt(b, s);
    case 'SendStmt':
      return compileSend(b, s);
    case 'IncDecStmt':
      return compileIncDec(b, s);
    case 'AssignStmt':
      return compileAssign(b, s);
    case 'GoStmt':
    case 'DeferStmt':
      return compileGoDefer(b, s);
    case 'ReturnStmt':
      return compileReturn(b, s);
    case 'BranchStmt':
      return compileBranch(b, s);
    case 'BlockStmt':
      return compileStmts(b, s.stmts);
    case 'IfStmt':
      return compileIf(b, s);
    case 'SwitchStmt':
      return compileSwitch(b, s);
    case 'TypeSwitchStmt':
      return compileTypeSwitch(b, s);
    case 'SelectStmt':
      return compileSelect(b, s, compileStmts);
    case 'ForStmt':
      return compileFor(b, s);
    case 'RangeStmt':
      return compileRange(b, s);
  }
}

function compileBranch(b: Builder, s: ast.BranchStmt): void {
  const target = b.unit.prog.branchTargets.get(s);
  const t = target === undefined ? undefined : b.targets.get(target);
  const l = t === undefined ? undefined : s.tok === 'break' ? t.brk : t.cont;
  if (l === undefined || l === null) throw new CompileError(s.pos, `${s.tok} has no target`);
  b.jump(l);
}

function compileIf(b: Builder, s: ast.IfStmt): void {
  // An `else if` chain compiled with a loop, not recursion (thousands of branches need no stack); every
  // branch that is taken jumps to the one end of the chain.
  const end = b.newLabel();
  let jumpsToEnd = false;
  for (let cur = s; ;) {
    b.line = cur.pos.line;
    if (cur.init) compileStmt(b, cur.init);
    b.line = cur.cond.pos.line;
    const cond = compileExpr(b, cur.cond);
    const elseL = b.newLabel();
    b.jumpIfNot(cond, elseL);
    compileStmts(b, cur.then.stmts);
    if (cur.else === null) {
      b.place(elseL);
      break;
    }
    b.jump(end);
    jumpsToEnd = true;
    b.place(elseL);
    if (cur.else.kind !== 'IfStmt') {
      compileStmt(b, cur.else);
      break;
    }
    cur = cur.else;
  }
  if (jumpsToEnd) b.place(end);
}

function compileSwitch(b: Builder, s: ast.SwitchStmt): void {
  if (s.init) compileStmt(b, s.init);
  b.line = s.pos.line;
  const tag = s.tag ? b.spill(compileExpr(b, s.tag)) : null;
  // Interface and struct tags compare as Go's == does (dynamic type and value; field by field).
  const eq = s.tag ? eqOf(b.unit.typeOf(s.tag)) : null;
  compileCaseClauses(b, s, (e) => {
    const v = compileExpr(b, e);
    return tag === null ? v : eq !== null ? (f) => eq(tag(f), v(f)) : (f) => tag(f) === v(f);
  });
}

/**
 * The clauses of a switch or type switch: each case expression's test jumps to its clause (in source order,
 * the default clause last), then the clause bodies, each ending with a jump past the switch. `enter` runs
 * at the start of a clause's code (a type switch binds its variable there).
 */
function compileCaseClauses(
  b: Builder,
  s: ast.SwitchStmt | ast.TypeSwitchStmt,
  matches: (e: ast.Expr) => E,
  enter: (cl: ast.CaseClause) => void = () => {},
): void {
  const end = b.newLabel();
  b.targets.set(s, { brk: end, cont: null });
  const labels: Label[] = s.clauses.map(() => b.newLabel());
  let dflt: Label = end;
  s.clauses.forEach((cl, i) => {
    const l = labels[i] as Label;
    if (cl.list === null) {
      dflt = l;
      return;
    }
    for (const e of cl.list) {
      b.line = e.pos.line;
      b.jumpIf(matches(e), l);
    }
  });
  b.jump(dflt);
  s.clauses.forEach((cl, i) => {
    b.place(labels[i] as Label);
    enter(cl);
    compileStmts(b, cl.body);
    b.jump(end);
  });
  b.place(end);
}

/** A type switch: cases tested in order against the dynamic type; `v` is bound per clause. */
function compileTypeSwitch(b: Builder, s: ast.TypeSwitchStmt): void {
  if (s.init) compileStmt(b, s.init);
  b.line = s.pos.line;
  const x = b.spill(compileExpr(b, s.guard.x));
  compileCaseClauses(
    b,
    s,
    (te) => {
      const test = caseTest(b, te);
      return (f) => test(x(f) as Box | null);
    },
    (cl) => {
      const v = b.unit.prog.switchVars.get(cl);
      if (v === undefined) return;
      const single =
        cl.list !== null && cl.list.length === 1 ? b.unit.info(cl.list[0] as ast.Expr) : undefined;
      const unbox = single?.mode === 'type' && under(single.type).kind !== 'any';
      b.declare(v, unbox ? (f) => (x(f) as { v: unknown }).v : x);
    },
  );
}

function compileFor(b: Builder, s: ast.ForStmt): void {
  if (s.init) compileStmt(b, s.init);
  // Go 1.22: each iteration has its own copy of the loop variables; a fresh cell is made before `post`.
  const fresh: number[] = [];
  if (s.init?.kind === 'AssignStmt' && s.init.op === ':=') {
    for (const l of s.init.lhs) {
      const v = l.kind === 'Ident' ? b.unit.prog.defs.get(l) : undefined;
      if (v?.kind === 'var' && v.captured) fresh.push(b.slot(v));
    }
  }
  const top = b.newLabel();
  const post = b.newLabel();
  const end = b.newLabel();
  b.targets.set(s, { brk: end, cont: post });
  b.place(top);
  if (s.cond) {
    b.line = s.cond.pos.line;
    b.jumpIfNot(compileExpr(b, s.cond), end);
  }
  compileStmts(b, s.body.stmts);
  b.place(post);
  b.line = s.pos.line;
  if (fresh.length > 0) {
    b.emit((_g, f) => {
      for (const r of fresh) f.r[r] = [(f.r[r] as Cell)[0]] as Cell;
      return CONT;
    });
  }
  if (s.post) compileStmt(b, s.post);
  b.jump(top);
  b.place(end);
}

/** Binds one range iteration variable: declares it (`:=`), assigns it (`=`) or ignores it. */
function bindRangeVar(b: Builder, s: ast.RangeStmt, which: 'key' | 'value', v: E): void {
  const expr = which === 'key' ? s.key : s.value;
  if (expr === null) return;
  if (s.tok === ':=') {
    const info = b.unit.prog.ranges.get(s);
    const obj = info?.[which];
    if (obj) b.declare(obj, v);
    return;
  }
  const ref = lvalue(b, expr, false);
  b.emit((_g, f) => (ref.store(f, v(f)), CONT));
}

function compileRange(b: Builder, s: ast.RangeStmt): void {
  const info = b.unit.prog.ranges.get(s);
  if (info === undefined) throw new CompileError(s.pos, 'range was not checked');
  b.line = s.pos.line;
  const xa = arrayTypeOf(b.unit.typeOf(s.x));
  // Ranging over an array ranges over a copy of it (compileExpr copies the value): a slice view of that copy.
  const x = b.spill(xa !== null ? arrayAsSlice(compileExpr(b, s.x), xa.len) : compileExpr(b, s.x));
  const top = b.newLabel();
  const next = b.newLabel();
  const end = b.newLabel();
  b.targets.set(s, { brk: end, cont: next });
  if (info.over === 'map') {
    const mt = mapTypeOf(b.unit.typeOf(s.x)) as MapType;
    const bind: BindRangeVar = (which, v) => bindRangeVar(b, s, which, v);
    compileMapRange(b, s, x, mt, bind, () => compileStmts(b, s.body.stmts), next, end);
    return;
  }
  const i = b.temp();
  if (info.over === 'chan') {
    const ct = under(b.unit.typeOf(s.x));
    const zero = zeroOf(ct.kind === 'chan' ? ct.elem : INVALID);
    const ok = b.temp();
    b.place(top);
    b.place(next);
    b.line = s.pos.line;
    b.emitOp(
      (_g, f) => ({ op: 'recv', ch: x(f) as number }),
      (_g, f, input) => {
        f.r[i] = input.ok ? input.value : zero;
        f.r[ok] = input.ok;
      },
    );
    b.jumpIfNot((f) => f.r[ok], end);
    bindRangeVar(b, s, 'key', (f) => f.r[i]);
    compileStmts(b, s.body.stmts);
    b.jump(top);
    b.place(end);
    return;
  }
  b.set(i, () => 0);
  const n = b.temp();
  if (info.over === 'int') b.set(n, x);
  else if (info.over === 'string') b.set(n, (f) => (x(f) as string).length);
  else b.set(n, (f) => (x(f) as SliceVal | null)?.l ?? 0);
  b.place(top);
  b.line = s.pos.line;
  b.jumpIfNot((f) => (f.r[i] as number) < (f.r[n] as number), end);
  const d = b.temp();
  if (info.over === 'string') b.set(d, (f) => decodeRune(x(f) as string, f.r[i] as number));
  bindRangeVar(b, s, 'key', (f) => f.r[i]);
  const elemT = under(b.unit.typeOf(s.x));
  if (
    info.over === 'slice' &&
    (elemT.kind === 'slice' || elemT.kind === 'array') &&
    isStructValue(elemT.elem)
  ) {
    // The value variable is a copy of the element (Go's value semantics).
    const copy = copierOf(elemT.elem);
    bindRangeVar(b, s, 'value', (f) => {
      const sv = x(f) as SliceVal;
      return copy(sv.a[sv.o + (f.r[i] as number)]);
    });
  } else if (info.over === 'slice') {
    bindRangeVar(b, s, 'value', (f) => {
      const sv = x(f) as SliceVal;
      return sv.a[sv.o + (f.r[i] as number)];
    });
  } else if (info.over === 'string') bindRangeVar(b, s, 'value', (f) => Math.floor((f.r[d] as number) / 8));
  compileStmts(b, s.body.stmts);
  b.place(next);
  b.line = s.pos.line;
  if (info.over === 'string')
    b.emit((_g, f) => ((f.r[i] = (f.r[i] as number) + ((f.r[d] as number) & 7)), CONT));
  else b.emit((_g, f) => ((f.r[i] = (f.r[i] as number) + 1), CONT));
  b.jump(top);
  b.place(end);
}
