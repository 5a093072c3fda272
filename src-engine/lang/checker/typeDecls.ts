/**
 * Declared types: `type T …` at package level and in functions, struct types with fields, interface types
 * with method sets, and the methods declared on named types.
 */
import type * as ast from '../ast';
import type { FuncObj, TypeObj } from '../program';
import {
  type AnyType,
  type DeclaredMethod,
  type IfaceMethod,
  INVALID,
  type NamedType,
  type StructField,
  type StructType,
  type Type,
  typeString,
  under,
} from '../types';
import type { Checker } from './Checker';
import type { Scope } from './Scope';
import { resolveSignature, resolveType } from './typeexpr';

/** Declares the names of type specs first (so types may refer to each other), then resolves them. */
export function checkTypeSpecs(
  c: Checker,
  specs: readonly ast.TypeSpec[],
  scope: Scope,
  beforeResolve: () => void = () => undefined,
): void {
  const pending: { spec: ast.TypeSpec; named: NamedType | null; obj: TypeObj }[] = [];
  for (const spec of specs) {
    if (spec.alias) {
      const obj: TypeObj = { kind: 'type', id: c.id(), name: spec.name.name, type: INVALID };
      pending.push({ spec, named: null, obj });
    } else {
      const named: NamedType = {
        kind: 'named',
        name: spec.name.name,
        underlying: INVALID,
        declared: { methods: new Map(), id: c.id() },
      };
      const obj: TypeObj = { kind: 'type', id: c.id(), name: spec.name.name, type: named };
      pending.push({ spec, named, obj });
    }
  }
  for (const p of pending) if (!p.spec.alias) c.declare(p.spec.name, p.obj, scope);
  beforeResolve();
  for (const p of pending) {
    const t = resolveType(c, p.spec.type);
    if (p.named) p.named.underlying = under(t);
    else {
      (p.obj as { type: Type }).type = t;
      c.declare(p.spec.name, p.obj, scope);
    }
  }
  for (const p of pending) {
    if (p.named && p.named.underlying.kind === 'named')
      c.error(p.spec.name.pos, `invalid recursive type ${p.named.name}`);
  }
}

/** Resolves `struct{…}`: fields in order, embedded fields named after their type. */
export function resolveStructType(c: Checker, e: ast.StructType): StructType {
  const fields: StructField[] = [];
  const seen = new Map<string, ast.Node>();
  for (const f of e.fields) {
    const t = resolveType(c, f.type);
    if (f.names.length === 0) {
      let base = t;
      if (base.kind === 'pointer') base = base.elem;
      const name = embeddedName(f.type);
      if (base.kind !== 'named' && base.kind !== 'invalid') {
        c.error(f.type.pos, `embedded field type must be a type name`);
      }
      addField(c, fields, seen, name, t, true, f.type);
      continue;
    }
    for (const n of f.names) addField(c, fields, seen, n.name, t, false, n);
  }
  return { kind: 'struct', opaque: '', fields };
}

function addField(
  c: Checker,
  fields: StructField[],
  seen: Map<string, ast.Node>,
  name: string,
  type: Type,
  embedded: boolean,
  at: ast.Node,
): void {
  const prev = seen.get(name);
  if (prev && name !== '_') {
    c.error(
      at.pos,
      `${name} redeclared\n\t${c.diags.file}:${prev.pos.line}:${prev.pos.col}: other declaration of ${name}`,
    );
    return;
  }
  seen.set(name, at);
  fields.push({ name, type, embedded });
}

function embeddedName(e: ast.Expr): string {
  if (e.kind === 'StarExpr') return embeddedName(e.x);
  if (e.kind === 'SelectorExpr') return e.sel.name;
  if (e.kind === 'Ident') return e.name;
  if (e.kind === 'ParenExpr') return embeddedName(e.x);
  return '_';
}

/** Resolves `interface{…}`: declared methods plus the methods of embedded interfaces, sorted by name. */
export function resolveInterfaceType(c: Checker, e: ast.InterfaceType): AnyType {
  const methods = new Map<string, IfaceMethod>();
  for (const f of e.methods) {
    if (f.names.length === 0) {
      const t = resolveType(c, f.type);
      const u = under(t);
      if (u.kind === 'invalid') continue;
      if (u.kind !== 'any') {
        c.unsupported(f.type.pos, `interface elements other than methods (${typeString(t)}) are`);
        continue;
      }
      for (const m of u.methods ?? []) methods.set(m.name, m);
      continue;
    }
    const name = f.names[0] as ast.Ident;
    const ft = f.type as ast.FuncType;
    if (methods.has(name.name)) {
      c.error(name.pos, `duplicate method ${name.name}`);
      continue;
    }
    methods.set(name.name, { name: name.name, type: resolveSignature(c, ft.params, ft.results) });
  }
  const list = [...methods.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { kind: 'any', methods: list };
}

/** A method declaration's receiver base type and whether it is a pointer receiver; null when reported. */
export function methodReceiver(c: Checker, d: ast.FuncDecl): { named: NamedType; pointer: boolean } | null {
  const recv = d.recv;
  if (recv === null) return null;
  let te = recv.type;
  while (te.kind === 'ParenExpr') te = te.x;
  let pointer = false;
  if (te.kind === 'StarExpr') {
    pointer = true;
    te = te.x;
  }
  const t = resolveType(c, te);
  if (t.kind === 'invalid') return null;
  if (t.kind !== 'named' || t.declared === undefined) {
    c.error(te.pos, `cannot define new methods on non-local type ${typeString(t)}`);
    return null;
  }
  const u = t.underlying;
  if (u.kind === 'pointer' || u.kind === 'any') {
    c.error(te.pos, `invalid receiver type ${t.name} (pointer or interface type)`);
    return null;
  }
  return { named: t, pointer };
}

/** Records method `obj` on its receiver type, reporting duplicates and clashes with field names. */
export function addMethod(
  c: Checker,
  d: ast.FuncDecl,
  named: NamedType,
  pointer: boolean,
  obj: FuncObj,
): void {
  const methods = named.declared?.methods;
  if (!methods) return;
  const name = d.name.name;
  if (name === '_') return;
  const prev = methods.get(name);
  if (prev) {
    const at = (prev.obj as FuncObj).pos;
    c.error(
      d.name.pos,
      `method ${named.name}.${name} already declared at ${c.diags.file}:${at.line}:${at.col}`,
    );
    return;
  }
  const u = named.underlying;
  if (u.kind === 'struct' && (u.fields ?? []).some((f) => f.name === name)) {
    c.error(d.name.pos, `field and method with the same name ${name}`);
    return;
  }
  const m: DeclaredMethod = { name, type: obj.type, pointerRecv: pointer, obj };
  methods.set(name, m);
}
