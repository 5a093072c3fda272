import type * as ast from '../ast';
import type { RangeInfo, VarObj } from '../program';
import { INT, isBoolean, isInteger, isString, isUntyped, RUNE, type Type, typeString, under } from '../types';
import { assignTo, convertUntyped, defaultize } from './assign';
import { checkBinaryOperands, invalidConversion } from './binary';
import type { BranchFrame, Checker } from './Checker';
import { exprString } from './exprString';
import { checkValue } from './expressions';
import { describe } from './operand';
import { Scope } from './Scope';
import { checkAssignable, checkDefine, checkLhs } from './assignments';
import { checkBlockBody, checkStmt } from './statements';
import { checkTypeSwitchClauses } from './interfaces';

function withFrame(c: Checker, frame: BranchFrame, body: () => void): void {
  c.branches.push(frame);
  try {
    body();
  } finally {
    c.branches.pop();
  }
}

function checkCond(c: Checker, e: ast.Expr, where: string): void {
  const x = checkValue(c, e);
  if (x.mode === 'invalid') return;
  if (!isBoolean(x.type)) c.error(e.pos, `non-boolean condition in ${where} statement`);
  else if (isUntyped(x.type)) defaultize(c, x, 'condition');
}

/** Checks `if [init;] cond {…} [else …]`. */
export function checkIf(c: Checker, s: ast.IfStmt): void {
  // Each `else if` is nested in the scope of the `if` before it (its init's names stay visible). A loop that
  // opens those scopes one inside the other, not recursion: chains of thousands of branches need no stack.
  const saved = c.scope;
  try {
    for (let cur = s; ;) {
      // Only an init statement declares names in the if's own scope; without one the scope would stay empty,
      // and skipping it keeps name lookups in a long chain from walking thousands of empty scopes.
      if (cur.init) {
        c.scope = new Scope(c.scope, 'block', c.fn?.info ?? null);
        checkStmt(c, cur.init);
      }
      checkCond(c, cur.cond, 'if');
      const then = cur.then;
      c.inScope('block', () => checkBlockBody(c, then.stmts));
      const e = cur.else;
      if (e === null) return;
      if (e.kind !== 'IfStmt') return c.inScope('block', () => checkBlockBody(c, e.stmts));
      cur = e;
    }
  } finally {
    c.scope = saved;
  }
}

/** Checks a three-clause, condition-only or infinite `for` (init variables are per-iteration, Go 1.22). */
export function checkFor(c: Checker, s: ast.ForStmt, label: string | null): void {
  c.inScope('block', () => {
    if (s.init) {
      if (s.init.kind === 'AssignStmt' && s.init.op === ':=')
        checkDefine(c, s.init.lhs, s.init.rhs, s.init.opPos, true);
      else checkStmt(c, s.init);
    }
    if (s.cond) checkCond(c, s.cond, 'for');
    if (s.post) checkStmt(c, s.post);
    withFrame(c, { stmt: s, kind: 'loop', label }, () =>
      c.inScope('block', () => checkBlockBody(c, s.body.stmts)),
    );
  });
}

