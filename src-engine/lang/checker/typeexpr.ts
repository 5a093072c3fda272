import type { Expr, Field } from '../ast';
import { ATOMIC_POINTER_GENERIC, atomicPointerOf, COND } from '../library';
import { EMPTY_IFACE, EMPTY_STRUCT, type FuncType, INVALID, type Type, typeString } from '../types';
import { resolveInterfaceType, resolveStructType } from './typeDecls';
import type { Checker } from './Checker';
import { exprString } from './exprString';
import { checkExpr } from './expressions';
import { resolveMapType } from './maps';
import { resolveArrayType } from './arrays';
import { describe } from './operand';

/** Resolves a type expression, reporting names that are not types and unsupported forms. */
export function resolveType(c: Checker, e: Expr, underPointer = false): Type {
  switch (e.kind) {
    case 'BadExpr':
      return INVALID;
    case 'ParenExpr':
      return resolveType(c, e.x, underPointer);
    case 'SliceType':
      return { kind: 'slice', elem: resolveType(c, e.elem) };
    case 'ArrayType':
      return resolveArrayType(c, e);
    case 'ChanType':
      return { kind: 'chan', dir: e.dir, elem: resolveType(c, e.elem) };
    case 'StructType':
      return e.fields.length === 0 ? EMPTY_STRUCT : resolveStructType(c, e);
    case 'InterfaceType':
      return e.methods.length === 0 ? EMPTY_IFACE : resolveInterfaceType(c, e);
    case 'FuncType':
      return resolveSignature(c, e.params, e.results);
    case 'MapType':
      return resolveMapType(c, e);
    case 'StarExpr': {
      const elem = resolveType(c, e.x, true);
      if (elem.kind === 'invalid') return INVALID;
      return { kind: 'pointer', elem };
    }
    case 'Ident':
    case 'SelectorExpr': {
      const x = checkExpr(c, e);
      if (x.mode === 'invalid') return INVALID;
      if (x.mode !== 'type') {
        c.error(e.pos, `${describe(x)} is not a type`);
        return INVALID;
      }
      if (x.type === ATOMIC_POINTER_GENERIC) {
        c.error(e.pos, 'cannot use generic type "sync/atomic".Pointer[T any] without instantiation');
        return INVALID;
      }
      if (x.type === COND && !underPointer) {
        // Its L would need a keyed literal (sync.Cond{L: &mu}); scenarios make Conds with sync.NewCond.
        c.unsupported(e.pos, 'sync.Cond values (use *sync.Cond from sync.NewCond) are');
        return INVALID;
      }
      return x.type;
    }
    case 'IndexExpr': {
      // The one generic type of the subset: atomic.Pointer[T].
      const x = checkExpr(c, e.x);
      if (x.mode === 'invalid') return INVALID;
      if (x.mode === 'type' && x.type !== ATOMIC_POINTER_GENERIC) {
        c.error(e.pos, `invalid operation: ${exprString(e)} (${goTypeName(x.type)} is not a generic type)`);
        return INVALID;
      }
      if (x.mode !== 'type') {
        c.unsupported(e.pos, 'generic instantiations are');
        return INVALID;
      }
      const elem = resolveType(c, e.index);
      return elem.kind === 'invalid' ? INVALID : atomicPointerOf(elem);
    }
    default:
      c.error(e.pos, `${exprString(e)} is not a type`);
      return INVALID;
  }
}

/**
 * Resolves parameter or result fields to their types (one per name, or one per unnamed field). A `...T`
 * parameter is allowed only when `variadicOk` (parameters) and it is the final, single-named one; its type
 * is recorded as `[]T`. Elsewhere Go reports the `...` and keeps `T`, as types2 does.
 */
export function fieldTypes(c: Checker, fields: readonly Field[], variadicOk = false): Type[] {
  const out: Type[] = [];
  for (const [i, f] of fields.entries()) {
    let t = resolveType(c, f.type);
    if (f.variadic) {
      if (variadicOk && i === fields.length - 1 && f.names.length <= 1) {
        if (t.kind !== 'invalid') t = { kind: 'slice', elem: t };
      } else c.error(f.ellipsis ?? f.pos, 'can only use ... with final parameter in list');
    }
    const n = Math.max(1, f.names.length);
    for (let i = 0; i < n; i++) out.push(t);
  }
  return out;
}

/** Resolves a function signature. */
export function resolveSignature(c: Checker, params: readonly Field[], results: readonly Field[]): FuncType {
  const sig: FuncType = {
    kind: 'func',
    params: fieldTypes(c, params, true),
    results: fieldTypes(c, results),
    variadic: isVariadic(params),
  };
  const paramNames = fieldNames(params);
  const resultNames = fieldNames(results);
  return {
    ...sig,
    ...(paramNames ? { paramNames } : {}),
    ...(resultNames ? { resultNames } : {}),
  };
}

/** The final parameter is a well-placed `...T`. */
function isVariadic(params: readonly Field[]): boolean {
  const last = params[params.length - 1];
  return last !== undefined && last.variadic && last.names.length <= 1;
}

/** The names of the fields, one per type, or undefined when they are unnamed. */
function fieldNames(fields: readonly Field[]): string[] | undefined {
  if (!fields.some((f) => f.names.length > 0)) return undefined;
  return fields.flatMap((f) => f.names.map((n) => n.name));
}

const PKG_PATHS: Readonly<Record<string, string>> = { atomic: 'sync/atomic' };

/** A type as types2 names it in messages: library types with their quoted package path. */
function goTypeName(t: Type): string {
  if (t.kind !== 'named' || t.declared) return typeString(t);
  const dot = t.name.indexOf('.');
  if (dot < 0) return t.name;
  const pkg = t.name.slice(0, dot);
  return `"${PKG_PATHS[pkg] ?? pkg}"${t.name.slice(dot)}`;
}
