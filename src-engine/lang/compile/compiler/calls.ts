/**
 * Calls: user functions and func values (a new frame), conversions, builtins, and library functions and
 * methods (see library.ts). Results of frame calls land in consecutive caller registers.
 */
import { refuseBoxedPool } from './pool';
import { makechanSizeOk } from '../../../sim/limits';
import type * as ast from '../../ast';
import type { CallInfo } from '../../program';
import { type FuncType, isFloat, isInteger, type Type, under } from '../../types';
import { converterTo } from '../runtime/ints';
import { toText } from '../runtime/strings';
import { append1, appendN, elems, makeSlice, makeSliceOf, sliceOf } from '../runtime/slices';
import { isStructValue } from './values';
import { CONT, type E, type Frame, FRAMES, type FuncVal, GoPanic, type SliceVal } from '../runtime/types';
import type { Builder } from './Builder';
import { compileExpr, compileExprUnboxed } from './exprs';
import { emitLibraryCall, pureLibraryCall } from './library';
import { compileClear, compileDelete, compileMakeMap, compileMapLen } from './maps';
import { panicMessage } from './panics';
import { emitRecover, panicBox } from './recover';
import { elemInfo, intKind, zeroOf } from './typeInfo';
import { CompileError } from './Unit';
import { emitMethodCall } from './methods';
import { boxValue } from './ifaces';
import { floatConversion, printFloat } from './floats';
import { appendString, byteConversion, compileCopy } from './byteConv';
import { compileNew } from './structs';

/** The checker's call information. */
export function callInfo(b: Builder, call: ast.CallExpr): CallInfo {
  const c = b.unit.prog.calls.get(call);
  if (c === undefined) throw new CompileError(call.pos, 'call was not checked');
  return c;
}

/** Number of results of a call. */
function resultCount(b: Builder, call: ast.CallExpr): number {
  const t = b.unit.typeOf(call);
  return t.kind === 'tuple' ? t.types.length : 1;
}

/** Compiles a call used as a single value. */
export function compileCall(b: Builder, call: ast.CallExpr): E {
  const pure = pureCall(b, call);
  if (pure !== null) return pure;
  const dst = b.temp();
  emitCall(b, call, dst);
  return (f) => f.r[dst];
}

/** Compiles a call with several results; returns the register of the first (the rest follow). */
export function compileCallMulti(b: Builder, call: ast.CallExpr): number {
  const n = resultCount(b, call);
  const dst = b.temp();
  for (let i = 1; i < n; i++) b.temp();
  emitCall(b, call, dst);
  return dst;
}

/** Compiles a call whose results are discarded. */
export function compileCallStmt(b: Builder, call: ast.CallExpr): void {
  const c = callInfo(b, call);
  if (c.kind === 'builtin' && c.name === 'panic') {
    const arg = call.args[0] as ast.Expr;
    const v = compileExprUnboxed(b, arg);
    const t = b.unit.typeOf(arg);
    const msg = panicMessage(t, isNilLiteral(b, arg));
    const box = panicBox(b, t, isNilLiteral(b, arg));
    b.emit((_g, f) => {
      const x: unknown = v(f);
      throw new GoPanic(msg(x), box(x));
    });
    return;
  }
  const pure = pureCall(b, call);
  if (pure !== null) {
    b.emit((_g, f) => (pure(f), 0));
    return;
  }
  emitCall(b, call, -1);
}

function isNilType(t: Type): boolean {
  return t.kind === 'basic' && t.name === 'untyped nil';
}

function isNilLiteral(b: Builder, e: ast.Expr): boolean {
  while (e.kind === 'ParenExpr') e = e.x;
  return e.kind === 'Ident' && b.unit.prog.uses.get(e)?.kind === 'nil';
}

/** Argument closures for a call of signature `sig`, packing variadic arguments into a slice. */
export function compileArgs(b: Builder, call: ast.CallExpr, sig: FuncType): E[] {
  let args: E[];
  let types: Type[];
  const only = call.args[0];
  const onlyType = only === undefined ? undefined : b.unit.typeOf(only);
  if (call.args.length === 1 && onlyType?.kind === 'tuple' && only?.kind === 'CallExpr') {
    const base = compileCallMulti(b, only);
    types = [...onlyType.types];
    args = types.map((_, i) => (f) => f.r[base + i]);
  } else {
    args = call.args.map((a) => compileExpr(b, a));
    types = call.args.map((a) => b.unit.typeOf(a));
  }
  if (!sig.variadic || call.ellipsis) return args;
  const np = sig.params.length;
  const fixed = args.slice(0, np - 1);
  const rest = args.slice(np - 1);
  if (rest.length === 0) return [...fixed, () => null];
  return [...fixed, (f) => sliceOf(rest.map((a) => a(f)))];
}