/** Checks `for k, v := range x` over an int, slice, string or channel. */
export function checkRange(c: Checker, s: ast.RangeStmt, label: string | null): void {
  const x = checkValue(c, s.x);
  const desc = describe(x);
  let key: Type | null = null;
  let value: Type | null = null;
  let over: RangeInfo['over'] | null = null;
  if (x.mode !== 'invalid') {
    const u = under(x.type);
    if (isInteger(x.type)) {
      if (isUntyped(x.type)) defaultize(c, x, 'range');
      over = 'int';
      key = x.type;
    } else if (u.kind === 'pointer' && under(u.elem).kind === 'array') {
      over = 'slice';
      key = INT;
      value = (under(u.elem) as { elem: Type }).elem;
    } else if (u.kind === 'slice' || u.kind === 'array') {
      over = 'slice';
      key = INT;
      value = u.elem;
    } else if (isString(x.type)) {
      over = 'string';
      key = INT;
      value = RUNE;
    } else if (u.kind === 'map') {
      over = 'map';
      key = u.key;
      value = u.elem;
    } else if (u.kind === 'chan') {
      if (u.dir === 'send')
        c.error(s.x.pos, `cannot range over ${describe(x)}: receive from send-only channel`);
      over = 'chan';
      key = u.elem;
    } else c.error(s.x.pos, `cannot range over ${describe(x)}`);
  }
  if (over && s.value && value === null) {
    c.error(s.value.pos, `range over ${desc} permits only one iteration variable`);
    over = null;
  }
  c.inScope('block', () => {
    const vars: (VarObj | null)[] = [null, null];
    const targets = [s.key, s.value];
    const types = [key, value];
    if (s.tok === ':=') {
      targets.forEach((t, i) => {
        if (!t) return;
        if (t.kind !== 'Ident') {
          c.error(t.pos, `non-name ${exprString(t)} on left side of :=`);
          return;
        }
        const v = c.newVar(t.name, types[i] ?? { kind: 'invalid' }, t.pos, 'local');
        v.perIteration = true;
        vars[i] = v;
      });
      targets.forEach((t, i) => {
        const v = vars[i];
        if (t && t.kind === 'Ident' && v) c.declare(t, v);
      });
    } else if (s.tok === '=') {
      targets.forEach((t, i) => {
        if (!t) return;
        const lhs = checkLhs(c, t);
        const ty = types[i];
        if (lhs.mode === 'invalid' || !ty || (t.kind === 'Ident' && t.name === '_')) return;
        if (!checkAssignable(c, lhs)) return;
        assignTo(c, { mode: 'value', type: ty, value: null, expr: t }, lhs.type, 'range');
      });
    }
    if (over) c.ranges.set(s, { over, key: vars[0] ?? null, value: vars[1] ?? null });
    else for (const v of vars) if (v) v.used = true; // gc does not report variables of an invalid range
    withFrame(c, { stmt: s, kind: 'loop', label }, () =>
      c.inScope('block', () => checkBlockBody(c, s.body.stmts)),
    );
  });
}

/** Checks an expression switch with or without a tag. */
export function checkSwitch(c: Checker, s: ast.SwitchStmt, label: string | null): void {
  c.inScope('block', () => {
    if (s.init) checkStmt(c, s.init);
    let tag = s.tag ? checkValue(c, s.tag) : null;
    if (tag && tag.mode !== 'invalid' && isUntyped(tag.type) && !defaultize(c, tag, 'switch expression'))
      tag = null;
    let firstDefault: ast.CaseClause | null = null;
    const seen = new Map<string, ast.Expr['pos']>();
    for (const cl of s.clauses) {
      if (cl.list === null) {
        if (firstDefault)
          c.error(
            cl.pos,
            `multiple defaults (first at ${c.diags.file}:${firstDefault.pos.line}:${firstDefault.pos.col})`,
          );
        else firstDefault = cl;
        continue;
      }
      for (const e of cl.list) {
        const x = checkValue(c, e, tag?.type);
        if (x.mode === 'invalid') continue;
        if (tag) {
          if (tag.mode === 'invalid') continue;
          const why = isUntyped(x.type) ? convertUntyped(c, x, tag.type) : null;
          if (why) {
            invalidConversion(c, x, tag.type, why);
            continue;
          }
          if (x.mode === 'constant' && x.value) {
            const key = `${x.value.kind}:${String(x.value.v)}`;
            const prev = seen.get(key);
            if (prev) {
              const at = `${c.diags.file}:${prev.line}:${prev.col}`;
              c.error(e.pos, `duplicate case ${describe(x)} in expression switch\n\t${at}: previous case`);
              continue;
            }
            seen.set(key, e.pos);
          }
          const cmp: ast.BinaryExpr = {
            kind: 'BinaryExpr',
            op: '==',
            opPos: e.pos,
            x: e,
            y: tag.expr,
            pos: e.pos,
            end: e.end,
          };
          const before = c.diags.errorCount;
          checkBinaryOperands(c, cmp, x, { ...tag });
          if (c.diags.errorCount > before) {
            c.diags.list.length = before;
            c.error(
              e.pos,
              `invalid case ${exprString(e)} in switch on ${exprString(tag.expr)} (mismatched types ${typeString(x.type)} and ${typeString(tag.type)})`,
            );
          }
        } else if (!isBoolean(x.type)) {
          c.error(
            e.pos,
            `invalid case ${exprString(e)} in switch on true (mismatched types ${typeString(x.type)} and bool)`,
          );
        }
      }
    }
    withFrame(c, { stmt: s, kind: 'switch', label }, () => {
      for (const cl of s.clauses) c.inScope('block', () => checkBlockBody(c, cl.body));
    });
  });
}

