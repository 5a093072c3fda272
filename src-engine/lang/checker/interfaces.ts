/**
 * Interfaces: method sets and implementation, implicit conversions to interface types, type assertions and
 * type switches.
 */
import { LOCKER, MUTEX, RW_MUTEX, WRITER } from '../library';
import type * as ast from '../ast';
import {
  type AnyType,
  identical,
  INVALID,
  isComparable,
  isUntyped,
  type Type,
  typeString,
  under,
  UNTYPED_BOOL,
} from '../types';
import { convertUntyped } from './assign';
import type { Checker } from './Checker';
import { checkValue } from './expressions';
import { describe, invalid, type Operand } from './operand';
import { lookupFieldOrMethod } from './selectors';
import { exprString } from './exprString';
import { resolveType } from './typeexpr';

/** The interface type underlying `t`, or null when `t` is not an interface. */
export function ifaceOf(t: Type): AnyType | null {
  const u = under(t);
  return u.kind === 'any' ? u : null;
}

/** Why `t` does not implement `iface` (gc's parenthesised reason), or null when it does. */
export function missingMethod(t: Type, iface: AnyType): string | null {
  const ti = ifaceOf(t);
  for (const m of iface.methods ?? []) {
    if (ti) {
      const have = (ti.methods ?? []).find((x) => x.name === m.name);
      if (!have) return `(missing method ${m.name})`;
      if (!identical(have.type, m.type)) return wrongType(m.name, have.type, m.type);
      continue;
    }
    const found = lookupFieldOrMethod(t, m.name);
    if (found !== null && found !== 'ambiguous' && found.kind === 'iface') {
      // Promoted from an embedded interface.
      if (!identical(found.type, m.type)) return wrongType(m.name, found.type, m.type);
      continue;
    }
    if (found === null || found === 'ambiguous' || found.kind === 'field')
      return `(missing method ${m.name})`;
    if (found.kind === 'lib') {
      // A library method promoted from an embedded field (`struct{ sync.Mutex }` has Lock and Unlock).
      if (found.member.kind !== 'method' || !identical(found.member.type, m.type))
        return `(missing method ${m.name})`;
      continue;
    }
    const isPtr = under(t).kind === 'pointer';
    if (found.method.pointerRecv && !isPtr && !viaPointer(t, found.path))
      return `(method ${m.name} has pointer receiver)`;
    if (!identical(found.method.type, m.type)) return wrongType(m.name, found.method.type, m.type);
  }
  return null;
}

function viaPointer(t: Type, path: readonly number[]): boolean {
  let cur = t;
  for (const i of path) {
    const u = under(cur);
    const st = u.kind === 'pointer' ? under(u.elem) : u;
    const f = st.kind === 'struct' ? st.fields?.[i] : undefined;
    if (!f) return false;
    if (under(f.type).kind === 'pointer') return true;
    cur = f.type;
  }
  return false;
}

function wrongType(name: string, have: Type, want: Type): string {
  const sig = (t: Type): string => typeString(t).replace(/^func/, name);
  return `(wrong type for method ${name})\n\t\thave ${sig(have)}\n\t\twant ${sig(want)}`;
}

/** Records that `x` is converted to interface type `t` where it is used (a no-op for interface values). */
export function noteIfaceConversion(c: Checker, x: Operand, t: Type): void {
  if (ifaceOf(t) === null || ifaceOf(x.type) !== null) return;
  if (x.type.kind === 'basic' && x.type.name === 'untyped nil') return;
  if (x.type.kind === 'tuple' || isUntyped(x.type)) return;
  const iface = ifaceOf(t);
  for (const m of iface?.methods ?? []) {
    const found = lookupFieldOrMethod(x.type, m.name);
    if (found !== null && found !== 'ambiguous' && found.kind === 'iface' && found.path.length > 0) {
      c.unsupported(
        x.expr.pos,
        `calling ${m.name} promoted from an embedded interface through an interface is`,
      );
      return;
    }
    // fmt.Fprint*'s io.Writer: the compiler writes to *os.File and *strings.Builder itself.
    if (found !== null && found !== 'ambiguous' && found.kind === 'lib' && t !== WRITER && t !== LOCKER) {
      c.unsupported(x.expr.pos, `calling the library method ${m.name} through an interface is`);
      return;
    }
  }
  if (t === LOCKER && !isLibraryLocker(x.type)) {
    c.unsupported(x.expr.pos, `${typeString(x.type)} as a sync.Locker is`);
    return;
  }
  c.toIface.set(x.expr, x.type);
}

/** `*sync.Mutex` and `*sync.RWMutex`, the lockers the engine locks itself. */
function isLibraryLocker(t: Type): boolean {
  const u = under(t);
  return u.kind === 'pointer' && (u.elem === MUTEX || u.elem === RW_MUTEX);
}

/**
 * `x == y` where exactly one operand is an interface: the other is converted to it (Go's rule for comparing
 * an interface with a value assignable to it). Null when neither or both operands are interfaces.
 */
