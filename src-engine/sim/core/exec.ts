/**
 * Running a goroutine: resumes its body and carries out the {@link Op} it returns (the runtime entry points
 * of the Go code it models). Each op costs `statementStepNs` plus its own cost, as CPU time on the M.
 */
import type { Op, ResumeInput } from '../body';
import { MAX_GOMAXPROCS } from '../limits';
import { nextU32 } from '../rand/Prng';
import type { GState, MState, PState } from '../state/types';
import { budget, HCHAN_SIZE, makechanSizeOk, OutOfMemoryError } from '../limits';
import { outOfMemory } from './oom';
import { chanOf, chanrecv, chansend, closechan, gofatal, gopanic, makechan, RETRY_SEND_CLOSED } from './chan';
import { AT_NONE } from '../log/EventLog';
import { gmove, gmoveTo } from './gmove';
import { lockOSThread, unlockOSThread } from './lockosthread';
import {
  LOCK_ACQUIRED,
  LOCK_SPIN,
  lockStep,
  rlock,
  runlock,
  rwLockAfterW,
  rwUnlock,
  tryLock,
  unlock,
} from './mutex';
import { netRead } from './netpoll';
import { name, NO_NAME, type Name } from './names';
import { goexit, goschedImpl, goyield, newproc } from './proc';
import { LP_TIMERS } from './locInfo';
import { A_MRUN, type Rt } from './Rt';
import { schedule } from './schedule';
import { condNotify, condWait, newSync, syncOf, wgAdd, wgWait } from './sema';
import { selectgo } from './select';
import { stopTheWorld } from './stw';
import { entersyscall } from './syscall';
import { addTimer, delTimer, drainTimerChan } from './timers';

const K_LINE_REACHED = name('line.reached');
const R_LINE_REACHED = name('line breakpoint');
const FN_LINE_REACHED = name('(interpreter) line reached');

export const RETRY_LOCK = 1;
export const RETRY_RWLOCK = 2;
export const RETRY_ONCE = 3;
/** A GC / GOMAXPROCS call that found a stop-the-world in progress (`worldsema` held): retried later. */
export const RETRY_GC = 4;
export const RETRY_GOMAXPROCS = 5;

const FN_TIMESLEEP = name('runtime.timeSleep');
const FN_GOPARK = name('runtime.gopark');
const R_SLEEP = name('sleep');
const R_SEND_NIL = name('chan send (nil chan)');
const R_RECV_NIL = name('chan receive (nil chan)');

const input: ResumeInput = { value: null, ok: true, index: 0, first: true };

function busy(rt: Rt, m: MState, ns: number): void {
  m.busyUntil = rt.st.now + ns;
  rt.mAt(m, m.busyUntil, A_MRUN);
}

/** Continue after this op with `extraNs` on top of the statement step. */
function cont(rt: Rt, m: MState, extraNs: number): void {
  busy(rt, m, rt.cost.statementStepNs + extraNs);
}

/** The G running on M reaches its next step (A_MRUN). */
export function runG(rt: Rt, m: MState): void {
  const g = rt.g(m.curg);
  if (g.preempt) {
    goschedImpl(rt, g, m, true);
    return;
  }
  if (g.remainNs > 0) {
    const r = g.remainNs;
    g.remainNs = 0;
    busy(rt, m, r);
    return;
  }
  if (g.retry !== 0) {
    runRetry(rt, g, m);
    return;
  }
  g.semaTicket = false;
  const body = rt.bodies[g.bodyId];
  if (body === undefined) throw new Error(`no body ${g.bodyId}`);
  input.value = g.inValue;
  input.ok = g.inOk;
  input.index = g.inIndex;
  input.first = !g.started;
  g.started = true;
  g.inValue = null;
  g.inOk = true;
  g.inIndex = 0;
  try {
    // The clock may charge the body's CPU work in place (cpuClock.ts); it serves this M only in this call.
    const cpu = rt.cpu;
    cpu.m = m;
    const op = body.resume(g.state, input, cpu);
    cpu.m = null;
    const hit = body.lineHit?.(g.state) ?? 0;
    if (hit > 0) {
      // Only while a line breakpoint is set: the goroutine reached its line between scheduler events.
      g.line = hit;
      rt.emit(K_LINE_REACHED, g.id, m.p, m.id, NO_NAME, NO_NAME, R_LINE_REACHED, FN_LINE_REACHED);
    }
    g.line = body.line(g.state) ?? 0;
    dispatch(rt, g, m, op);
  } catch (err) {
    if (err instanceof OutOfMemoryError) outOfMemory(rt, g.id, err);
    throw err;
  }
}