/** Checks a type switch `switch [init;] [v :=] x.(type) { … }`. */
export function checkTypeSwitch(c: Checker, s: ast.TypeSwitchStmt, label: string | null): void {
  c.inScope('block', () => {
    if (s.init) checkStmt(c, s.init);
    withFrame(c, { stmt: s, kind: 'switch', label }, () => {
      checkTypeSwitchClauses(c, s, (cl) => checkBlockBody(c, cl.body));
    });
  });
}

/** Checks `select` with send, receive (`v := <-ch`, `v, ok = <-ch`) and default cases. */
export function checkSelect(c: Checker, s: ast.SelectStmt, label: string | null): void {
  let firstDefault: ast.CommClause | null = null;
  withFrame(c, { stmt: s, kind: 'select', label }, () => {
    for (const cl of s.clauses) {
      c.inScope('block', () => {
        const comm = cl.comm;
        if (comm === null) {
          if (firstDefault)
            c.error(
              cl.pos,
              `multiple defaults (first at ${c.diags.file}:${firstDefault.pos.line}:${firstDefault.pos.col})`,
            );
          else firstDefault = cl;
        } else if (comm.kind === 'SendStmt') checkStmt(c, comm);
        else {
          const rhs = comm.kind === 'ExprStmt' ? comm.x : comm.rhs.length === 1 ? comm.rhs[0] : undefined;
          let r = rhs;
          while (r && r.kind === 'ParenExpr') r = r.x;
          if (
            !r ||
            r.kind !== 'UnaryExpr' ||
            r.op !== '<-' ||
            (comm.kind === 'AssignStmt' && comm.lhs.length > 2)
          ) {
            c.error(comm.pos, 'select case must be receive, send or assign recv');
          } else checkStmt(c, comm);
        }
        checkBlockBody(c, cl.body);
      });
    }
  });
}

/** Checks a labeled statement; the label names the loop, switch or select it labels. */
export function checkLabeled(c: Checker, s: ast.LabeledStmt): void {
  const name = s.label.name;
  const st = s.stmt;
  switch (st.kind) {
    case 'ForStmt':
      return checkFor(c, st, name);
    case 'RangeStmt':
      return checkRange(c, st, name);
    case 'SwitchStmt':
      return checkSwitch(c, st, name);
    case 'TypeSwitchStmt':
      return checkTypeSwitch(c, st, name);
    case 'SelectStmt':
      return checkSelect(c, st, name);
    default:
      return checkStmt(c, st);
  }
}

/** Checks `break`/`continue` (with optional label) and records the statement each one targets. */
export function checkBranch(c: Checker, s: ast.BranchStmt): void {
  const frames = c.branches;
  if (s.label) {
    const name = s.label.name;
    const l = c.fn?.labels.get(name);
    if (!l) {
      c.error(s.label.pos, `${s.tok} label not defined: ${name}`);
      return;
    }
    l.used = true;
    const f = [...frames].reverse().find((fr) => fr.label === name);
    if (!f || (s.tok === 'continue' && f.kind !== 'loop')) {
      c.error(s.label.pos, `invalid ${s.tok} label ${name}`);
      return;
    }
    c.branchTargets.set(s, f.stmt);
    if (s.tok === 'break') c.breakTargets.add(f.stmt);
    return;
  }
  const f = [...frames].reverse().find((fr) => s.tok === 'break' || fr.kind === 'loop');
  if (!f) {
    c.error(
      s.pos,
      s.tok === 'break' ? 'break is not in a loop, switch, or select' : 'continue is not in a loop',
    );
    return;
  }
  c.branchTargets.set(s, f.stmt);
}
