/**
 * `context` calls through the engine, as Go 1.23's context.go makes them: a cancelCtx's Done channel is a
 * channel of the engine (`makechan`), cancelling closes it with the engine's `close` (the path `close(ch)`
 * takes, so waiters wake in Go's order) and then its children's; `WithDeadline`/`WithTimeout` arm a per-P
 * timer like `time.AfterFunc` (engine op `afterFunc`, whose goroutine, started by time.goFunc, runs the
 * cancel with DeadlineExceeded); cancelling a timerCtx stops its timer.
 */
import type * as ast from '../../ast';
import type { Op } from '../../../sim/body';
import type { LibFuncObj } from '../../program';
import { ANY } from '../../types';
import {
  cancelAncestor,
  cancelOps,
  CANCELED,
  checkValueKey,
  type Ctx,
  ctxDeadline,
  DEADLINE_EXCEEDED,
  installContextMethods,
  newCtx,
} from '../runtime/context';
import type { Box } from '../runtime/rtypes';
import { CONT, type E, type Frame, type FuncVal, GoPanic, type RV } from '../runtime/types';
import { Builder } from './Builder';
import { compileExpr } from './exprs';
import { emitRet, unwindInstr } from './frames';
import { drawU32, programRand } from './rand';
import type { Unit } from './Unit';
import { CompileError } from './Unit';
import { eqOf, GoPanicLike } from './values';

const ifaceEq = eqOf(ANY) as (a: RV, b: RV) => boolean;
installContextMethods(ifaceEq);

/** The synthetic cancel functions of a unit: the CancelFunc closure and the deadline timer's function. */
const cancelFns = new WeakMap<Unit, Map<string, number>>();

/**
 * The code of a function that cancels the context in its closure (`e[0]`) with the error of kind `e[1]`
 * (0 Canceled, 1 DeadlineExceeded), named as Go names the closure.
 */
function cancelFunc(unit: Unit, name: string): number {
  let fns = cancelFns.get(unit);
  if (fns === undefined) {
    fns = new Map();
    cancelFns.set(unit, fns);
  }
  let idx = fns.get(name);
  if (idx !== undefined) return idx;
  idx = unit.allocFunc(name);
  fns.set(name, idx);
  const code = unit.m.fns[idx];
  if (code === undefined) throw new Error('cancel func slot');
  const w = new Builder(unit, null, code);
  w.code.push(unwindInstr(unit.m));
  const cell = (f: Frame, i: number): RV => ((f.e as RV[][])[i] as RV[])[0];
  const draw = drawer(w);
  emitOps(w, (f) =>
    cancelOps(cell(f, 0) as Ctx, cell(f, 1) === 1 ? DEADLINE_EXCEEDED : CANCELED, true, () => draw(f)),
  );
  emitRet(w);
  w.finish();
  return idx;
}

/** A reader of random uint32s from the program's runtime stream (map iteration over a context's children). */
function drawer(b: Builder): (f: Frame) => number {
  const st = programRand(b);
  const d = drawU32(st);
  return (f) => d(f) as number;
}

/** Emits the requests `list` computes, one op each (closes also mark the channel closed for the program). */
function emitOps(b: Builder, list: (f: Frame) => Op[]): void {
  const l = b.temp();
  const i = b.temp();
  const closed = b.unit.closedChans();
  b.emit((_g, f) => {
    f.r[l] = list(f);
    f.r[i] = 0;
    return CONT;
  });
  const top = b.newLabel();
  const end = b.newLabel();
  b.place(top);
  b.jumpIfNot((f) => (f.r[i] as number) < (f.r[l] as Op[]).length, end);
  b.emitOp(
    (_g, f) => (f.r[l] as Op[])[f.r[i] as number] as Op,
    (_g, f) => {
      const op = (f.r[l] as Op[])[f.r[i] as number] as Op;
      if (op.op === 'close') (f.gl[closed] as number[])[op.ch] = 1;
      f.r[i] = (f.r[i] as number) + 1;
    },
  );
  b.jump(top);
  b.place(end);
}

/** The parent argument, with Go's panic for a nil one. */
function parentOf(b: Builder, call: ast.CallExpr): E {
  const p = compileExpr(b, call.args[0] as ast.Expr);
  return (f) => {
    const x = p(f) as Box | null;
    if (x === null) throw new GoPanic('cannot create context from nil parent');
    return x.v;
  };
}

