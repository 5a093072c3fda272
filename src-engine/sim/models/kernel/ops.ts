/**
 * Carries out one op of a task's compiled body (the same {@link Op}s the Go engine runs): program semantics
 * are the same in every model; only where a runnable task waits and what a blocking call does to its thread
 * differ (the policy).
 */
import type { Op, ResumeInput } from '../../body';
import { name, type Name } from '../../core/names';
import { AT_NONE } from '../../log/EventLog';
import { nextU32 } from '../../rand/Prng';
import { closeChan, chanOf, makeChan, recv, select, send } from './chans';
import * as N from './names';
import { KERNEL_REASONS } from './reasons';
import { enterSyscall, R_BLOCK, R_EXIT, R_SYSCALL_STARTED, R_YIELD } from './sched';
import { A_TIMER, type Sim } from './Sim';
import type { Task, Thread } from './state';
import {
  condNotify,
  condWait,
  lock,
  newSync,
  onceDo,
  onceDone,
  rlock,
  runlock,
  syncOf,
  tryLock,
  unlock,
  wgAdd,
  wgWait,
} from './syncs';

/** ≥ 0: continue after this many ns; else R_BLOCK, R_YIELD, R_EXIT or R_SYSCALL_STARTED. */
export type OpResult = number;

const input: ResumeInput = { value: null, ok: true, index: 0, first: true };
const FN_SLEEP = name('sleep (timer)');
const R_SLEEP = KERNEL_REASONS.reason('sleep');
const FN_NEW = name('go statement');
const R_FOREVER = KERNEL_REASONS.reason('blocks forever (nil channel)');
const FN_NETREAD = name('read (blocking, no poller)');
const R_LINE = KERNEL_REASONS.reason('line breakpoint');
const FN_LINE = name('(interpreter) line reached');

/** Runs the task's body to its next op and carries the op out. */
export function runOp(sim: Sim, task: Task, th: Thread): OpResult {
  const body = sim.body(task.bodyId);
  input.value = task.inValue;
  input.ok = task.inOk;
  input.index = task.inIndex;
  input.first = !task.started;
  task.started = true;
  task.inValue = null;
  task.inOk = true;
  task.inIndex = 0;
  // The clock may charge the body's CPU work in place (cpuClock.ts); it serves this thread only in this call.
  const cpu = sim.cpu;
  cpu.th = th;
  const op = body.resume(task.state, input, cpu);
  cpu.th = null;
  const hit = body.lineHit?.(task.state) ?? 0;
  if (hit > 0) {
    // Only while a line breakpoint is set: the task reached its line between scheduler events.
    task.line = hit;
    sim.emit(N.K_LINE_REACHED, task.id, th.core, th.id, -1 as Name, -1 as Name, R_LINE, FN_LINE, AT_NONE);
  }
  task.line = body.line(task.state) ?? 0;
  return dispatch(sim, task, th, op);
}

