/**
 * Expressions compile to pure closures over a frame ({@link E}). Sub-expressions that need the runtime
 * (calls, receives, `&x` of a sync value, time and runtime queries) are emitted as instructions first, in
 * lexical left-to-right order as Go evaluates calls and receives; the closure then reads their result register.
 */
import { ctxErrorVar } from '../runtime/context';
import { refuseBoxedPool } from './pool';
import { condLocker } from './locker';
import type * as ast from '../../ast';
import type { FuncInfo } from '../../program';
import { isFloat, isString, under } from '../../types';
import { floatNeg } from './floats';
import { converterTo, neg64, negU64, not64, notU64 } from '../runtime/ints';
import { at, byteAt, reslice, sliceOf, substr } from '../runtime/slices';
import {
  type Cell,
  type E,
  type FuncVal,
  GoPanic,
  NIL_DEREF,
  type RV,
  type SliceVal,
} from '../runtime/types';
import { atomicAddress, isAtomicType } from './atomic';
import { compileBinary } from './binary';
import { interpretedStringBytes } from './stringLit';
import type { Builder } from './Builder';
import { compileCall } from './calls';
import { compileMapIndex, compileMapLit, mapTypeOf } from './maps';
import { emitRecv, syncAddress, syncKindOf, newSyncTemp } from './sync';
import { intKind, isSyncType, zeroOf } from './typeInfo';
import { CompileError } from './Unit';
import { compileAddress, compileDeref, compileField, compileStructLit, isStorageExpr } from './structs';
import { copierOf, isStructValue } from './values';
import { boxValue, compileTypeAssert } from './ifaces';
import { compileMethodValue } from './methods';
import {
  arrayTypeOf,
  compileArrayIndex,
  compileArrayLit,
  compileArraySlice,
  compileIndexedElts,
  sliceLitLen,
} from './arrays';

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

/** True when compiling `e` may emit instructions (so it cannot be evaluated conditionally inside a closure). */
export function hasEffects(b: Builder, e: ast.Expr): boolean {
  e = unparen(e);
  if (b.unit.info(e)?.value) return false;
  switch (e.kind) {
    case 'CallExpr': {
      const c = b.unit.prog.calls.get(e);
      if (c === undefined) return true;
      const argsHave = e.args.some((a) => hasEffects(b, a));
      if (c.kind === 'conversion') return argsHave;
      if (c.kind === 'builtin') {
        if (c.name === 'len' || c.name === 'cap' || c.name === 'append') return argsHave;
        if (c.name === 'make') return under(b.unit.typeOf(e)).kind === 'chan' || argsHave;
        return true;
      }
      if (c.kind === 'library' && c.func.pkg === 'fmt' && c.func.name.startsWith('Sprint')) return argsHave;
      return true;
    }
    case 'UnaryExpr':
      return e.op === '<-' || e.op === '&' || hasEffects(b, e.x);
    case 'BinaryExpr': {
      // Down the left spine of a chain with a loop (chains may be thousands of operators long).
      let x: ast.Expr = e;
      for (; x.kind === 'BinaryExpr'; x = unparen(x.x)) if (hasEffects(b, x.y)) return true;
      return hasEffects(b, x);
    }
    case 'IndexExpr':
      return hasEffects(b, e.x) || hasEffects(b, e.index);
    case 'SliceExpr':
      return [e.x, e.low, e.high, e.max].some((x) => x !== null && hasEffects(b, x));
    case 'CompositeLit':
      return (
        isSyncType(b.unit.typeOf(e)) ||
        e.elts.some((x) => hasEffects(b, x.kind === 'KeyValueExpr' ? x.value : x))
      );
    case 'StarExpr':
      return hasEffects(b, e.x);
    case 'TypeAssertExpr':
      return hasEffects(b, e.x);
    case 'SelectorExpr':
      return hasEffects(b, e.x);
    default:
      return false;
  }
}

/**
 * Compiles an expression with a single value. A struct value read from storage is copied (Go's value
 * semantics) unless `copy` is false; a value used where an interface is expected is boxed (see ifaces.ts).
 */