/** Emits a `context` function call; results go to `dst` and `dst+1` (-1: discarded). */
export function emitContextCall(b: Builder, call: ast.CallExpr, fn: LibFuncObj, dst: number): void {
  switch (fn.name) {
    case 'Background':
    case 'TODO': {
      const kind = fn.name === 'TODO' ? 'todo' : 'background';
      b.pendingW++;
      if (dst >= 0) b.set(dst, () => newCtx(kind, null));
      else b.emit(() => CONT);
      return;
    }
    case 'WithValue': {
      const parent = parentOf(b, call);
      const key = compileExpr(b, call.args[1] as ast.Expr);
      const val = compileExpr(b, call.args[2] as ast.Expr);
      b.pendingW++;
      const v: E = (f) => {
        const p = parent(f) as Ctx;
        const k = key(f);
        checkValueKey(k, comparable);
        return newCtx('value', p, k, val(f));
      };
      if (dst >= 0) b.set(dst, v);
      else b.emit((_g, f) => (v(f), CONT));
      return;
    }
    case 'WithCancel':
    case 'WithTimeout':
    case 'WithDeadline':
      return emitWithCancel(b, call, fn.name, dst);
    default:
      throw new CompileError(call.pos, `context.${fn.name} is not supported in scenarios`);
  }
}

function comparable(k: Box): boolean {
  try {
    ifaceEq(k, { t: k.t, v: k.v });
    return true;
  } catch (e) {
    if (e instanceof GoPanicLike) return false;
    throw e;
  }
}

/** `WithCancel`, `WithTimeout` and `WithDeadline`: a cancelCtx or timerCtx and its CancelFunc. */
function emitWithCancel(b: Builder, call: ast.CallExpr, name: string, dst: number): void {
  const timed = name !== 'WithCancel';
  const parent = b.spill(parentOf(b, call));
  const when = timed ? b.spill(compileExpr(b, call.args[1] as ast.Expr)) : null;
  const now = b.temp();
  if (timed)
    b.emitOp(
      () => ({ op: 'now' }),
      (_g, f, input) => (f.r[now] = input.value),
    );
  const box = b.temp();
  const ctx = (f: Frame): Ctx => (f.r[box] as Box).v as Ctx;
  b.emit((_g, f) => {
    const p = parent(f) as Ctx;
    let kind: 'cancel' | 'timer' = 'cancel';
    let deadline = -1;
    if (when !== null) {
      deadline = name === 'WithTimeout' ? (f.r[now] as number) + (when(f) as number) : (when(f) as number);
      const cur = ctxDeadline(p);
      // A parent's earlier deadline already covers this one: Go returns WithCancel(parent).
      if (cur < 0 || cur >= deadline) kind = 'timer';
    }
    f.r[box] = newCtx(kind, p);
    if (kind === 'timer') ctx(f).deadlineNs = deadline;
    return CONT;
  });
  const caps = b.unit.chanCaps();
  b.emitOp(
    () => ({ op: 'makechan', cap: 0, elemBytes: 0 }),
    (_g, f, input) => {
      const h = input.value as number;
      (f.gl[caps] as number[])[h] = 0;
      ctx(f).done = h;
    },
  );
  const draw = drawer(b);
  // propagateCancel: cancelled at once under a cancelled parent, else one of its children.
  emitOps(b, (f) => {
    const c = ctx(f);
    const p = cancelAncestor(c.parent);
    if (p === null) return [];
    if (p.err !== null) return cancelOps(c, p.err, false, () => draw(f));
    p.children.push(c);
    return [];
  });
  if (timed) {
    const arm = b.temp();
    emitOps(b, (f) => {
      const c = ctx(f);
      f.r[arm] = false;
      if (c.kind !== 'timer') return [];
      if (c.deadlineNs - (f.r[now] as number) <= 0)
        return cancelOps(c, DEADLINE_EXCEEDED, true, () => draw(f));
      f.r[arm] = c.err === null;
      return [];
    });
    const timerFn = cancelFunc(b.unit, 'context.WithDeadlineCause.func2');
    const m = b.unit.m;
    b.emitOp(
      (_g, f) => {
        if (f.r[arm] !== true) return null;
        const c = ctx(f);
        const fv: FuncVal = { f: timerFn, e: [[c], [1]] };
        return {
          op: 'afterFunc',
          ns: c.deadlineNs - (f.r[now] as number),
          body: m.body(timerFn),
          state: m.newGoroutine(f.gl, fv, []),
        };
      },
      (_g, f, input) => {
        ctx(f).timer = input.value as number;
      },
    );
  }
  const cancelIdx = cancelFunc(
    b.unit,
    timed ? 'context.WithDeadlineCause.func3' : 'context.WithCancel.func1',
  );
  b.emit((_g, f) => {
    if (dst >= 0) {
      f.r[dst] = f.r[box];
      f.r[dst + 1] = { f: cancelIdx, e: [[ctx(f)], [0]] } satisfies FuncVal;
    }
    return CONT;
  });
}
