/**
 * The kernel: threads ready to run wait in one FIFO run queue and get cores round robin, each for at most
 * `timeSliceNs` while others wait; a core that changes threads pays a context switch (a process switch when
 * the two threads belong to different processes), drawn as a save/restore (`core.switch`).
 */
import { name } from '../../core/names';
import { AT_NONE } from '../../log/EventLog';
import * as N from './names';
import { KERNEL_REASONS } from './reasons';
import { A_RUN, A_SLICE, type Sim } from './Sim';
import type { Core, Thread, ThreadState } from './state';

const FN_SCHED = name('kernel: schedule');
const R_READY = KERNEL_REASONS.reason('thread ready: waits for a core');
const R_DISPATCH = KERNEL_REASONS.reason('kernel gives the thread a core');
const R_SLICE = KERNEL_REASONS.reason('time slice used up: preempted by the kernel');
const R_PROCESS_SWITCH = KERNEL_REASONS.reason(
  'process switch: save registers and address space, restore the next',
);
const R_THREAD_SWITCH = KERNEL_REASONS.reason('thread switch: save registers, restore the next thread');
/** The slice ended with no thread waiting: the kernel lets the running thread keep the core. */
const R_RENEWED = KERNEL_REASONS.family(
  'time slice renewed',
  (core) => `time slice renewed: no other thread waits for core ${core}`,
);

/** Makes `th` ready: it takes an idle core at once, or joins the kernel run queue. */
export function kernelReady(sim: Sim, th: Thread, reason = R_READY, fn = FN_SCHED): void {
  if (th.state === 'running' || th.state === 'ready') return;
  sim.setThread(th, 'ready', reason, fn);
  for (const c of sim.cores) {
    if (c.thread < 0) return dispatch(sim, c, th);
  }
  sim.kq.push(th.id);
  armSlices(sim);
}

/** Gives core `c` to thread `th`, paying a context switch when the core last ran another thread. */
function dispatch(sim: Sim, c: Core, th: Thread): void {
  let cost = 0;
  if (c.last >= 0 && c.last !== th.id) {
    const prev = sim.threads[c.last] as Thread;
    const procSwitch = prev.proc !== th.proc;
    cost = procSwitch ? sim.set('processSwitchNs') : sim.set('threadSwitchNs');
    sim.emit(
      N.K_CORE_SWITCH,
      th.task,
      c.id,
      th.id,
      N.threadName(prev.id),
      N.threadName(th.id),
      procSwitch ? R_PROCESS_SWITCH : R_THREAD_SWITCH,
      FN_SCHED,
      AT_NONE,
      cost,
    );
  }
  c.thread = th.id;
  c.last = th.id;
  c.since = sim.now + cost;
  c.sliceArmed = false;
  c.sliceGen++;
  th.core = c.id;
  sim.setThread(th, 'running', R_DISPATCH, FN_SCHED);
  // The thread's task runs again with it (it may first finish the work a slice end interrupted).
  const task = th.task >= 0 ? sim.task(th.task) : undefined;
  if (task !== undefined && task.locName === N.readyT(th.id))
    sim.move(task, N.runningT(th.id), R_DISPATCH, FN_SCHED, th.id);
  const remain = th.remainNs;
  th.remainNs = 0;
  th.busyUntil = sim.now + cost + remain;
  th.gen++;
  sim.at(th.busyUntil, A_RUN, th.id, th.gen);
  if (sim.kq.length > sim.kqHead) armSlice(sim, c);
  else armTick(sim, c, c.since);
}

/** `th` leaves its core in state `state`; the core takes the next ready thread, if any. */
export function release(sim: Sim, th: Thread, state: ThreadState, reason: number, fn: number): void {
  const c = th.core >= 0 ? sim.cores[th.core] : undefined;
  th.gen++;
  sim.setThread(th, state, reason as never, fn as never);
  th.core = -1;
  if (c === undefined) return;
  c.thread = -1;
  c.sliceGen++;
  c.sliceArmed = false;
  const next = takeReady(sim);
  if (next !== undefined) dispatch(sim, c, next);
}

function takeReady(sim: Sim): Thread | undefined {
  if (sim.kq.length <= sim.kqHead) return undefined;
  const id = sim.kq[sim.kqHead++] as number;
  if (sim.kqHead > 1024 && sim.kqHead * 2 > sim.kq.length) {
    sim.kq.splice(0, sim.kqHead);
    sim.kqHead = 0;
  }
  return sim.threads[id];
}

function armSlices(sim: Sim): void {
  for (const c of sim.cores) if (c.thread >= 0 && !c.sliceArmed) armSlice(sim, c);
}

function armSlice(sim: Sim, c: Core): void {
  c.sliceArmed = true;
  c.sliceGen++;
  sim.at(Math.max(sim.now, c.since + sim.set('timeSliceNs')), A_SLICE, c.id, c.sliceGen);
}

/**
 * The kernel's tick on a core whose thread waits for no one: one slice after `fromNs` the kernel looks again
 * ({@link sliceEnd}). It leaves `sliceArmed` false, so a thread that becomes ready re-arms the core for a
 * preemption at the slice's true end (`since + timeSliceNs`), as before.
 */
function armTick(sim: Sim, c: Core, fromNs: number): void {
  c.sliceGen++;
  sim.at(fromNs + sim.set('timeSliceNs'), A_SLICE, c.id, c.sliceGen);
}

/**
 * Slice end on core `id`: if a thread waits, the running one goes to the back of the run queue. If none
 * waits, the thread keeps its core for another slice, and that is recorded (`thread.status` running →
 * running): a thread that runs forever without blocking (`for {}`, a yield loop nobody else can use)
 * still shows on the log once per slice, so virtual time visibly moves and no stretch of the run is
 * silent for longer than one slice.
 */
export function sliceEnd(sim: Sim, id: number): void {
  const c = sim.cores[id] as Core;
  c.sliceArmed = false;
  if (c.thread < 0) return;
  if (sim.kq.length <= sim.kqHead) {
    const th = sim.threads[c.thread] as Thread;
    if (th.state === 'running' || th.state === 'lock') sim.setThread(th, th.state, R_RENEWED(c.id), FN_SCHED);
    armTick(sim, c, sim.now);
    return;
  }
  const th = sim.threads[c.thread] as Thread;
  th.remainNs = Math.max(0, th.busyUntil - sim.now);
  const task = th.task >= 0 ? sim.task(th.task) : undefined;
  if (task !== undefined && task.locName === N.runningT(th.id))
    sim.move(task, N.readyT(th.id), R_SLICE, FN_SCHED, th.id);
  const next = takeReady(sim) as Thread;
  th.gen++;
  sim.setThread(th, 'ready', R_SLICE, FN_SCHED);
  th.core = -1;
  c.thread = -1;
  sim.kq.push(th.id);
  dispatch(sim, c, next);
}

/** `sched_yield`: `th` goes to the back of the kernel run queue when a thread waits; false when none waits. */
export function yieldCore(sim: Sim, th: Thread): boolean {
  if (th.core < 0 || sim.kq.length <= sim.kqHead) return false;
  th.busyUntil = sim.now;
  sliceEnd(sim, th.core);
  return true;
}
