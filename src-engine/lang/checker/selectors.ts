/**
 * Selectors on program types: struct fields (through pointers and embedded fields), methods declared in the
 * program (value and pointer receivers, promoted through embedding), interface methods, and library methods
 * promoted from embedded library types (`struct{ sync.Mutex }` → `c.Lock()`).
 */
import type * as ast from '../ast';
import { memberOf } from '../library';
import type { FieldObj, MethodObj } from '../program';
import { type AnyType, type DeclaredMethod, type NamedType, type Type, typeString, under } from '../types';
import type { Checker } from './Checker';
import { exprString } from './exprString';
import type { Operand } from './operand';

type Found =
  | { kind: 'field'; path: number[]; type: Type }
  | { kind: 'method'; path: number[]; method: DeclaredMethod; named: NamedType }
  | { kind: 'iface'; path: number[]; iface: AnyType; type: Type }
  | { kind: 'lib'; path: number[]; member: MethodObj | FieldObj };

/** Go's lookup of `name` in `t` (a type or a pointer to one): the shallowest match; 'ambiguous' on a tie. */
export function lookupFieldOrMethod(t: Type, name: string): Found | 'ambiguous' | null {
  let level: { type: Type; path: number[] }[] = [{ type: t, path: [] }];
  const seen = new Set<Type>();
  for (let depth = 0; level.length > 0; depth++) {
    const found: Found[] = [];
    const next: { type: Type; path: number[] }[] = [];
    for (const { type, path } of level) {
      let base = type;
      const bu = under(base);
      if (bu.kind === 'pointer' && (depth > 0 || base.kind !== 'named')) base = bu.elem;
      if (seen.has(base)) continue;
      seen.add(base);
      if (base.kind === 'named' && base.declared) {
        const m = base.declared.methods.get(name);
        if (m) found.push({ kind: 'method', path, method: m, named: base });
      } else if (base.kind === 'named' && (depth > 0 || under(base).kind === 'struct')) {
        const m = memberOf(base, name);
        if (m) found.push({ kind: 'lib', path, member: m });
      }
      const u = under(base);
      if (u.kind === 'any') {
        const m = (u.methods ?? []).find((x) => x.name === name);
        if (m) found.push({ kind: 'iface', path, iface: u, type: m.type });
      }
      if (u.kind === 'struct' && u.fields) {
        u.fields.forEach((f, i) => {
          if (f.name === name) found.push({ kind: 'field', path: [...path, i], type: f.type });
          else if (f.embedded) next.push({ type: f.type, path: [...path, i] });
        });
      }
    }
    if (found.length === 1) return found[0] as Found;
    if (found.length > 1) return 'ambiguous';
    level = next;
  }
  return null;
}

/** True when `t` is (or points to) a type whose selectors this module resolves. */
export function isProgramSelectable(t: Type): boolean {
  let b = t;
  if (under(b).kind === 'pointer' && b.kind !== 'named') b = (under(b) as { elem: Type }).elem;
  if (b.kind === 'named' && b.declared) return true;
  const u = under(b);
  return (
    (u.kind === 'struct' && u.fields !== undefined) || (u.kind === 'any' && (u.methods?.length ?? 0) > 0)
  );
}

/**
 * Builds the synthetic selector chain `x.E1.E2…` through embedded fields at `path` (each step recorded as a
 * field selection), returning the innermost holder expression and its type.
 */