function runRetry(rt: Rt, g: GState, m: MState): void {
  const code = g.retry;
  if (code === RETRY_SEND_CLOSED) {
    g.retry = 0;
    gopanic(rt, g, 'send on closed channel');
  }
  if (code === RETRY_GC || code === RETRY_GOMAXPROCS) {
    g.retry = 0;
    return dispatch(rt, g, m, code === RETRY_GC ? { op: 'gc' } : { op: 'gomaxprocs', n: g.retryObj });
  }
  const obj = syncOf(rt, g.retryObj);
  const mu = code === RETRY_LOCK ? obj : syncOf(rt, obj.w, 'mutex');
  const r = lockStep(rt, g, m, mu);
  if (r === LOCK_SPIN) {
    busy(rt, m, rt.cost.mutexSpinNs);
    return;
  }
  if (r !== LOCK_ACQUIRED) {
    schedule(rt, m);
    return;
  }
  g.retry = 0;
  if (code === RETRY_RWLOCK) {
    if (!rwLockAfterW(rt, g, m, obj)) {
      schedule(rt, m);
      return;
    }
  } else if (code === RETRY_ONCE) {
    if (obj.done) {
      if (unlock(rt, g, m, mu)) return goyield(rt, g, m);
      rt.setInput(g, null, false);
    } else rt.setInput(g, null, true);
  }
  cont(rt, m, rt.cost.syncOpNs);
}

function park(rt: Rt, m: MState): void {
  schedule(rt, m);
}

