/**
 * Methods declared in the program: calls with value and pointer receivers (Go's implicit `&x` and `*p`),
 * calls through interfaces (dynamic dispatch, see ifaces.ts), and method values (`f := obj.Run`).
 */
import type * as ast from '../../ast';
import type { FuncObj, Selection } from '../../program';
import { type FuncType, under } from '../../types';
import {
  FRAMES,
  type Cell,
  type E,
  type Frame,
  type FuncVal,
  GoPanic,
  NIL_DEREF,
  type RV,
} from '../runtime/types';
import { Builder } from './Builder';
import { compileArgs } from './calls';
import { compileExpr } from './exprs';
import { emitRet, unwindInstr } from './frames';
import { dispatchTable, type MethodImpl } from './ifaces';
import { emitLockerCall } from './locker';
import { compileAddress, structRef, type Ptr } from './structs';
import { CompileError } from './Unit';
import { copierOf, isStructValue } from './values';

/** The function value of a declared method. */
export function methodFunc(b: Builder, obj: object, at: ast.Node): FuncVal {
  const fo = obj as FuncObj;
  if (fo.info === null) throw new CompileError(at.pos, `method ${fo.name} has no body`);
  return { f: b.unit.funcOf(fo.info), e: null };
}

/** The receiver argument of a call of a declared method (with Go's implicit `&x` or `*p`). */
export function receiverArg(b: Builder, sel: Selection & { kind: 'method' }): E {
  const recvT = b.unit.typeOf(sel.recv);
  if (sel.method.pointerRecv) {
    if (sel.ptr) return compileExpr(b, sel.recv);
    if (isStructValue(recvT)) return structRef(b, sel.recv, false);
    return compileAddress(b, sel.recv);
  }
  if (!sel.ptr) return compileExpr(b, sel.recv);
  const p = compileExpr(b, sel.recv);
  const elem = under(recvT);
  const et = elem.kind === 'pointer' ? elem.elem : recvT;
  if (isStructValue(et)) {
    const copy = copierOf(et);
    return (f) => {
      const s = p(f);
      if (s === null) throw new GoPanic(NIL_DEREF);
      return copy(s);
    };
  }
  return (f) => {
    const q = p(f) as Ptr | null;
    if (q === null) throw new GoPanic(NIL_DEREF);
    return q.a[q.i];
  };
}

/** The receiver argument `impl` expects, from an interface's dynamic value `v`. */
export function implReceiver(impl: MethodImpl, v: RV): RV {
  let x = v;
  for (const i of impl.path) {
    if (x === null) throw new GoPanic(NIL_DEREF);
    x = (x as RV[])[i];
  }
  if (impl.deref) {
    if (x === null) throw new GoPanic(NIL_DEREF);
    if (impl.copy !== null) return impl.copy(x);
    return (x as Ptr).a[(x as Ptr).i];
  }
  return impl.copy !== null ? impl.copy(x) : x;
}

/** Function value and receiver argument of a method selection, both evaluated by the returned closures. */
export function methodTarget(b: Builder, sel: ast.SelectorExpr): { fv: E; recv: E; native: E | null } {
  const s = b.unit.prog.selections.get(sel);
  if (s === undefined || s.kind === 'field') throw new CompileError(sel.pos, 'not a method');
  if (s.kind === 'method') {
    const fv = methodFunc(b, s.method.obj, sel);
    return { fv: () => fv, recv: receiverArg(b, s), native: null };
  }
  const table = dispatchTable(b.unit, s.name);
  const box = b.spill(compileExpr(b, s.recv));
  const impl = (f: Frame): MethodImpl => {
    const x = box(f) as { t: number; v: RV } | null;
    if (x === null) throw new GoPanic(NIL_DEREF);
    const m = table[x.t];
    if (m === undefined) throw new Error(`no method ${s.name} for dynamic type ${x.t}`);
    return m;
  };
  return {
    fv: (f) => {
      const m = impl(f);
      return m.native === null ? { f: m.f, e: null } : null;
    },
    recv: (f) => implReceiver(impl(f), (box(f) as { v: RV }).v),
    native: (f) => impl(f).native,
  };
}

/** Emits a call of a declared or interface method; results go to `dst` (-1: discarded). */
export function emitMethodCall(b: Builder, call: ast.CallExpr, dst: number): void {
  if (emitLockerCall(b, call)) return;
  const sel = unparenSel(call.fun);
  const { fv, recv, native } = methodTarget(b, sel);
  const sig = b.unit.typeOf(sel) as FuncType;
  const args = compileArgs(b, call, sig);
  const m = b.unit.m;
  b.pendingW++;
  if (native === null) {
    b.emit((g, f) => {
      const r = recv(f);
      const a = args.map((x) => x(f));
      a.unshift(r);
      m.pushFrame(g, fv(f) as FuncVal, a, dst);
      return FRAMES;
    });
    return;
  }
  const nat = native;
  const nres = sig.results.length;
  b.emit((g, f) => {
    const r = recv(f);
    const n = nat(f) as MethodImpl['native'];
    const a = args.map((x) => x(f));
    if (n !== null) {
      const v = n(r, a);
      if (dst < 0) return 0;
      if (nres > 1) for (let i = 0; i < nres; i++) f.r[dst + i] = (v as RV[])[i];
      else f.r[dst] = v;
      return 0;
    }
    a.unshift(r);
    m.pushFrame(g, fv(f) as FuncVal, a, dst);
    return FRAMES;
  });
}

function unparenSel(e: ast.Expr): ast.SelectorExpr {
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind !== 'SelectorExpr') throw new CompileError(e.pos, 'not a method call');
  return e;
}

/** A method value `x.M` (not called): a closure bound to the receiver evaluated now (Go's `M-fm`). */
export function compileMethodValue(b: Builder, e: ast.SelectorExpr, _sel: Selection): E {
  const { fv, recv, native } = methodTarget(b, e);
  const sig = b.unit.typeOf(e) as FuncType;
  const np = sig.params.length;
  const name = `${b.fn.name}-fm${++b.unit.wrapCount}`;
  const idx = b.unit.allocFunc(name);
  const code = b.unit.m.fns[idx];
  if (code === undefined) throw new Error('method value slot');
  const w = new Builder(b.unit, null, code);
  w.line = b.line;
  w.code.push(unwindInstr(b.unit.m));
  for (let i = 0; i < np; i++) w.temp();
  const res: number[] = sig.results.map(() => w.temp());
  code.results = res;
  code.resultCell = res.map(() => false);
  const m = b.unit.m;
  w.emit((g, f) => {
    const env = f.e as Cell[];
    const a = f.r.slice(0, np);
    const n = (env[2] as Cell)[0] as MethodImpl['native'];
    if (n !== null && n !== undefined) {
      const v = n((env[0] as Cell)[0], a);
      if (res.length > 1) res.forEach((r, i) => (f.r[r] = (v as RV[])[i]));
      else if (res.length > 0) f.r[res[0] as number] = v;
      return 0;
    }
    a.unshift((env[0] as Cell)[0]);
    m.pushFrame(g, (env[1] as Cell)[0] as FuncVal, a, res.length > 0 ? (res[0] as number) : -1);
    return FRAMES;
  });
  emitRet(w);
  w.finish();
  code.nregs = Math.max(code.nregs, np + res.length);
  b.pendingW++;
  const nat: E = native ?? ((): null => null);
  return (f) => ({ f: idx, e: [[recv(f)], [fv(f)], [nat(f)]] as Cell[] });
}
