/**
 * `select`: channel operands and send values are evaluated on entry in source order; one `select` op asks
 * the engine which case proceeds. As in gc, `select {}` blocks forever and a single case without default is
 * a plain send or receive (so a deadlock report names `chan receive`, not `select`).
 */
import type * as ast from '../../ast';
import type { SelectCase } from '../../../sim/body';
import { INVALID, under } from '../../types';
import { CONT, type E, type RV } from '../runtime/types';
import type { Builder, Label } from './Builder';
import { compileExpr } from './exprs';
import { lvalue } from './lvalues';
import { zeroOf } from './typeInfo';

interface CaseOperands {
  dir: 'send' | 'recv';
  ch: E;
  value: E | null;
  zero: RV;
  clause: ast.CommClause;
}

function recvExpr(comm: ast.ExprStmt | ast.AssignStmt): ast.UnaryExpr {
  let e = comm.kind === 'ExprStmt' ? comm.x : (comm.rhs[0] as ast.Expr);
  while (e.kind === 'ParenExpr') e = e.x;
  return e as ast.UnaryExpr;
}

/** Binds `v, ok` of a receive clause (`:=` declares, `=` assigns). */
function bindRecv(b: Builder, comm: ast.AssignStmt, v: E, ok: E): void {
  comm.lhs.forEach((l, i) => {
    const val = i === 0 ? v : ok;
    const d = l.kind === 'Ident' && comm.op === ':=' ? b.unit.prog.defs.get(l) : undefined;
    if (d?.kind === 'var') b.declare(d, val);
    else {
      const ref = lvalue(b, l, false);
      b.emit((_g, f) => (ref.store(f, val(f)), CONT));
    }
  });
}

/** Compiles a `select` statement; `compileStmts` compiles the clause bodies. */
export function compileSelect(
  b: Builder,
  s: ast.SelectStmt,
  compileStmts: (b: Builder, stmts: readonly ast.Stmt[]) => void,
): void {
  const end = b.newLabel();
  b.targets.set(s, { brk: end, cont: null });
  const cases: CaseOperands[] = [];
  let dflt: ast.CommClause | null = null;
  for (const cl of s.clauses) {
    const comm = cl.comm;
    if (comm === null) {
      dflt = cl;
      continue;
    }
    if (comm.kind === 'SendStmt') {
      const ch = b.spill(compileExpr(b, comm.chan));
      const value = b.spill(compileExpr(b, comm.value));
      cases.push({ dir: 'send', ch, value, zero: null, clause: cl });
    } else {
      const rx = recvExpr(comm);
      const ct = under(b.unit.typeOf(rx.x));
      const ch = b.spill(compileExpr(b, rx.x));
      cases.push({
        dir: 'recv',
        ch,
        value: null,
        zero: zeroOf(ct.kind === 'chan' ? ct.elem : INVALID),
        clause: cl,
      });
    }
  }
  const idx = b.temp();
  const val = b.temp();
  const ok = b.temp();
  const zeros = cases.map((c) => c.zero);
  if (cases.length === 1 && dflt === null) {
    const c = cases[0] as CaseOperands;
    if (c.dir === 'send') {
      const value = c.value as E;
      b.emitOp((_g, f) => ({ op: 'send', ch: c.ch(f) as number, value: value(f) }));
    } else {
      b.emitOp(
        (_g, f) => ({ op: 'recv', ch: c.ch(f) as number }),
        (_g, f, input) => {
          f.r[val] = input.ok ? input.value : c.zero;
          f.r[ok] = input.ok;
        },
      );
    }
    b.set(idx, () => 0);
  } else {
    const hasDefault = dflt !== null;
    b.emitOp(
      (_g, f) => ({
        op: 'select',
        hasDefault,
        cases: cases.map((c): SelectCase =>
          c.dir === 'send'
            ? { dir: 'send', ch: c.ch(f) as number, value: (c.value as E)(f) }
            : { dir: 'recv', ch: c.ch(f) as number },
        ),
      }),
      (_g, f, input) => {
        f.r[idx] = input.index;
        f.r[val] = input.index >= 0 && input.ok ? input.value : zeros[input.index];
        f.r[ok] = input.ok;
      },
    );
  }
  const labels: Label[] = cases.map(() => b.newLabel());
  cases.forEach((_, i) => b.jumpIf((f) => f.r[idx] === i, labels[i] as Label));
  if (dflt !== null) {
    b.line = dflt.pos.line;
    compileStmts(b, dflt.body);
  }
  b.jump(end);
  cases.forEach((c, i) => {
    b.place(labels[i] as Label);
    b.line = c.clause.pos.line;
    const comm = c.clause.comm;
    if (comm?.kind === 'AssignStmt')
      bindRecv(
        b,
        comm,
        (f) => f.r[val],
        (f) => f.r[ok],
      );
    compileStmts(b, c.clause.body);
    b.jump(end);
  });
  b.place(end);
}