/** Carries out one op of G on M. (The common ops come first: a string switch tests its cases in order.) */
export function dispatch(rt: Rt, g: GState, m: MState, op: Op): void {
  const c = rt.cost;
  const st = rt.st;
  switch (op.op) {
    case 'work':
      return busy(rt, m, Math.max(c.statementStepNs, Math.floor(op.ns)));
    case 'lock': {
      const o = syncOf(rt, op.mu);
      g.retry = o.kind === 'rwmutex' ? RETRY_RWLOCK : RETRY_LOCK;
      g.retryObj = o.id;
      return runRetry(rt, g, m);
    }
    case 'unlock': {
      const o = syncOf(rt, op.mu);
      const yieldNow = o.kind === 'rwmutex' ? rwUnlock(rt, g, m, o) : unlock(rt, g, m, o);
      if (yieldNow) return goyield(rt, g, m);
      return cont(rt, m, c.syncOpNs);
    }
    case 'send':
      if (op.ch === 0) return parkForever(rt, g, m, R_SEND_NIL);
      if (chansend(rt, g, m, chanOf(rt, op.ch), op.value)) return cont(rt, m, c.chanOpNs);
      return park(rt, m);
    case 'recv':
      if (op.ch === 0) return parkForever(rt, g, m, R_RECV_NIL);
      if (chanrecv(rt, g, m, chanOf(rt, op.ch))) return cont(rt, m, c.chanOpNs);
      return park(rt, m);
    case 'sleep': {
      if (op.ns <= 0) return cont(rt, m, 0);
      const p = st.ps[m.p] as PState;
      const when = st.now + Math.floor(op.ns);
      gmoveTo(rt, g, rt.locOf(LP_TIMERS, p.id), FN_TIMESLEEP, R_SLEEP, m.id, p.id, AT_NONE, when);
      g.waitKind = 'timer';
      g.timer = addTimer(rt, p.id, when, g.id, -1).id;
      return park(rt, m);
    }
    case 'syscall':
      return entersyscall(rt, g, m, Math.floor(op.ns));
    case 'wgAdd':
      wgAdd(rt, g, m, syncOf(rt, op.wg, 'wg'), op.delta);
      return cont(rt, m, c.syncOpNs);
    case 'wgWait':
      if (wgWait(rt, g, m, syncOf(rt, op.wg, 'wg'))) return cont(rt, m, c.syncOpNs);
      return park(rt, m);
    case 'go':
      newproc(rt, g, m, rt.bodyId(op.body), op.state);
      return cont(rt, m, c.goStatementNs);
    case 'makechan':
      if (!makechanSizeOk(op.cap, op.elemBytes ?? 0)) gopanic(rt, g, 'makechan: size out of range');
      // Go allocates the buffer at make; the engine fills it lazily (charging each value), but a buffer that
      // could never fit the budget fails here, as Go's does.
      budget.require(HCHAN_SIZE + op.cap * (op.elemBytes ?? 0));
      rt.setInput(g, makechan(rt, op.cap, g.id, false));
      return cont(rt, m, c.chanOpNs);
    case 'close':
      if (op.ch === 0) gopanic(rt, g, 'close of nil channel');
      closechan(rt, g, m, chanOf(rt, op.ch));
      return cont(rt, m, c.chanOpNs);
    case 'select':
      if (selectgo(rt, g, m, op.cases, op.hasDefault)) return cont(rt, m, c.chanOpNs);
      return park(rt, m);
    case 'newMutex':
    case 'newRWMutex':
    case 'newWaitGroup':
    case 'newOnce': {
      const kind =
        op.op === 'newMutex'
          ? 'mutex'
          : op.op === 'newRWMutex'
            ? 'rwmutex'
            : op.op === 'newWaitGroup'
              ? 'wg'
              : 'once';
      rt.setInput(g, newSync(rt, kind).id);
      return cont(rt, m, 0);
    }
    case 'newCond': {
      const o = newSync(rt, 'cond');
      const l = syncOf(rt, op.mu);
      if (l.kind !== 'mutex' && l.kind !== 'rwmutex') throw new Error(`sync object ${op.mu} is not a lock`);
      o.w = l.id;
      o.rl = op.read === true;
      rt.setInput(g, o.id);
      return cont(rt, m, 0);
    }
    case 'condWait': {
      condWait(rt, g, m, syncOf(rt, op.cond, 'cond'));
      return park(rt, m);
    }
    case 'condSignal':
    case 'condBroadcast':
      condNotify(rt, m, syncOf(rt, op.cond, 'cond'), op.op === 'condBroadcast');
      return cont(rt, m, c.syncOpNs);
    case 'tryLock':
      rt.setInput(g, null, tryLock(syncOf(rt, op.mu, 'mutex')));
      return cont(rt, m, c.syncOpNs);
    case 'rlock':
      if (rlock(rt, g, m, syncOf(rt, op.mu, 'rwmutex'))) return cont(rt, m, c.syncOpNs);
      return park(rt, m);
    case 'runlock':
      runlock(rt, g, m, syncOf(rt, op.mu, 'rwmutex'));
      return cont(rt, m, c.syncOpNs);
    case 'onceDo': {
      const o = syncOf(rt, op.once, 'once');
      if (o.done) {
        rt.setInput(g, null, false);
        return cont(rt, m, c.syncOpNs);
      }
      g.retry = RETRY_ONCE;
      g.retryObj = o.id;
      return runRetry(rt, g, m);
    }
    case 'onceDone': {
      const o = syncOf(rt, op.once, 'once');
      o.done = true;
      if (unlock(rt, g, m, syncOf(rt, o.w, 'mutex'))) return goyield(rt, g, m);
      return cont(rt, m, c.syncOpNs);
    }
    case 'after':
    case 'newTimer': {
      const ch = makechan(rt, 1, g.id, true);
      const t = addTimer(rt, m.p, st.now + Math.max(0, Math.floor(op.ns)), -1, ch);
      chanOf(rt, ch).timer = t.id;
      rt.setInput(g, ch);
      return cont(rt, m, c.chanOpNs);
    }
    case 'newTicker': {
      const period = Math.floor(op.ns);
      if (period <= 0) return gopanic(rt, g, 'non-positive interval for NewTicker');
      const ch = makechan(rt, 1, g.id, true);
      const t = addTimer(rt, m.p, st.now + period, -1, ch, period);
      chanOf(rt, ch).timer = t.id;
      rt.setInput(g, ch);
      return cont(rt, m, c.chanOpNs);
    }
    case 'afterFunc': {
      const ch = makechan(rt, 0, g.id, true);
      const fn = { body: rt.bodyId(op.body), state: op.state };
      const t = addTimer(rt, m.p, st.now + Math.max(0, Math.floor(op.ns)), -1, ch, 0, fn);
      chanOf(rt, ch).timer = t.id;
      rt.setInput(g, ch);
      return cont(rt, m, c.chanOpNs);
    }
    case 'timerReset': {
      const ns = Math.floor(op.ns);
      if (op.ticker && ns <= 0) return gopanic(rt, g, 'non-positive interval for Ticker.Reset');
      const ch = chanOf(rt, op.ch);
      const old = ch.timer >= 0 ? st.timers[ch.timer] : undefined;
      const active = (old !== undefined && delTimer(rt, old)) || drainTimerChan(rt, op.ch);
      const fn = op.body === undefined ? null : { body: rt.bodyId(op.body), state: op.state };
      const t = addTimer(rt, m.p, st.now + Math.max(0, ns), -1, op.ch, op.ticker ? ns : 0, fn);
      ch.timer = t.id;
      rt.setInput(g, null, active);
      return cont(rt, m, c.syncOpNs);
    }
    case 'timerStop': {
      const ch = chanOf(rt, op.ch);
      const t = ch.timer >= 0 ? st.timers[ch.timer] : undefined;
      rt.setInput(g, null, (t !== undefined && delTimer(rt, t)) || drainTimerChan(rt, op.ch));
      return cont(rt, m, c.syncOpNs);
    }
    case 'netRead':
      return netRead(rt, g, m, Math.floor(op.ns));
    case 'gosched':
      return goschedImpl(rt, g, m, false);
    case 'gomaxprocs': {
      const prev = st.gomaxprocs;
      rt.setInput(g, prev);
      if (op.n <= 0 || op.n === prev) return cont(rt, m, 0);
      if (op.n > MAX_GOMAXPROCS)
        gofatal(rt, g, `engine limit: GOMAXPROCS ${op.n} exceeds ${MAX_GOMAXPROCS} (MAX_GOMAXPROCS)`);
      if (st.sched.gcwaiting) return waitWorld(rt, g, m, RETRY_GOMAXPROCS, Math.floor(op.n));
      return stopTheWorld(rt, m, 'gomaxprocs', Math.floor(op.n));
    }
    case 'numGoroutine':
      rt.setInput(g, st.sched.ngLive);
      return cont(rt, m, 0);
    case 'procPin':
      rt.setInput(g, m.p);
      return cont(rt, m, 0);
    case 'chanLen':
      rt.setInput(g, op.ch === 0 ? 0 : chanOf(rt, op.ch).buf.length);
      return cont(rt, m, 0);
    case 'lockOSThread':
      lockOSThread(rt, g, m);
      return cont(rt, m, 0);
    case 'unlockOSThread':
      unlockOSThread(rt, g, m);
      return cont(rt, m, 0);
    case 'gc':
      if (st.sched.gcwaiting) return waitWorld(rt, g, m, RETRY_GC, 0);
      return stopTheWorld(rt, m, 'gc', st.gomaxprocs);
    case 'now':
      rt.setInput(g, st.now);
      return cont(rt, m, 0);
    case 'rand':
      rt.setInput(g, nextU32(st.rngLang));
      return cont(rt, m, 0);
    case 'print':
      rt.write(g.id, op.stream, op.text);
      return cont(rt, m, c.fmtWriteNs);
    case 'panic':
      return gopanic(rt, g, op.msg);
    case 'fatal':
      return gofatal(rt, g, op.msg);
    case 'exit':
      return goexit(rt, g, m);
    case 'goexit':
      return goexit(rt, g, m, true);
    case 'osExit':
      return rt.end(op.code, `os.Exit(${op.code})`);
  }
}

/** Another stop-the-world is in progress: yield (the world is stopping anyway) and retry the call later. */
function waitWorld(rt: Rt, g: GState, m: MState, code: number, n: number): void {
  g.retry = code;
  g.retryObj = n;
  goschedImpl(rt, g, m, true);
}

function parkForever(rt: Rt, g: GState, m: MState, reason: Name): void {
  gmove(rt, g, 'nilchan', FN_GOPARK, reason, m.id, m.p);
  g.waitKind = 'forever';
  schedule(rt, m);
}