function embeddedChain(
  c: Checker,
  x: Operand,
  path: readonly number[],
): { expr: ast.Expr; type: Type; mode: Operand['mode'] } {
  let expr = x.expr;
  let type = x.type;
  let mode = x.mode;
  for (const i of path) {
    const ptr = under(type).kind === 'pointer';
    const st = under(ptr ? (under(type) as { elem: Type }).elem : type);
    const f = st.kind === 'struct' ? st.fields?.[i] : undefined;
    if (!f) break;
    const sel: ast.Ident = { kind: 'Ident', name: f.name, pos: expr.end, end: expr.end };
    const node: ast.SelectorExpr = { kind: 'SelectorExpr', x: expr, sel, pos: expr.pos, end: expr.end };
    mode = ptr || mode === 'variable' ? 'variable' : 'value';
    c.selections.set(node, { kind: 'field', index: i, recv: expr, ptr });
    c.exprs.set(node, { mode, type: f.type, value: null });
    expr = node;
    type = f.type;
  }
  return { expr, type, mode };
}

/**
 * The implicit `&x` of a pointer-method call on a variable: a variable whose address is taken lives in a
 * cell (as a captured one does), unless it is a struct (whose storage is shared by reference already).
 */
function markAddressTaken(c: Checker, e: ast.Expr): void {
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind !== 'Ident') return;
  const obj = c.uses.get(e);
  if (obj?.kind === 'var' && obj.role !== 'global' && !hasFields(obj.type)) obj.captured = true;
}

/** True for struct types with fields (their values are shared storage at run time). */
export function hasFields(t: Type): boolean {
  const u = under(t);
  return u.kind === 'struct' && (u.fields?.length ?? 0) > 0;
}

/** Checks `x.sel` on a program type; `isCallee` when it is the function of a call. */
export function checkProgramSelector(
  c: Checker,
  e: ast.SelectorExpr,
  x: Operand,
  isCallee: boolean,
): Operand {
  const found = lookupFieldOrMethod(x.type, e.sel.name);
  const bad = (msg: string): Operand => {
    c.error(e.sel.pos, msg);
    return { mode: 'invalid', type: { kind: 'invalid' }, value: null, expr: e };
  };
  if (found === 'ambiguous') return bad(`ambiguous selector ${exprString(e)}`);
  if (found === null) {
    const u = under(x.type);
    const what =
      u.kind === 'pointer' && under(u.elem).kind === 'any'
        ? `type ${typeString(x.type)} is pointer to interface, not interface`
        : `type ${typeString(x.type)} has no field or method ${e.sel.name}`;
    return bad(`${exprString(e)} undefined (${what})`);
  }
  const holder = embeddedChain(c, x, found.kind === 'field' ? found.path.slice(0, -1) : found.path);
  const ptr = under(holder.type).kind === 'pointer';
  switch (found.kind) {
    case 'field': {
      const index = found.path[found.path.length - 1] as number;
      c.selections.set(e, { kind: 'field', index, recv: holder.expr, ptr });
      const mode = ptr || holder.mode === 'variable' ? 'variable' : 'value';
      return { mode, type: found.type, value: null, expr: e };
    }
    case 'method': {
      const m = found.method;
      if (m.pointerRecv && !ptr && holder.mode !== 'variable') {
        return bad(`cannot call pointer method ${e.sel.name} on ${typeString(holder.type)}`);
      }
      if (m.pointerRecv && !ptr) markAddressTaken(c, holder.expr);
      c.selections.set(e, { kind: 'method', method: m, named: found.named, recv: holder.expr, ptr });
      return { mode: 'value', type: m.type, value: null, expr: e };
    }
    case 'iface':
      c.selections.set(e, { kind: 'iface', name: e.sel.name, iface: found.iface, recv: holder.expr });
      return { mode: 'value', type: found.type, value: null, expr: e };
    case 'lib': {
      c.uses.set(e.sel, found.member);
      if (holder.expr !== x.expr) c.promotedRecv.set(e, holder.expr);
      if (found.member.kind === 'field')
        return { mode: 'value', type: found.member.type, value: null, expr: e };
      if (!isCallee) {
        c.unsupported(e.pos, `method values (${exprString(e)} without a call) are`);
        return { mode: 'invalid', type: { kind: 'invalid' }, value: null, expr: e };
      }
      return { mode: 'value', type: found.member.type, value: null, expr: e };
    }
  }
}
