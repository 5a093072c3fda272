/**
 * Library functions (`fmt`, `time`, `runtime`, the helpers `work`/`blockingSyscall`/`netRead`) and methods of
 * library types (`sync.WaitGroup`, `Mutex`, `RWMutex`, `Once`, `*time.Timer`), mapped to engine ops.
 */
import type * as ast from '../../ast';
import type { Op } from '../../../sim/body';
import type { CallInfo, LibFuncObj } from '../../program';
import { durationString } from '../fmt/duration';
import { sprint, sprintf, sprintln } from '../fmt/printf';
import type { TypeDesc } from '../fmt/typeDesc';
import { toText } from '../runtime/strings';
import {
  CONT,
  type E,
  type Frame,
  FRAMES,
  type FuncVal,
  GoPanic,
  NIL_DEREF,
  type RV,
} from '../runtime/types';
import type { Builder } from './Builder';
import { compileCallMulti } from './calls';
import { compileExpr, compileExprUnboxed } from './exprs';
import { dynTypeId, fmtMethodCaller, newErrorString, noteFmtOperand } from './ifaces';
import type { Box } from '../runtime/rtypes';
import { setFmtMethods } from '../runtime/fmtMethods';
import { receiverHandle } from './sync';
import { atomicFuncCall, emitAtomicMethod, isAtomicType } from './atomic';
import { emitSyncMapMethod } from './syncMap';
import { emitCondWait, emitNewCond, rlockerOf } from './locker';
import { emitPointerMethod, emitValueMethod } from './atomicValue';
import { type BuilderBox, builderWrite, emitBuilderMethod } from './stringsBuilder';
import { emitPoolMethod, gcPoolCleanup } from './pool';
import { emitAfterFunc, timerGoroutine } from './afterFunc';
import { typeString, under } from '../../types';
import { CONTEXT, FILE, POOL, TEXT_BUFFERS } from '../../library';
import { typeDesc } from './typeInfo';
import { CompileError } from './Unit';
import { emitStdCall, stdPureCall } from '../stdlib';
import { div, type Int, toNumber } from '../runtime/ints';
import { emitContextCall } from './context';
import { errorf, errorfOperands, errorsCall } from './errorsPkg';

/** Operands of a fmt call after the first `skip` arguments, with their fmt descriptors. */
function fmtArgs(b: Builder, call: ast.CallExpr, skip: number): { vals: E[]; descs: TypeDesc[] } {
  const only = call.args[0];
  const t = only === undefined ? undefined : b.unit.typeOf(only);
  if (skip === 0 && call.args.length === 1 && t?.kind === 'tuple' && only?.kind === 'CallExpr') {
    const base = compileCallMulti(b, only);
    for (const rt of t.types) noteFmtOperand(b.unit, rt);
    const unit = b.unit;
    const vals: E[] = t.types.map((_, i) => (f) => f.r[base + i]);
    vals[0] = (f) => {
      setFmtMethods(fmtMethodCaller(unit, f.gl));
      return f.r[base];
    };
    return { vals, descs: t.types.map(typeDesc) };
  }
  const rest = call.args.slice(skip);
  for (const a of rest) {
    const at = b.unit.typeOf(a);
    const au = under(at);
    if (at === POOL || (au.kind === 'pointer' && au.elem === POOL)) {
      // Go prints the pool's internal pointers (per-P storage, New) as memory addresses.
      throw new CompileError(a.pos, 'formatting sync.Pool values with fmt is not supported in scenarios');
    }
    const held = au.kind === 'pointer' ? au.elem : at;
    if (isAtomicType(held)) {
      // Go prints their internal fields (noCopy markers, addresses), which the engine's boxes do not keep.
      throw new CompileError(
        a.pos,
        `formatting ${typeString(held)} values with fmt is not supported in scenarios`,
      );
    }
    if (at === CONTEXT) {
      // Go prints a deadline's wall-clock date, which a simulation cannot know.
      throw new CompileError(
        a.pos,
        'formatting context.Context values with fmt is not supported in scenarios',
      );
    }
    noteFmtOperand(b.unit, at);
  }
  const vals = rest.map((a) => compileExprUnboxed(b, a));
  const first = vals[0];
  if (first !== undefined) {
    // The operands are evaluated right before formatting: install this program's Error/String calls.
    const unit = b.unit;
    vals[0] = (f) => {
      setFmtMethods(fmtMethodCaller(unit, f.gl));
      return first(f);
    };
  }
  return { vals, descs: rest.map((a) => typeDesc(b.unit.typeOf(a))) };
}

