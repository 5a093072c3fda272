import type * as ast from '../ast';
import type { Checker } from './Checker';

/** True when a statement list ends in a terminating statement (Go spec, "Terminating statements"). */
export function isTerminatingList(c: Checker, stmts: readonly ast.Stmt[]): boolean {
  for (let i = stmts.length - 1; i >= 0; i--) {
    const s = stmts[i] as ast.Stmt;
    if (s.kind === 'EmptyStmt') continue;
    return isTerminating(c, s);
  }
  return false;
}

function hasBreak(c: Checker, target: ast.Stmt): boolean {
  return c.breakTargets.has(target);
}

/** True when `s` is a terminating statement. */
export function isTerminating(c: Checker, s: ast.Stmt): boolean {
  switch (s.kind) {
    case 'ReturnStmt':
      return true;
    case 'ExprStmt': {
      let e = s.x;
      while (e.kind === 'ParenExpr') e = e.x;
      if (e.kind !== 'CallExpr') return false;
      const info = c.calls.get(e);
      return info?.kind === 'builtin' && info.name === 'panic';
    }
    case 'BlockStmt':
      return isTerminatingList(c, s.stmts);
    case 'IfStmt': {
      // Along an `else if` chain with a loop: every branch terminates, and the chain ends with a plain else.
      let cur: ast.Stmt = s;
      for (; cur.kind === 'IfStmt'; cur = cur.else) {
        if (cur.else === null || !isTerminatingList(c, cur.then.stmts)) return false;
      }
      return isTerminating(c, cur);
    }
    case 'ForStmt':
      return s.cond === null && !hasBreak(c, s);
    case 'LabeledStmt':
      return isTerminating(c, s.stmt);
    case 'SwitchStmt':
    case 'TypeSwitchStmt':
      return (
        !hasBreak(c, s) &&
        s.clauses.some((cl) => cl.list === null) &&
        s.clauses.every((cl) => isTerminatingList(c, cl.body))
      );
    case 'SelectStmt':
      return !hasBreak(c, s) && s.clauses.every((cl) => isTerminatingList(c, cl.body));
    default:
      return false;
  }
}
