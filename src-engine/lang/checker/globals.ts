import type * as ast from '../ast';
import type { ConstObj, Obj, VarObj } from '../program';
import { INVALID } from '../types';
import type { Checker } from './Checker';
import { checkConstSpec, checkVarSpec } from './decls';

/** A package-level spec waiting to be checked. */
export interface Pending {
  readonly spec: ast.ValueSpec;
  readonly tok: 'var' | 'const';
  readonly objs: (VarObj | ConstObj)[];
  state: 'todo' | 'busy' | 'done';
  readonly deps: Set<Obj>;
}

const pendingByChecker = new WeakMap<Checker, Map<Obj, Pending>>();

/** Declares the package-level constants and variables of `decls` so they can be used in any order. */
export function collectGlobals(c: Checker, decls: readonly ast.GenDecl[]): Pending[] {
  const map = new Map<Obj, Pending>();
  pendingByChecker.set(c, map);
  const all: Pending[] = [];
  for (const d of decls) {
    for (const spec of d.specs) {
      const objs: (VarObj | ConstObj)[] = spec.names.map((n) =>
        d.tok === 'var'
          ? c.newVar(n.name, INVALID, n.pos, 'global')
          : { kind: 'const', id: c.id(), name: n.name, type: INVALID, value: null, pos: n.pos, used: false },
      );
      const p: Pending = { spec, tok: d.tok, objs, state: 'todo', deps: new Set() };
      all.push(p);
      spec.names.forEach((n, i) => {
        const obj = objs[i] as VarObj | ConstObj;
        if (obj.kind === 'var') c.globals.push(obj);
        else c.consts.push(obj);
        map.set(obj, p);
        c.declare(n, obj, c.pkgScope);
      });
    }
  }
  return all;
}

/** Checks the declaration of a package-level constant or variable on first use (or in order). */
export function resolveGlobal(c: Checker, obj: Obj): void {
  const p = pendingByChecker.get(c)?.get(obj);
  if (!p || p.state === 'done') return;
  if (p.state === 'busy') {
    const name = obj.kind === 'var' || obj.kind === 'const' ? obj.name : '';
    c.error(
      p.spec.names[0]?.pos ?? p.spec.pos,
      `initialization cycle or invalid recursive reference to ${name}`,
    );
    for (const o of p.objs) o.type = INVALID;
    p.state = 'done';
    return;
  }
  p.state = 'busy';
  const saved = { scope: c.scope, fn: c.fn, branches: c.branches, iota: c.iota, deps: c.deps };
  c.scope = c.fileScope;
  c.fn = null;
  c.branches = [];
  c.iota = null;
  c.deps = p.deps;
  try {
    if (p.tok === 'const') checkConstSpec(c, p.spec, p.objs as ConstObj[]);
    else checkVarSpec(c, p.spec, p.objs as VarObj[], 'variable declaration');
  } finally {
    Object.assign(c, saved);
    p.state = 'done';
  }
}

/** Resolves every pending global in declaration order. */
export function resolveAllGlobals(c: Checker, all: readonly Pending[]): void {
  for (const p of all) {
    const first = p.objs[0];
    if (first) resolveGlobal(c, first);
  }
}

/**
 * Orders package-level variable specs for initialization: a spec comes after every spec it depends
 * on, directly or through the functions it calls (a depth-first approximation of Go's rule).
 */
export function varInitOrder(c: Checker, all: readonly Pending[]): ast.ValueSpec[] {
  const map = pendingByChecker.get(c);
  const order: ast.ValueSpec[] = [];
  const state = new Map<Pending, 'visiting' | 'done'>();
  const funcSeen = new Set<Obj>();
  const depsOf = (deps: Set<Obj>, out: Set<Pending>): void => {
    for (const d of deps) {
      if (d.kind === 'func') {
        if (funcSeen.has(d)) continue;
        funcSeen.add(d);
        const fd = c.funcDeps.get(d);
        if (fd) depsOf(fd, out);
      } else {
        const p = map?.get(d);
        if (p && p.tok === 'var') out.add(p);
      }
    }
  };
  const visit = (p: Pending): void => {
    if (state.get(p)) return;
    state.set(p, 'visiting');
    funcSeen.clear();
    const deps = new Set<Pending>();
    depsOf(p.deps, deps);
    for (const d of deps) if (d !== p) visit(d);
    state.set(p, 'done');
    order.push(p.spec);
  };
  for (const p of all) if (p.tok === 'var') visit(p);
  return order;
}