/** Emits a call that needs a frame or a runtime op; results to `dst` (-1: discarded). */
export function emitCall(b: Builder, call: ast.CallExpr, dst: number): void {
  const c = callInfo(b, call);
  const m = b.unit.m;
  switch (c.kind) {
    case 'func':
    case 'value': {
      let fv: E;
      let sig: FuncType;
      if (c.kind === 'func') {
        if (c.func.info === null) throw new CompileError(call.pos, `function ${c.func.name} has no body`);
        const v: FuncVal = { f: b.unit.funcOf(c.func.info), e: null };
        fv = () => v;
        sig = c.func.type;
      } else {
        fv = compileExpr(b, call.fun);
        sig = c.type;
      }
      const args = compileArgs(b, call, sig);
      b.pendingW++;
      b.emit((g, f) => {
        const v = fv(f) as FuncVal | null;
        const a = args.map((x) => x(f));
        m.pushFrame(g, v, a, dst);
        return FRAMES;
      });
      return;
    }
    case 'library':
    case 'method':
      emitLibraryCall(b, call, c, dst);
      return;
    case 'declMethod':
      emitMethodCall(b, call, dst);
      return;
    case 'builtin':
      emitBuiltin(b, call, c.name, dst);
      return;
    case 'conversion': {
      const v = pureCall(b, call) as E;
      if (dst >= 0) b.set(dst, v);
      return;
    }
  }
}

function emitBuiltin(b: Builder, call: ast.CallExpr, name: string, dst: number): void {
  const arg0 = call.args[0] as ast.Expr;
  switch (name) {
    case 'len': {
      // Only len of a channel gets here (everything else with len is pure): values buffered right now.
      const ch = compileExpr(b, arg0);
      b.emitOp(
        (_g, f) => ({ op: 'chanLen', ch: ch(f) as number }),
        (_g, f, input) => {
          if (dst >= 0) f.r[dst] = input.value;
        },
      );
      return;
    }
    case 'close': {
      const ch = compileExpr(b, arg0);
      const closed = b.unit.closedChans();
      b.emitOp(
        (_g, f) => {
          const h = ch(f) as number;
          if (h === 0) throw new GoPanic('close of nil channel');
          if ((f.gl[closed] as number[])[h] === 1) throw new GoPanic('close of closed channel');
          return { op: 'close', ch: h };
        },
        (_g, f) => {
          (f.gl[closed] as number[])[ch(f) as number] = 1;
        },
      );
      return;
    }
    case 'make': {
      const size = call.args[1] ? compileExpr(b, call.args[1]) : () => 0;
      const caps = b.unit.chanCaps();
      const ct = under(b.unit.typeOf(call));
      const elemBytes = ct.kind === 'chan' ? elemInfo(ct.elem).size : 0;
      b.emitOp(
        (_g, f) => {
          const n = size(f) as number;
          if (!makechanSizeOk(n, elemBytes)) throw new GoPanic('makechan: size out of range');
          return { op: 'makechan', cap: n, elemBytes };
        },
        (_g, f, input) => {
          const h = input.value as number;
          (f.gl[caps] as number[])[h] = size(f) as number;
          if (dst >= 0) f.r[dst] = h;
        },
      );
      return;
    }
    case 'panic':
      compileCallStmt(b, call);
      return;
    case 'recover':
      emitRecover(b, dst);
      return;
    case 'print':
    case 'println': {
      // The runtime's printer (print.go): values as they are, println separates them with spaces.
      const vals = call.args.map((a) => {
        const v = compileExpr(b, a);
        return isFloat(b.unit.typeOf(a)) ? (f: Frame) => printFloat(v(f) as number) : v;
      });
      const sep = name === 'println' ? ' ' : '';
      const end = name === 'println' ? '\n' : '';
      b.emitOp((_g, f) => ({
        op: 'print',
        stream: 'stderr',
        text: toText(vals.map((v) => String(v(f))).join(sep) + end),
      }));
      return;
    }
    default: {
      const v = pureCall(b, call);
      if (v === null) throw new CompileError(call.pos, `${name} is not supported here`);
      if (dst >= 0) b.set(dst, v);
      else if (name === 'copy')
        b.emit((_g, f) => {
          v(f);
          return CONT;
        });
    }
  }
}