/** fmt.Sprint and fmt.Sprintf (no runtime op needed); null for other functions. */
export function pureLibraryCall(b: Builder, call: ast.CallExpr, fn: LibFuncObj): E | null {
  if (fn.pkg === 'errors' && fn.name === 'New') {
    const msg = compileExpr(b, call.args[0] as ast.Expr);
    b.pendingW++;
    return (f) => newErrorString(msg(f) as string);
  }
  if (fn.pkg === 'errors') return errorsCall(b, call, fn);
  if (fn.pkg === 'sync/atomic') return atomicFuncCall(b, call, fn.name);
  if (fn.pkg !== 'fmt') return stdPureCall(b, call, fn);
  if (fn.name === 'Errorf') {
    const format = compileExpr(b, call.args[0] as ast.Expr);
    const { vals, descs } = fmtArgs(b, call, 1);
    const ops = errorfOperands(
      b.unit,
      call.args.slice(1).map((a) => b.unit.typeOf(a)),
    );
    b.pendingW++;
    return (f) =>
      errorf(
        format(f) as string,
        vals.map((v) => v(f)),
        descs,
        ops,
      );
  }
  if (fn.name === 'Sprint') {
    const { vals, descs } = fmtArgs(b, call, 0);
    b.pendingW++;
    return (f) =>
      sprint(
        vals.map((v) => v(f)),
        descs,
      );
  }
  if (fn.name === 'Sprintln') {
    const { vals, descs } = fmtArgs(b, call, 0);
    b.pendingW++;
    return (f) =>
      sprintln(
        vals.map((v) => v(f)),
        descs,
      );
  }
  if (fn.name === 'Sprintf') {
    const format = compileExpr(b, call.args[0] as ast.Expr);
    const { vals, descs } = fmtArgs(b, call, 1);
    b.pendingW++;
    return (f) =>
      sprintf(
        format(f) as string,
        vals.map((v) => v(f)),
        descs,
      );
  }
  return null;
}

const SIMPLE: Record<string, Op> = {
  'runtime.Gosched': { op: 'gosched' },
  'runtime.LockOSThread': { op: 'lockOSThread' },
  'runtime.UnlockOSThread': { op: 'unlockOSThread' },
  'runtime.GC': { op: 'gc' },
  'runtime.NumGoroutine': { op: 'numGoroutine' },
  'time.Now': { op: 'now' },
};