export function compileExpr(b: Builder, e: ast.Expr, copy = true): E {
  const conv = b.unit.prog.toIface.get(e);
  if (conv !== undefined) {
    refuseBoxedPool(conv, e.pos);
    return boxValue(b, conv, compileExprUnboxed(b, e, true));
  }
  return compileExprUnboxed(b, e, copy);
}

/** {@link compileExpr} without the implicit conversion to an interface (fmt's operands keep their type). */
export function compileExprUnboxed(b: Builder, e: ast.Expr, copy = true): E {
  const o = b.overrides.get(e);
  if (o !== undefined) return o;
  if (copy && isStorageExpr(e) && isStructValue(b.unit.typeOf(e))) {
    const v = compileExprInner(b, e);
    const c = copierOf(b.unit.typeOf(e));
    return (f) => c(v(f));
  }
  return compileExprInner(b, e);
}

function compileExprInner(b: Builder, e: ast.Expr): E {
  const info = b.unit.info(e);
  if (e.kind === 'BasicLit' && e.litKind === 'string') {
    const bytes = interpretedStringBytes(e.raw);
    if (bytes !== null) return () => bytes;
  }
  if (info?.value) {
    const v = b.unit.constValue(info.value, info.type);
    return () => v;
  }
  switch (e.kind) {
    case 'ParenExpr':
      return compileExpr(b, e.x);
    case 'Ident':
      return compileIdent(b, e);
    case 'FuncLit':
      return compileFuncLit(b, e);
    case 'CompositeLit':
      return compileComposite(b, e);
    case 'SelectorExpr':
      return compileSelector(b, e);
    case 'IndexExpr':
      return compileIndex(b, e);
    case 'SliceExpr':
      return compileSlice(b, e);
    case 'CallExpr':
      return compileCall(b, e);
    case 'UnaryExpr':
      return compileUnary(b, e);
    case 'BinaryExpr':
      return compileBinary(b, e);
    case 'StarExpr':
      return compileDeref(b, e, false);
    case 'TypeAssertExpr':
      return compileTypeAssert(b, e, null);
    default:
      throw new CompileError(e.pos, `cannot compile this expression (${e.kind})`);
  }
}

function compileIdent(b: Builder, e: ast.Ident): E {
  const obj = b.unit.prog.uses.get(e);
  switch (obj?.kind) {
    case 'var':
      return b.ref(obj).load;
    case 'func': {
      if (obj.info === null) throw new CompileError(e.pos, `function ${obj.name} has no body`);
      const fv: FuncVal = { f: b.unit.funcOf(obj.info), e: null };
      return () => fv;
    }
    case 'nil': {
      const z = zeroOf(b.unit.typeOf(e));
      return () => z;
    }
    default:
      throw new CompileError(e.pos, `${e.name} cannot be used as a value in scenarios`);
  }
}

/** The checker's FuncInfo of a function literal. */
export function literalInfo(b: Builder, e: ast.FuncLit): FuncInfo {
  const info = b.unit.literalInfo(e);
  if (info === undefined) throw new CompileError(e.pos, 'function literal was not checked');
  return info;
}

function compileFuncLit(b: Builder, e: ast.FuncLit): E {
  const info = literalInfo(b, e);
  const idx = b.unit.funcOf(info);
  const cells = info.captures.map((v) => b.cell(v));
  b.pendingW++;
  if (cells.length === 0) {
    const fv: FuncVal = { f: idx, e: null };
    return () => fv;
  }
  return (f) => ({ f: idx, e: cells.map((c) => c(f) as Cell) });
}

function compileComposite(b: Builder, e: ast.CompositeLit): E {
  const t = b.unit.typeOf(e);
  if (isSyncType(t)) return newSyncTemp(b, syncKindOf(t));
  if (isAtomicType(t)) return atomicAddress(b, e);
  if (isStructValue(t) && under(t).kind === 'struct') return compileStructLit(b, e);
  const u = under(t);
  if (u.kind === 'map') return compileMapLit(b, e);
  if (u.kind === 'array') return compileArrayLit(b, e, u);
  if (u.kind !== 'slice') return () => 0;
  const elts = compileIndexedElts(b, e.elts, u.elem, sliceLitLen(b, e.elts));
  return (f) => sliceOf(elts(f) as RV[]);
}