function dispatch(sim: Sim, task: Task, th: Thread, op: Op): OpResult {
  const c = sim.cost;
  const step = c.statementStepNs;
  switch (op.op) {
    case 'work':
      return Math.max(step, Math.floor(op.ns));
    case 'go': {
      const t = sim.newTask(sim.bodyId(op.body), op.state, th.id);
      t.proc = task.proc;
      sim.policy.enqueue(sim, t, th.id, 'go');
      return step + c.goStatementNs;
    }
    case 'makechan':
      if (!(op.cap >= 0 && Number.isInteger(op.cap))) sim.panic(task, 'makechan: size out of range');
      sim.setInput(task, makeChan(sim, op.cap));
      return step + c.chanOpNs;
    case 'send':
      if (op.ch === 0) return forever(sim, task, th, 'chan send (nil chan)');
      return send(sim, task, th, chanOf(sim, op.ch), op.value) ? step + c.chanOpNs : R_BLOCK;
    case 'recv':
      if (op.ch === 0) return forever(sim, task, th, 'chan receive (nil chan)');
      return recv(sim, task, th, chanOf(sim, op.ch)) ? step + c.chanOpNs : R_BLOCK;
    case 'close':
      if (op.ch === 0) sim.panic(task, 'close of nil channel');
      closeChan(sim, task, th, chanOf(sim, op.ch));
      return step + c.chanOpNs;
    case 'select':
      return select(sim, task, th, op.cases, op.hasDefault) ? step + c.chanOpNs : R_BLOCK;
    case 'chanLen':
      sim.setInput(task, op.ch === 0 ? 0 : chanOf(sim, op.ch).buf.length);
      return step;
    case 'newMutex':
      sim.setInput(task, newSync(sim, 'mutex'));
      return step;
    case 'newRWMutex':
      sim.setInput(task, newSync(sim, 'rwmutex'));
      return step;
    case 'newWaitGroup':
      sim.setInput(task, newSync(sim, 'wg'));
      return step;
    case 'newOnce':
      sim.setInput(task, newSync(sim, 'once'));
      return step;
    case 'lock':
      return lock(sim, task, th, syncOf(sim, op.mu)) ? step + c.syncOpNs : R_BLOCK;
    case 'unlock':
      unlock(sim, task, th, syncOf(sim, op.mu));
      return step + c.syncOpNs;
    case 'tryLock':
      sim.setInput(task, null, tryLock(syncOf(sim, op.mu)));
      return step + c.syncOpNs;
    case 'rlock':
      return rlock(sim, task, th, syncOf(sim, op.mu)) ? step + c.syncOpNs : R_BLOCK;
    case 'runlock':
      runlock(sim, task, th, syncOf(sim, op.mu));
      return step + c.syncOpNs;
    case 'wgAdd':
      wgAdd(sim, task, th, syncOf(sim, op.wg), op.delta);
      return step + c.syncOpNs;
    case 'wgWait':
      return wgWait(sim, task, th, syncOf(sim, op.wg)) ? step + c.syncOpNs : R_BLOCK;
    case 'onceDo':
      return onceDo(sim, task, th, syncOf(sim, op.once)) ? step + c.syncOpNs : R_BLOCK;
    case 'onceDone':
      onceDone(sim, th, syncOf(sim, op.once));
      return step + c.syncOpNs;
    case 'sleep': {
      if (op.ns <= 0) return step;
      const when = sim.now + th.delayNs + Math.floor(op.ns);
      addTimer(sim, when, task.id, -1);
      task.waitReason = 'sleep';
      sim.move(task, N.L_TIMERS, R_SLEEP, FN_SLEEP, th.id, 0, when);
      return R_BLOCK;
    }
    case 'after':
    case 'newTimer': {
      const ch = makeChan(sim, 1);
      chanOf(sim, ch).timer = addTimer(sim, sim.now + Math.max(0, Math.floor(op.ns)), -1, ch);
      sim.setInput(task, ch);
      return step + c.chanOpNs;
    }
    case 'newTicker': {
      const period = Math.floor(op.ns);
      if (period <= 0) return sim.panic(task, 'non-positive interval for NewTicker');
      const ch = makeChan(sim, 1);
      chanOf(sim, ch).timer = addTimer(sim, sim.now + period, -1, ch, period);
      sim.setInput(task, ch);
      return step + c.chanOpNs;
    }
    case 'timerStop':
      sim.setInput(task, null, stopTimer(sim, op.ch));
      return step + c.syncOpNs;
    case 'timerReset': {
      const ns = Math.floor(op.ns);
      if (op.ticker && ns <= 0) return sim.panic(task, 'non-positive interval for Ticker.Reset');
      const active = stopTimer(sim, op.ch);
      const fn = op.body === undefined ? undefined : { body: sim.bodyId(op.body), state: op.state };
      chanOf(sim, op.ch).timer = addTimer(sim, sim.now + Math.max(0, ns), -1, op.ch, op.ticker ? ns : 0, fn);
      sim.setInput(task, null, active);
      return step + c.syncOpNs;
    }
    case 'syscall':
      enterSyscall(sim, th, task, Math.floor(op.ns));
      return R_SYSCALL_STARTED;
    case 'netRead':
      // No model before M:P:N has a network poller here: a read blocks its thread in the kernel.
      enterSyscall(sim, th, task, Math.floor(op.ns), FN_NETREAD);
      return R_SYSCALL_STARTED;
    case 'gosched':
      return R_YIELD;
    case 'gomaxprocs':
      // The historical models run on a fixed machine: the call reports the cores and changes nothing.
      sim.setInput(task, sim.cores.length);
      return step;
    case 'numGoroutine':
      sim.setInput(task, sim.liveTasks);
      return step;
    case 'procPin':
      // No P in these models: every thread shares one pool-local slot.
      sim.setInput(task, 0);
      return step;
    case 'lockOSThread':
    case 'unlockOSThread':
      return step;
    case 'gc':
      // No collector is modelled: runtime.GC() costs its pause on the calling thread only.
      return step + c.gcStwNs;
    case 'now':
      sim.setInput(task, sim.now);
      return step;
    case 'rand':
      sim.setInput(task, nextU32(sim.prngLang));
      return step;
    case 'print':
      sim.write(task.id, op.stream, op.text);
      return step + c.fmtWriteNs;
    case 'panic':
      return sim.panic(task, op.msg);
    case 'exit':
      return exit(sim, task, th);
    case 'fatal':
      return sim.fatal(task, op.msg);
    case 'osExit':
      return sim.end(op.code, `os.Exit(${op.code})`);
    case 'goexit':
      // The goroutine ends as if it returned; for main the program goes on until the others have ended.
      return exit(sim, task, th, true);
    case 'newCond':
      if (syncOf(sim, op.mu).kind === 'wg' || syncOf(sim, op.mu).kind === 'once')
        throw new Error(`sync object ${op.mu} is not a lock`);
      sim.setInput(task, newSync(sim, 'cond', op.mu, op.read === true));
      return step;
    case 'condWait':
      return condWait(sim, task, th, syncOf(sim, op.cond)) ? step + c.syncOpNs : R_BLOCK;
    case 'condSignal':
    case 'condBroadcast':
      condNotify(sim, th, syncOf(sim, op.cond), op.op === 'condBroadcast');
      return step + c.syncOpNs;
    case 'afterFunc': {
      // Go's AfterFunc timer has no channel a program can receive from; the handle only carries Stop/Reset.
      const ch = makeChan(sim, 0);
      const fn = { body: sim.bodyId(op.body), state: op.state };
      chanOf(sim, ch).timer = addTimer(sim, sim.now + Math.max(0, Math.floor(op.ns)), -1, ch, 0, fn);
      sim.setInput(task, ch);
      return step + c.chanOpNs;
    }
  }
}