/** Emits a library function or method call; its result (if any) goes to `dst` (-1: discarded). */
export function emitLibraryCall(b: Builder, call: ast.CallExpr, c: CallInfo, dst: number): void {
  if (c.kind === 'method')
    return emitMethod(b, call, c.method.recv.name, c.method.name, c.recvIsPointer, dst);
  if (c.kind !== 'library') throw new CompileError(call.pos, 'not a library call');
  const fn = c.func;
  if (fn.pkg === 'context') return emitContextCall(b, call, fn, dst);
  const key = fn.pkg === '' ? fn.name : `${fn.pkg}.${fn.name}`;
  const arg = (i: number): E => compileExpr(b, call.args[i] as ast.Expr);
  const toDst =
    dst >= 0 ? (f: { r: unknown[] }, v: unknown): void => void (f.r[dst] = v) : (): void => undefined;
  if (key === 'runtime.GC') {
    const cleanup = gcPoolCleanup(b);
    b.emitOp(
      () => SIMPLE[key] as Op,
      (_g, f) => cleanup(f),
    );
    return;
  }
  const simple = SIMPLE[key];
  if (simple !== undefined) {
    b.emitOp(
      () => simple,
      (_g, f, input) => toDst(f, input.value),
    );
    return;
  }
  switch (key) {
    case 'fmt.Print':
    case 'fmt.Fprint':
    case 'fmt.Fprintln':
    case 'fmt.Fprintf':
      return emitPrint(b, call, key);
    case 'os.Exit': {
      const code = arg(0);
      b.emitOp((_g, f) => ({ op: 'osExit', code: toNumber(code(f)) }));
      return;
    }
    case 'runtime.Goexit':
      // Unwind like a panic without one: every deferred call runs, then the goroutine ends (op `goexit`).
      b.emit((g, f) => {
        g.gx = 1;
        f.pc = 0;
        return FRAMES;
      });
      return;
    case 'sync.NewCond':
      emitNewCond(b, arg(0), toDst);
      return;
    case 'time.NewTicker':
    case 'time.Tick': {
      const d = arg(0);
      const caps = b.unit.chanCaps();
      b.emitOp(
        (_g, f) => ({ op: 'newTicker', ns: toNumber(d(f)) }),
        (_g, f, input) => {
          (f.gl[caps] as number[])[input.value as number] = 1;
          toDst(f, input.value);
        },
      );
      return;
    }
    case 'time.Until': {
      const t = b.spill(arg(0));
      b.emitOp(
        () => SIMPLE['time.Now'] as Op,
        (_g, f, input) => toDst(f, (t(f) as number) - (input.value as number)),
      );
      return;
    }
    case 'fmt.Println': {
      const { vals, descs } = fmtArgs(b, call, 0);
      b.emitOp((_g, f) => ({
        op: 'print',
        stream: 'stdout',
        text: toText(
          sprintln(
            vals.map((v) => v(f)),
            descs,
          ),
        ),
      }));
      return;
    }
    case 'fmt.Printf': {
      const format = arg(0);
      const { vals, descs } = fmtArgs(b, call, 1);
      b.emitOp((_g, f) => ({
        op: 'print',
        stream: 'stdout',
        text: toText(
          sprintf(
            format(f) as string,
            vals.map((v) => v(f)),
            descs,
          ),
        ),
      }));
      return;
    }
    case 'fmt.Sprint':
    case 'fmt.Sprintf': {
      const v = pureLibraryCall(b, call, fn) as E;
      if (dst >= 0) b.set(dst, v);
      return;
    }
    case 'time.Sleep':
    case 'work':
    case 'blockingSyscall':
    case 'netRead': {
      const d = arg(0);
      const op =
        key === 'time.Sleep' ? 'sleep' : key === 'work' ? 'work' : key === 'netRead' ? 'netRead' : 'syscall';
      // One op object per call site, refilled by each call: the engine reads an op only while carrying it out
      // (sim/body.ts), so a CPU-bound loop allocates nothing per `work` call.
      const o = { op, ns: 0 };
      b.emitOp((_g, f) => {
        o.ns = toNumber(d(f));
        return o as Op;
      });
      return;
    }
    case 'time.After':
    case 'time.NewTimer': {
      const d = arg(0);
      const caps = b.unit.chanCaps();
      const op = key === 'time.After' ? 'after' : 'newTimer';
      b.emitOp(
        (_g, f) => ({ op, ns: toNumber(d(f)) }) as Op,
        (_g, f, input) => {
          (f.gl[caps] as number[])[input.value as number] = 1;
          toDst(f, input.value);
        },
      );
      return;
    }
    case 'time.Since': {
      const t = b.spill(arg(0));
      b.emitOp(
        () => SIMPLE['time.Now'] as Op,
        (_g, f, input) => toDst(f, (input.value as number) - (t(f) as number)),
      );
      return;
    }
    case 'time.AfterFunc':
      return emitAfterFunc(b, call, dst);
    case 'runtime.GOMAXPROCS': {
      const n = arg(0);
      b.emitOp(
        (_g, f) => ({ op: 'gomaxprocs', n: toNumber(n(f)) }),
        (_g, f, input) => toDst(f, input.value),
      );
      return;
    }
    case 'runtime.NumCPU': {
      const slot = b.unit.numCPU();
      if (dst >= 0) b.set(dst, (f) => f.gl[slot]);
      return;
    }
    default:
      if (emitStdCall(b, call, fn, dst)) return;
      throw new CompileError(call.pos, `${key} is not supported in scenarios`);
  }
}

/**
 * `fmt.Print` and `fmt.Fprint*` to an io.Writer: `os.Stdout`/`os.Stderr` (an `*os.File` is its descriptor; a
 * nil one writes nothing) or a `*strings.Builder` or `*bytes.Buffer` (the text is appended, no op); a nil writer
 * panics.
 */