export function checkIfaceComparison(c: Checker, e: ast.BinaryExpr, x: Operand, y: Operand): Operand | null {
  const xi = ifaceOf(x.type);
  const yi = ifaceOf(y.type);
  if ((xi === null) === (yi === null)) return null;
  const [iv, other] = xi !== null ? [x, y] : [y, x];
  const iface = (xi ?? yi) as AnyType;
  const mismatch = (): Operand => {
    c.error(
      x.expr.pos,
      `invalid operation: ${exprString(e)} (mismatched types ${describeType(x.type)} and ${describeType(y.type)})`,
    );
    return invalid(e);
  };
  if (isUntyped(other.type)) {
    if (convertUntyped(c, other, iv.type) !== null) return mismatch();
  } else if (missingMethod(other.type, iface) !== null) return mismatch();
  else if (!isComparable(other.type)) return mismatch();
  noteIfaceConversion(c, other, iv.type);
  return { mode: 'value', type: UNTYPED_BOOL, value: null, expr: e };
}

function describeType(t: Type): string {
  return t.kind === 'basic' && t.name.startsWith('untyped') ? t.name : typeString(t);
}

/** Checks `x.(T)`. */
export function checkTypeAssert(c: Checker, e: ast.TypeAssertExpr): Operand {
  const x = checkValue(c, e.x);
  if (e.type === null) {
    c.error(e.pos, 'invalid syntax tree: use of .(type) outside type switch');
    return invalid(e);
  }
  const t = resolveType(c, e.type);
  c.exprs.set(e.type, { mode: 'type', type: t, value: null });
  if (x.mode === 'invalid' || t.kind === 'invalid') return invalid(e);
  const iface = ifaceOf(x.type);
  if (iface === null) {
    c.error(e.x.pos, `invalid operation: ${describe(x)} is not an interface`);
    return invalid(e);
  }
  if (ifaceOf(t) === null) {
    const why = missingMethod(t, iface);
    if (why !== null) {
      c.error(
        e.type.pos,
        `impossible type assertion: ${exprText(e)}\n\t${typeString(t)} does not implement ${typeString(x.type)} ${why}`,
      );
      return invalid(e);
    }
  }
  return { mode: 'commaok', type: t, value: null, expr: e };
}

function exprText(e: ast.TypeAssertExpr): string {
  return `${exprOf(e.x)}.(${e.type ? exprOf(e.type) : 'type'})`;
}

function exprOf(e: ast.Expr): string {
  switch (e.kind) {
    case 'Ident':
      return e.name;
    case 'SelectorExpr':
      return `${exprOf(e.x)}.${e.sel.name}`;
    case 'StarExpr':
      return `*${exprOf(e.x)}`;
    default:
      return '…';
  }
}

/** Checks the guard and clauses of a type switch; `body` checks each clause's statements in its scope. */
export function checkTypeSwitchClauses(
  c: Checker,
  s: ast.TypeSwitchStmt,
  body: (cl: ast.CaseClause) => void,
): void {
  const x = checkValue(c, s.guard.x);
  const iface = x.mode === 'invalid' ? null : ifaceOf(x.type);
  if (x.mode !== 'invalid' && iface === null) c.error(s.guard.x.pos, `${describe(x)} is not an interface`);
  c.exprs.set(s.guard, { mode: 'value', type: x.type, value: null });
  let defaultSeen = false;
  const bindVars = [];
  for (const cl of s.clauses) {
    if (cl.list === null) {
      if (defaultSeen) c.error(cl.pos, 'multiple defaults in switch');
      defaultSeen = true;
    }
    let single: Type | null = null;
    for (const te of cl.list ?? []) {
      const isNil = te.kind === 'Ident' && te.name === 'nil' && c.scope.lookup('nil')?.obj.kind === 'nil';
      let t: Type = INVALID;
      if (isNil) {
        t = { kind: 'basic', name: 'untyped nil' };
        c.exprs.set(te, { mode: 'value', type: t, value: null });
      } else {
        t = resolveType(c, te);
        c.exprs.set(te, { mode: 'type', type: t, value: null });
        if (iface && t.kind !== 'invalid' && ifaceOf(t) === null) {
          const why = missingMethod(t, iface);
          if (why !== null)
            c.error(
              te.pos,
              `impossible type switch case: ${exprString(te)}\n\t${describe(x)} cannot have dynamic type ${typeString(t)} ${why}`,
            );
        }
      }
      single = (cl.list ?? []).length === 1 && !isNil ? t : null;
    }
    c.inScope('block', () => {
      if (s.bind) {
        const vt = single ?? (x.mode === 'invalid' ? INVALID : x.type);
        const v = c.newVar(s.bind.name, vt, s.bind.pos, 'local');
        c.switchVars.set(cl, v);
        c.declare({ ...s.bind }, v);
        bindVars.push(v);
      }
      body(cl);
    });
  }
  if (s.bind) {
    // gc reports an unused type switch variable once, at its declaration, when no clause uses it.
    const vars = [...s.clauses].map((cl) => c.switchVars.get(cl)).filter((v) => v !== undefined);
    const anyUsed = vars.some((v) => v.used);
    for (const v of vars) v.used = true;
    if (!anyUsed) c.error(s.bind.pos, `${s.bind.name} declared and not used`);
  }
}
