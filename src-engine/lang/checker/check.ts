import type * as ast from '../ast';
import type { DiagnosticSink } from '../diagnostics';
import { HELPERS, SUPPORTED_PACKAGES } from '../library';
import type { CheckedProgram, FuncObj } from '../program';
import { Checker } from './Checker';
import { checkFuncDecl } from './funcs';
import { collectGlobals, type Pending, resolveAllGlobals, varInitOrder } from './globals';
import { checkLockParams } from './copylocks';
import { resolveSignature } from './typeexpr';
import { addMethod, checkTypeSpecs, methodReceiver } from './typeDecls';
import type { Type } from '../types';

function checkImports(c: Checker, file: ast.File): void {
  for (const spec of file.imports) {
    if (spec.path.bad) continue;
    const path = spec.path.value;
    if (!SUPPORTED_PACKAGES.includes(path)) {
      c.error(spec.path.pos, `package ${path} is not supported in scenarios`);
      const last = path.split('/').pop() ?? path;
      const bad = {
        kind: 'package' as const,
        id: c.id(),
        name: spec.name?.name ?? last,
        path,
        pos: spec.path.pos,
        used: true,
      };
      c.badPackages.add(bad);
      c.fileScope.declare(bad.name, bad);
      continue;
    }
    const name = spec.name?.name ?? path.split('/').pop() ?? path;
    if (name === '_') {
      c.unsupported(spec.pos, 'blank imports are');
      continue;
    }
    const obj = { kind: 'package' as const, id: c.id(), name, path, pos: spec.path.pos, used: false };
    c.packages.push(obj);
    const prev = c.fileScope.declare(name, obj);
    if (prev) c.error(spec.path.pos, `${name} redeclared in this block`);
    else if (spec.name) c.defs.set(spec.name, obj);
  }
}

function collectFuncs(c: Checker, file: ast.File): FuncObj[] {
  for (const h of HELPERS) c.pkgScope.declare(h.name, h);
  const out: FuncObj[] = [];
  for (const d of file.decls) {
    if (d.kind !== 'FuncDecl') continue;
    if (d.recv !== null) {
      const m = collectMethod(c, d);
      if (m) out.push(m);
      continue;
    }
    const name = d.name.name;
    const type = resolveSignature(c, d.type.params, d.type.results);
    checkLockParams(c, d.type.params, type.params, name);
    const obj: FuncObj = { kind: 'func', id: c.id(), name, type, pos: d.name.pos, decl: d, info: null };
    if (name === 'init') {
      c.unsupported(d.name.pos, 'init functions are');
      continue;
    }
    if (name === 'main' && (d.type.params.length > 0 || d.type.results.length > 0))
      c.error(d.name.pos, 'func main must have no arguments and no return values');
    if (name !== '_' && HELPERS.some((h) => h.name === name)) {
      c.error(d.name.pos, `${name} redeclared in this block (it is a predeclared scenario helper)`);
      continue;
    }
    c.funcs.push(obj);
    c.declare(d.name, obj, c.pkgScope);
    out.push(obj);
  }
  return out;
}

/** A method declaration: its FuncObj (named as Go's tracebacks name it, `(*T).M` or `T.M`), recorded on T. */
function collectMethod(c: Checker, d: ast.FuncDecl): FuncObj | null {
  const r = methodReceiver(c, d);
  const type = resolveSignature(c, d.type.params, d.type.results);
  if (r === null) return null;
  const recvType: Type = r.pointer ? { kind: 'pointer', elem: r.named } : r.named;
  if (d.recv) checkLockParams(c, [d.recv], [recvType], d.name.name);
  checkLockParams(c, d.type.params, type.params, d.name.name);
  const name = r.pointer ? `(*${r.named.name}).${d.name.name}` : `${r.named.name}.${d.name.name}`;
  const obj: FuncObj = {
    kind: 'func',
    id: c.id(),
    name,
    type,
    pos: d.name.pos,
    decl: d,
    info: null,
    recv: recvType,
  };
  c.defs.set(d.name, obj);
  addMethod(c, d, r.named, r.pointer, obj);
  return obj;
}

/**
 * Type-checks a parsed file: imports, package-level declarations in any order, function bodies, then
 * unused imports and variables, `main`, and the initialization order of package variables.
 */
export function checkFile(file: ast.File, diags: DiagnosticSink): CheckedProgram {
  const c = new Checker(file, diags);
  if (file.packageName.name !== 'main')
    c.error(
      file.packageName.pos,
      `package ${file.packageName.name} is not supported; scenarios are package main`,
    );
  checkImports(c, file);
  const genDecls = file.decls.filter((d): d is ast.GenDecl => d.kind === 'GenDecl');
  for (const d of genDecls)
    for (const spec of d.specs)
      for (const n of spec.names)
        if (HELPERS.some((h) => h.name === n.name))
          c.error(n.pos, `${n.name} redeclared in this block (it is a predeclared scenario helper)`);
  // Constants and variables are declared (and checked on first use) once the type names are, before the
  // types are resolved, so an array length may name a package constant (`type Board [Size * Size]Cell`).
  let pending: Pending[] = [];
  checkTypeSpecs(
    c,
    file.decls.flatMap((d) => (d.kind === 'TypeDecl' ? d.specs : [])),
    c.pkgScope,
    () => (pending = collectGlobals(c, genDecls)),
  );
  const funcs = collectFuncs(c, file);
  resolveAllGlobals(c, pending);
  for (const f of funcs) checkFuncDecl(c, f);
  for (const p of c.packages) {
    if (!p.used)
      c.error(
        p.pos,
        p.name === p.path
          ? `"${p.path}" imported and not used`
          : `"${p.path}" imported as ${p.name} and not used`,
      );
  }
  for (const v of c.allLocals) {
    const id = c.varDecls.get(v);
    if (!v.used && v.name !== '_' && id) c.error(id.pos, `declared and not used: ${v.name}`);
  }
  if (!c.funcs.some((f) => f.name === 'main'))
    c.error(file.packageName.pos, 'function main is undeclared in the main package');
  return c.program(varInitOrder(c, pending));
}