/**
 * `Stop` (and the first half of `Reset`) on the timer or ticker of channel `ch`: true when it was still
 * going to fire, or had fired into the channel with nobody receiving yet. Go 1.23 timer channels are
 * synchronous, so that unreceived value is discarded too (timerchandrain): no stale tick is read afterwards.
 */
function stopTimer(sim: Sim, ch: number): boolean {
  const c = chanOf(sim, ch);
  const t = c.timer >= 0 ? sim.timers[c.timer] : undefined;
  const pending = t !== undefined && !t.stopped && (t.period > 0 || !t.fired);
  if (t !== undefined) t.stopped = true;
  const drained = c.buf.length > 0;
  c.buf.length = 0;
  return pending || drained;
}

function forever(sim: Sim, task: Task, th: Thread, reason: string): OpResult {
  task.waitReason = reason;
  sim.move(task, N.L_NILCHAN, R_FOREVER, FN_NEW, th.id);
  return R_BLOCK;
}

/**
 * The task's body returned (or it called runtime.Goexit: `goexit`). Main returning ends the program; after
 * main's Goexit the program goes on, and when the last goroutine ends Go's checkdead reports it.
 */
function exit(sim: Sim, task: Task, th: Thread, goexit = false): OpResult {
  task.done = true;
  sim.liveTasks--;
  sim.move(task, N.L_DEAD, R_EXIT_REASON, FN_GOEXIT, th.id);
  if (task.id === 1 && !goexit) sim.end(0, 'main returned');
  if (sim.liveTasks === 0) {
    sim.write(-1, 'stderr', `fatal error: ${NO_GOROUTINES}\n`);
    sim.end(2, `fatal error: ${NO_GOROUTINES}`);
  }
  return R_EXIT;
}
const NO_GOROUTINES = 'no goroutines (main called runtime.Goexit) - deadlock!';
const R_EXIT_REASON = KERNEL_REASONS.reason('returned');
const FN_GOEXIT = name('goexit');

function addTimer(
  sim: Sim,
  when: number,
  task: number,
  chan: number,
  period = 0,
  fn?: { readonly body: number; readonly state: unknown },
): number {
  const id = sim.timers.length;
  sim.timers.push({ id, when, period, task, chan, fn, fired: false, stopped: false });
  sim.at(when, A_TIMER, id, 0);
  return id;
}