function emitPrint(b: Builder, call: ast.CallExpr, key: string): void {
  const toFile = key.startsWith('fmt.F');
  if (toFile) {
    const w = call.args[0] as ast.Expr;
    const wu = under(b.unit.typeOf(w));
    if (wu.kind !== 'pointer' || (wu.elem !== FILE && !TEXT_BUFFERS.has(wu.elem)))
      throw new CompileError(
        w.pos,
        `${key} to a writer other than os.Stdout, os.Stderr, a *strings.Builder or a *bytes.Buffer is not supported in scenarios`,
      );
  }
  const file = toFile ? compileExpr(b, call.args[0] as ast.Expr) : (): RV => ({ t: -1, v: 1 });
  const bufferIds = [...TEXT_BUFFERS].map((t) => dynTypeId({ kind: 'pointer', elem: t }));
  const skip = toFile ? 1 : 0;
  const format = key === 'fmt.Fprintf' ? compileExpr(b, call.args[1] as ast.Expr) : null;
  const { vals, descs } = fmtArgs(b, call, key === 'fmt.Fprintf' ? 2 : skip);
  const text =
    format !== null
      ? (f: Frame): string =>
          sprintf(
            format(f) as string,
            vals.map((v) => v(f)),
            descs,
          )
      : key === 'fmt.Fprintln'
        ? (f: Frame): string =>
            sprintln(
              vals.map((v) => v(f)),
              descs,
            )
        : (f: Frame): string =>
            sprint(
              vals.map((v) => v(f)),
              descs,
            );
  b.emitOp((_g, f) => {
    const w = file(f) as Box | null;
    if (w === null) throw new GoPanic(NIL_DEREF);
    if (bufferIds.includes(w.t)) {
      const box = w.v as BuilderBox | 0 | null;
      if (!box) throw new GoPanic(NIL_DEREF);
      builderWrite(box, text(f));
      return null;
    }
    const fd = w.v as number;
    if (fd === 0) return null;
    return { op: 'print', stream: fd === 2 ? 'stderr' : 'stdout', text: toText(text(f)) };
  });
}

function emitMethod(
  b: Builder,
  call: ast.CallExpr,
  type: string,
  name: string,
  ptr: boolean,
  dst: number,
): void {
  const sel = call.fun as ast.SelectorExpr;
  const recv = b.unit.prog.promotedRecv.get(sel) ?? sel.x;
  if (type === 'time.Duration') return emitDurationMethod(b, recv, name, dst);
  if (type === 'sync.Pool') return emitPoolMethod(b, call, recv, name, ptr, dst);
  const h = receiverHandle(b, recv, ptr);
  if (type === 'sync.Map') return emitSyncMapMethod(b, call, name, h, dst);
  if (type === 'atomic.Value') return emitValueMethod(b, call, name, h, dst);
  if (type.startsWith('atomic.Pointer[')) {
    const load = b.unit.typeOf(call.fun);
    const sig = under(load);
    // The pointer type: the first parameter (Store, Swap, CompareAndSwap) or Load's result.
    const p = sig.kind === 'func' ? (sig.params[0] ?? sig.results[0]) : undefined;
    return emitPointerMethod(b, call, p ?? load, name, h, dst);
  }
  if (type === 'strings.Builder' || type === 'bytes.Buffer')
    return emitBuilderMethod(b, call, type, name, h, dst);
  if (type.startsWith('atomic.')) {
    const t = b.unit.typeOf(recv);
    const u = under(t);
    return emitAtomicMethod(b, call, u.kind === 'pointer' ? u.elem : t, name, h, dst);
  }
  const key = `${type}.${name}`;
  switch (key) {
    case 'sync.WaitGroup.Add':
    case 'sync.WaitGroup.Done': {
      const n = name === 'Add' ? compileExpr(b, call.args[0] as ast.Expr) : (): number => -1;
      const counters = b.unit.wgCounters();
      b.emitOp((_g, f) => {
        const wg = h(f) as number;
        const delta = toNumber(n(f));
        const c = f.gl[counters] as number[];
        const count = (c[wg] ?? 0) + delta;
        if (count < 0) throw new GoPanic('sync: negative WaitGroup counter');
        c[wg] = count;
        return { op: 'wgAdd', wg, delta };
      });
      return;
    }
    case 'sync.WaitGroup.Wait':
      b.emitOp((_g, f) => ({ op: 'wgWait', wg: h(f) as number }));
      return;
    case 'sync.Mutex.Lock':
    case 'sync.RWMutex.Lock':
      b.emitOp((_g, f) => ({ op: 'lock', mu: h(f) as number }));
      return;
    case 'sync.Mutex.Unlock':
    case 'sync.RWMutex.Unlock':
      b.emitOp((_g, f) => ({ op: 'unlock', mu: h(f) as number }));
      return;
    case 'sync.RWMutex.RLock':
      b.emitOp((_g, f) => ({ op: 'rlock', mu: h(f) as number }));
      return;
    case 'sync.RWMutex.RLocker': {
      const l = rlockerOf(h);
      b.pendingW++;
      if (dst >= 0) b.set(dst, l);
      else b.emit((_g, f) => (l(f), CONT));
      return;
    }
    case 'sync.RWMutex.RUnlock':
      b.emitOp((_g, f) => ({ op: 'runlock', mu: h(f) as number }));
      return;
    case 'sync.Mutex.TryLock':
      b.emitOp(
        (_g, f) => ({ op: 'tryLock', mu: h(f) as number }),
        (_g, f, input) => {
          if (dst >= 0) f.r[dst] = input.ok;
        },
      );
      return;
    case 'sync.Cond.Wait': {
      emitCondWait(b, b.spill(h));
      return;
    }
    case 'sync.Cond.Signal':
      b.emitOp((_g, f) => ({ op: 'condSignal', cond: h(f) as number }));
      return;
    case 'sync.Cond.Broadcast':
      b.emitOp((_g, f) => ({ op: 'condBroadcast', cond: h(f) as number }));
      return;
    case 'time.Timer.Reset':
    case 'time.Ticker.Reset': {
      const d = compileExpr(b, call.args[0] as ast.Expr);
      const ticker = type === 'time.Ticker';
      const again = timerGoroutine(b);
      b.emitOp(
        (_g, f) => {
          const ch = h(f) as number;
          const go = ticker ? null : again(f, ch);
          return { op: 'timerReset', ch, ns: toNumber(d(f)), ticker, ...(go ?? {}) };
        },
        (_g, f, input) => {
          if (dst >= 0) f.r[dst] = input.ok;
        },
      );
      return;
    }
    case 'time.Ticker.Stop':
      b.emitOp((_g, f) => ({ op: 'timerStop', ch: h(f) as number }));
      return;
    case 'time.Timer.Stop':
      b.emitOp(
        (_g, f) => ({ op: 'timerStop', ch: h(f) as number }),
        (_g, f, input) => {
          if (dst >= 0) f.r[dst] = input.ok;
        },
      );
      return;
    case 'sync.Once.Do':
      return emitOnceDo(b, call, h);
    default:
      throw new CompileError(call.pos, `${key} is not supported in scenarios`);
  }
}