/** Calls that need no frame and no op: conversions, len/cap/append/make of slices, fmt.Sprint(f). */
function pureCall(b: Builder, call: ast.CallExpr): E | null {
  const c = callInfo(b, call);
  if (c.kind === 'conversion') {
    const x = compileExpr(b, call.args[0] as ast.Expr);
    const from = b.unit.typeOf(call.args[0] as ast.Expr);
    if (under(c.to).kind === 'any' && under(from).kind !== 'any' && !isNilType(from)) {
      refuseBoxedPool(from, call.pos);
      return boxValue(b, from, x);
    }
    const fc = floatConversion(from, c.to, x) ?? byteConversion(from, c.to, x);
    if (fc !== null) {
      b.pendingW++;
      return fc;
    }
    if (isInteger(c.to) && isInteger(from) && intKind(c.to) !== intKind(from)) {
      // Widening a signed value to a signed kind keeps it; every other change of kind may wrap.
      const conv = converterTo(intKind(c.to));
      b.pendingW++;
      return (f) => conv(x(f));
    }
    return x;
  }
  if (c.kind === 'library') return pureLibraryCall(b, call, c.func);
  if (c.kind !== 'builtin') return null;
  const arg0 = call.args[0] as ast.Expr;
  const t0 = b.unit.typeOf(arg0);
  switch (c.name) {
    case 'len':
    case 'cap': {
      const u = under(t0);
      if (u.kind === 'chan') {
        // len(ch) reads the engine's buffer (hchan.qcount): an op, emitted by emitBuiltin.
        if (c.name === 'len') return null;
        const ch = compileExpr(b, arg0);
        const caps = b.unit.chanCaps();
        b.pendingW++;
        return (f) => (f.gl[caps] as number[])[ch(f) as number] ?? 0;
      }
      const x = compileExpr(b, arg0);
      if (u.kind === 'map') return compileMapLen(b, x);
      b.pendingW++;
      if (u.kind !== 'slice') return (f) => (x(f) as string).length;
      if (c.name === 'len') return (f) => (x(f) as SliceVal | null)?.l ?? 0;
      return (f) => (x(f) as SliceVal | null)?.c ?? 0;
    }
    case 'append': {
      const u = under(b.unit.typeOf(call));
      const ei = elemInfo(u.kind === 'slice' ? u.elem : t0);
      const s = compileExpr(b, arg0);
      const rest = call.args.slice(1).map((a) => compileExpr(b, a));
      b.pendingW += 1 + rest.length;
      if (call.ellipsis) {
        const t = rest[0] as E;
        const str = appendString(b, call, s, t, ei);
        if (str !== null) return str;
        return (f) => appendN(s(f) as SliceVal | null, elems(t(f) as SliceVal | null), ei);
      }
      if (rest.length === 1) {
        const v = rest[0] as E;
        return (f) => append1(s(f) as SliceVal | null, v(f), ei);
      }
      return (f) =>
        appendN(
          s(f) as SliceVal | null,
          rest.map((r) => r(f)),
          ei,
        );
    }
    case 'new':
      return compileNew(b, call);
    case 'copy':
      return compileCopy(b, call);
    case 'make': {
      const t = b.unit.typeOf(call);
      const u = under(t);
      if (u.kind === 'map') return compileMakeMap(b, call);
      if (u.kind !== 'slice') return null;
      const len = compileExpr(b, call.args[1] as ast.Expr);
      const cap = call.args[2] ? compileExpr(b, call.args[2]) : null;
      const zero = zeroOf(u.elem);
      b.pendingW++;
      if (isStructValue(u.elem)) {
        const ei = elemInfo(u.elem);
        if (cap === null) return (f) => makeSliceOf(len(f) as number, len(f) as number, ei);
        return (f) => makeSliceOf(len(f) as number, cap(f) as number, ei);
      }
      if (cap === null) return (f) => makeSlice(len(f) as number, len(f) as number, zero);
      return (f) => makeSlice(len(f) as number, cap(f) as number, zero);
    }
    case 'delete':
      return compileDelete(b, call);
    case 'clear':
      return compileClear(b, call);
    default:
      return null;
  }
}
