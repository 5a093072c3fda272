import type * as ast from '../ast';
import type { FuncInfo, FuncObj, Obj, VarObj } from '../program';
import type { FuncType, Type } from '../types';
import type { Checker, FuncContext } from './Checker';
import { checkBlockBody } from './statements';
import { isTerminatingList } from './terminating';
import { checkLockParams } from './copylocks';
import { resolveSignature } from './typeexpr';

/** Creates the FuncInfo for a declaration or literal. */
function newInfo(
  c: Checker,
  node: ast.FuncDecl | ast.FuncLit,
  name: string,
  obj: FuncObj | null,
  type: FuncType,
): FuncInfo {
  const info: FuncInfo = {
    id: c.funcInfos.length,
    node,
    name,
    obj,
    type,
    parent: c.fn?.info ?? null,
    params: [],
    results: [],
    locals: [],
    captures: [],
    literals: [],
  };
  c.funcInfos.push(info);
  info.parent?.literals.push(info);
  return info;
}

/** Declares parameters and named results, checks the body, and reports `missing return` and unused labels. */
function checkBody(c: Checker, info: FuncInfo, ftype: ast.FuncType, body: ast.BlockStmt): void {
  const savedFn = c.fn;
  const savedBranches = c.branches;
  const savedIota = c.iota;
  const fn: FuncContext = {
    info,
    results: info.type.results,
    namedResults: ftype.results.some((f) => f.names.length > 0),
    labels: new Map(),
    literalCount: 0,
  };
  c.fn = fn;
  c.branches = [];
  c.iota = null;
  try {
    c.inScope('func', () => {
      const recv = info.node.kind === 'FuncDecl' ? info.node.recv : null;
      if (recv && info.obj?.recv) declareFields(c, [recv], [info.obj.recv], 'param', info.params);
      declareFields(c, ftype.params, info.type.params, 'param', info.params);
      declareFields(c, ftype.results, info.type.results, 'result', info.results);
      collectLabels(c, body.stmts);
      checkBlockBody(c, body.stmts);
    });
    for (const [name, l] of fn.labels)
      if (!l.used) c.error(l.stmt.label.pos, `label ${name} defined and not used`);
    if (info.type.results.length > 0 && !isTerminatingList(c, body.stmts))
      c.error(body.rbrace, 'missing return');
  } finally {
    c.fn = savedFn;
    c.branches = savedBranches;
    c.iota = savedIota;
  }
}

function declareFields(
  c: Checker,
  fields: readonly ast.Field[],
  types: readonly Type[],
  role: VarObj['role'],
  out: VarObj[],
): void {
  let i = 0;
  for (const f of fields) {
    if (f.names.length === 0) {
      i++;
      continue;
    }
    for (const n of f.names) {
      const v = c.newVar(n.name, types[i] ?? { kind: 'invalid' }, n.pos, role);
      v.used = true;
      out.push(v);
      c.declare(n, v);
      i++;
    }
  }
}

/** Labels have function scope: collect them (and report duplicates) before checking the body. */
function collectLabels(c: Checker, stmts: readonly ast.Stmt[]): void {
  const visit = (s: ast.Stmt): void => {
    switch (s.kind) {
      case 'LabeledStmt': {
        const labels = c.fn?.labels;
        if (labels) {
          if (labels.has(s.label.name)) c.error(s.label.pos, `label ${s.label.name} already defined`);
          else labels.set(s.label.name, { stmt: s, used: false });
        }
        visit(s.stmt);
        break;
      }
      case 'BlockStmt':
        s.stmts.forEach(visit);
        break;
      case 'IfStmt': {
        // Along an `else if` chain with a loop (chains may have thousands of branches).
        let cur: ast.Stmt | null = s;
        for (; cur?.kind === 'IfStmt'; cur = cur.else) visit(cur.then);
        if (cur) visit(cur);
        break;
      }
      case 'ForStmt':
      case 'RangeStmt':
        visit(s.body);
        break;
      case 'SwitchStmt':
      case 'TypeSwitchStmt':
        for (const cl of s.clauses) cl.body.forEach(visit);
        break;
      case 'SelectStmt':
        for (const cl of s.clauses) cl.body.forEach(visit);
        break;
      default:
        break;
    }
  };
  stmts.forEach(visit);
}

/** Checks a top-level function's body. */
export function checkFuncDecl(c: Checker, obj: FuncObj): void {
  const d = obj.decl;
  const info = newInfo(c, d, obj.name, obj, obj.type);
  obj.info = info;
  if (!d.body) {
    c.error(d.name.pos, `missing function body`);
    return;
  }
  const deps = new Set<Obj>();
  c.funcDeps.set(obj, deps);
  const savedDeps = c.deps;
  c.deps = deps;
  try {
    checkBody(c, info, d.type, d.body);
  } finally {
    c.deps = savedDeps;
  }
}

/** Checks a function literal (a closure) and returns its type. */
export function checkFuncLit(c: Checker, e: ast.FuncLit): FuncType {
  const type = resolveSignature(c, e.type.params, e.type.results);
  checkLockParams(c, e.type.params, type.params, 'func');
  const parent = c.fn;
  let name: string;
  if (parent) {
    parent.literalCount++;
    name = parent.info.parent
      ? `${parent.info.name}.${parent.literalCount}`
      : `${parent.info.name}.func${parent.literalCount}`;
  } else name = `glob.func${c.funcInfos.filter((f) => f.parent === null && f.obj === null).length + 1}`;
  const info = newInfo(c, e, name, null, type);
  checkBody(c, info, e.type, e.body);
  return type;
}