/** `d.String()`, `d.Milliseconds()`, `d.Microseconds()`, `d.Nanoseconds()`: pure (integer division truncates). */
function emitDurationMethod(b: Builder, recv: ast.Expr, name: string, dst: number): void {
  const d = compileExpr(b, recv);
  let v: E;
  if (name === 'String') v = (f) => durationString(d(f) as Int);
  else if (name === 'Nanoseconds') v = d;
  else if (name === 'Seconds' || name === 'Minutes' || name === 'Hours') {
    // time.go: float64(d / unit) + float64(d % unit) / unit, in that order (two roundings, as Go).
    const unit = name === 'Seconds' ? 1e9 : name === 'Minutes' ? 60e9 : 3600e9;
    v = (f) => {
      const ns = d(f) as number;
      const whole = Math.trunc(ns / unit);
      return whole + (ns - whole * unit) / unit;
    };
  } else {
    const unit = name === 'Milliseconds' ? 1e6 : 1e3;
    v = (f) => div(d(f), unit);
  }
  b.pendingW++;
  if (dst >= 0) b.set(dst, v);
  else b.emit(() => CONT);
}

/** `once.Do(f)`: ask the engine whether to run f; run it; then mark the Once done. */
function emitOnceDo(b: Builder, call: ast.CallExpr, h: E): void {
  const fn = b.spill(compileExpr(b, call.args[0] as ast.Expr));
  const hr = b.spill(h);
  const run = b.temp();
  const m = b.unit.m;
  b.emitOp(
    (_g, f) => ({ op: 'onceDo', once: hr(f) as number }),
    (_g, f, input) => (f.r[run] = input.ok),
  );
  const end = b.newLabel();
  b.jumpIfNot((f) => f.r[run], end);
  b.emit((g, f) => {
    m.pushFrame(g, fn(f) as FuncVal | null, [], -1);
    return FRAMES;
  });
  b.emitOp((_g, f) => ({ op: 'onceDone', once: hr(f) as number }));
  b.place(end);
}
