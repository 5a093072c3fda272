/**
 * `go` and `defer`: the function value and arguments are evaluated now; the call happens in a new goroutine
 * or when the function returns. Calls of library functions, methods and builtins go through a synthetic
 * wrapper (like gc's `gowrap`/`deferwrap`) whose parameters are the already-evaluated operands.
 */
import type * as ast from '../../ast';
import { CONT, type DeferRec, type E, type FuncVal, GoPanic } from '../runtime/types';
import { Builder } from './Builder';
import { callInfo, compileArgs, compileCallStmt } from './calls';
import { compileExpr, compileExprUnboxed } from './exprs';
import { emitRet, unwindInstr } from './frames';
import { receiverHandle } from './sync';
import { CompileError } from './Unit';
import { methodTarget } from './methods';
import type { FuncType } from '../../types';

function unparenSel(e: ast.Expr): ast.SelectorExpr {
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind !== 'SelectorExpr') throw new CompileError(e.pos, 'not a method call');
  return e;
}

/** Compiles a `go` or `defer` statement. */
export function compileGoDefer(b: Builder, s: ast.GoStmt | ast.DeferStmt): void {
  let call = s.call;
  while (call.kind === 'ParenExpr') call = call.x;
  if (call.kind !== 'CallExpr') throw new CompileError(s.pos, 'go and defer need a function call');
  const c = callInfo(b, call);
  let fv: E;
  let args: E[];
  if (c.kind === 'func' || c.kind === 'value') {
    if (c.kind === 'func') {
      if (c.func.info === null) throw new CompileError(call.pos, `function ${c.func.name} has no body`);
      const v: FuncVal = { f: b.unit.funcOf(c.func.info), e: null };
      fv = () => v;
    } else fv = compileExpr(b, call.fun);
    args = compileArgs(b, call, c.kind === 'func' ? c.func.type : c.type);
  } else if (c.kind === 'declMethod' && b.unit.prog.selections.get(unparenSel(call.fun))?.kind === 'method') {
    // `go obj.Run()`: the method value and receiver are evaluated now (Go's implicit & or * included).
    const t = methodTarget(b, unparenSel(call.fun));
    fv = t.fv;
    const sig = b.unit.typeOf(call.fun) as FuncType;
    const rest = compileArgs(b, call, sig);
    args = [t.recv, ...rest];
  } else {
    ({ fv, args } = wrapper(b, call, s.kind === 'GoStmt' ? 'gowrap' : 'deferwrap'));
  }
  const m = b.unit.m;
  b.pendingW++;
  if (s.kind === 'GoStmt') {
    b.emitOp((_g, f) => {
      const v = fv(f) as FuncVal | null;
      if (v === null) throw new GoPanic('go of nil func value');
      return {
        op: 'go',
        body: m.body(v.f),
        state: m.newGoroutine(
          f.gl,
          v,
          args.map((a) => a(f)),
        ),
      };
    });
    return;
  }
  b.emit((_g, f) => {
    const rec: DeferRec = { fn: fv(f) as FuncVal, args: args.map((a) => a(f)) };
    if (f.d === null) f.d = [rec];
    else f.d.push(rec);
    return CONT;
  });
}

/** Builds the wrapper function of a library/method/builtin call and the closures of its operands. */
function wrapper(b: Builder, call: ast.CallExpr, kind: string): { fv: E; args: E[] } {
  const c = callInfo(b, call);
  const operands: { expr: ast.Expr; value: E }[] = [];
  if (c.kind === 'method') {
    const sel = call.fun as ast.SelectorExpr;
    const recv = b.unit.prog.promotedRecv.get(sel) ?? sel.x;
    operands.push({ expr: recv, value: receiverHandle(b, recv, c.recvIsPointer) });
  }
  if (c.kind === 'declMethod') {
    const sel = b.unit.prog.selections.get(unparenSel(call.fun));
    if (sel !== undefined && sel.kind !== 'field')
      operands.push({ expr: sel.recv, value: compileExpr(b, sel.recv) });
  }
  for (const a of call.args) {
    if (b.unit.typeOf(a).kind === 'tuple') {
      throw new CompileError(
        a.pos,
        `${kind === 'gowrap' ? 'go' : 'defer'} with a multi-value argument is not supported in scenarios`,
      );
    }
    // Evaluated as they are; the wrapper's call converts them to interfaces where the callee needs it.
    operands.push({ expr: a, value: compileExprUnboxed(b, a) });
  }
  const name = `${b.fn.name}.${kind}${++b.unit.wrapCount}`;
  const idx = b.unit.allocFunc(name);
  const code = b.unit.m.fns[idx];
  if (code === undefined) throw new Error('wrapper slot');
  const w = new Builder(b.unit, null, code);
  w.line = b.line;
  w.code.push(unwindInstr(b.unit.m));
  operands.forEach((o) => {
    const r = w.temp();
    w.overrides.set(o.expr, (f) => f.r[r]);
  });
  compileCallStmt(w, call);
  emitRet(w);
  w.finish();
  const fv: FuncVal = { f: idx, e: null };
  return { fv: () => fv, args: operands.map((o) => o.value) };
}