function compileSelector(b: Builder, e: ast.SelectorExpr): E {
  const sel = b.unit.prog.selections.get(e);
  if (sel?.kind === 'field') return compileField(b, sel);
  if (sel !== undefined) return compileMethodValue(b, e, sel);
  const promoted = b.unit.prog.promotedRecv.get(e);
  const obj = b.unit.prog.uses.get(e.sel);
  if (promoted !== undefined && obj?.kind === 'field') {
    const x = compileExpr(b, promoted);
    return (f) => {
      const h = x(f) as number;
      if (h === 0) throw new GoPanic(NIL_DEREF);
      return h;
    };
  }
  if (obj?.kind === 'libvar') {
    const v = obj.pkg === 'context' ? ctxErrorVar(obj.value) : obj.value;
    return () => v;
  }
  if (obj?.kind === 'field' && obj.name === 'L') return condLocker(b, compileExpr(b, e.x));
  if (obj?.kind === 'field' && obj.name === 'C') {
    const x = compileExpr(b, e.x);
    return (f) => {
      const h = x(f) as number;
      if (h === 0) throw new GoPanic(NIL_DEREF);
      return h;
    };
  }
  throw new CompileError(
    e.pos,
    `${obj?.name ?? e.sel.name} cannot be used as a value in scenarios (call it)`,
  );
}

function compileIndex(b: Builder, e: ast.IndexExpr): E {
  const mt = mapTypeOf(b.unit.typeOf(e.x));
  if (mt !== null) return compileMapIndex(b, e, mt);
  const at0 = arrayTypeOf(b.unit.typeOf(e.x));
  if (at0 !== null) return compileArrayIndex(b, e, at0);
  const x = compileExpr(b, e.x);
  const i = compileExpr(b, e.index);
  b.pendingW++;
  if (isString(b.unit.typeOf(e.x))) return (f) => byteAt(x(f) as string, i(f) as number);
  return (f) => {
    const s = x(f) as SliceVal | null;
    const k = at(s, i(f) as number);
    return (s as SliceVal).a[k];
  };
}

function compileSlice(b: Builder, e: ast.SliceExpr): E {
  const arr = arrayTypeOf(b.unit.typeOf(e.x));
  if (arr !== null) return compileArraySlice(b, e, arr);
  const x = compileExpr(b, e.x);
  const none: E = () => -1;
  const zero: E = () => 0;
  const lo = e.low ? compileExpr(b, e.low) : zero;
  const hi = e.high ? compileExpr(b, e.high) : none;
  const max = e.max ? compileExpr(b, e.max) : none;
  b.pendingW++;
  if (isString(b.unit.typeOf(e.x))) return (f) => substr(x(f) as string, lo(f) as number, hi(f) as number);
  return (f) => reslice(x(f) as SliceVal | null, lo(f) as number, hi(f) as number, max(f) as number);
}

function compileUnary(b: Builder, e: ast.UnaryExpr): E {
  if (e.op === '<-') return emitRecv(b, e, null);
  if (e.op === '&') {
    const xt = b.unit.typeOf(e.x);
    if (isAtomicType(xt)) return atomicAddress(b, e.x);
    if (isSyncType(xt)) return syncAddress(b, e.x);
    return compileAddress(b, e.x);
  }
  const x = compileExpr(b, e.x);
  b.pendingW++;
  const k = intKind(b.unit.typeOf(e));
  switch (e.op) {
    case '+':
      return x;
    case '!':
      return (f) => !x(f);
    case '-': {
      if (isFloat(b.unit.typeOf(e))) return floatNeg(x);
      if (k === 'int64') return (f) => neg64(x(f));
      if (k === 'uint64') return (f) => negU64(x(f));
      const w = converterTo(k);
      return (f) => w(-x(f));
    }
    case '^': {
      if (k === 'int64') return (f) => not64(x(f));
      if (k === 'uint64') return (f) => notU64(x(f));
      const w = converterTo(k);
      return (f) => w(not64(x(f)));
    }
  }
}
