/**
 * What every model's threads do with tasks: run the task's next op, bind a task, park, wake, take the
 * scheduler lock. Policies call these; the per-op semantics are in `ops.ts`.
 */
import { name, type Name } from '../../core/names';
import { AT_NONE } from '../../log/EventLog';
import { kernelReady, release, yieldCore } from './cpu';
import * as N from './names';
import { KERNEL_REASONS } from './reasons';
import { A_SYSCALL_DONE, type Sim } from './Sim';
import type { Task, Thread } from './state';
import { runOp, type OpResult } from './ops';

const FN_SWITCH = name('user-level switch');
const R_SWITCH = KERNEL_REASONS.reason('task switch on the thread');
const FN_PARK = name('futex_wait (thread parks)');
const R_IDLE = KERNEL_REASONS.reason('no task to run: the thread parks');
const R_BLOCKED = KERNEL_REASONS.reason('the task blocks, and its thread with it');
const R_SYSCALL = KERNEL_REASONS.reason('blocking system call: the thread is in the kernel');
const R_SYSCALL_DONE = KERNEL_REASONS.reason('system call returned');
const FN_SYSCALL = name('syscall');
const R_WOKEN = KERNEL_REASONS.reason('woken: its thread is ready again');
const FN_WAKE = name('futex_wake');
const R_WAKE_THREAD = KERNEL_REASONS.reason('work to do: a parked thread is woken');
const R_EXITED = KERNEL_REASONS.reason('the task returned: its thread exits');
const R_LOCK_WAIT = KERNEL_REASONS.reason('waits for the scheduler lock');
const R_RESUME = KERNEL_REASONS.reason('back to running');

/** A_RUN: thread `th` (on a core) finished its previous step. */
export function threadStep(sim: Sim, th: Thread): void {
  th.delayNs = 0;
  if (th.state === 'lock') sim.setThread(th, 'running', R_RESUME, FN_SWITCH);
  if (th.task < 0) return sim.policy.findTask(sim, th);
  const task = sim.task(th.task);
  if (task.locName === N.readyT(th.id)) sim.move(task, N.runningT(th.id), R_RESUME, FN_SWITCH, th.id);
  const r = runOp(sim, task, th);
  afterOp(sim, th, task, r);
}

function afterOp(sim: Sim, th: Thread, task: Task, r: OpResult): void {
  if (r >= 0) return sim.busy(th, r);
  if (r === R_BLOCK) {
    if (sim.policy.bindsThread) return blockThread(sim, th);
    th.task = -1;
    return sim.policy.findTask(sim, th);
  }
  if (r === R_YIELD) {
    // sched_yield: the thread goes behind the threads waiting for a core, if any. With none, the call still
    // costs its kernel entry: a zero-time return would let a yield loop spin forever at one instant.
    if (sim.policy.bindsThread)
      return yieldCore(sim, th) ? undefined : sim.busy(th, Math.max(1, sim.cost.syscallEntryNs));
    th.task = -1;
    sim.policy.enqueue(sim, task, th.id, 'yield');
    return sim.policy.findTask(sim, th);
  }
  if (r === R_EXIT) {
    th.task = -1;
    task.thread = -1;
    return sim.policy.taskExited(sim, th);
  }
}

/** Op results: ≥ 0 = continue after this many ns of CPU; negative = one of these. */
export const R_BLOCK = -1;
export const R_YIELD = -2;
export const R_EXIT = -3;
export const R_SYSCALL_STARTED = -4;

/** Binds `task` to `th` and runs it after a user-level switch. */
export function runTask(
  sim: Sim,
  th: Thread,
  task: Task,
  reason: Name,
  fn: Name,
  switchNs = sim.set('userSwitchNs'),
): void {
  th.task = task.id;
  task.thread = th.id;
  task.home = th.id;
  sim.move(task, N.runningT(th.id), reason, fn, th.id);
  if (switchNs > 0)
    sim.emit(
      N.K_TASK_SWITCH,
      task.id,
      th.core,
      th.id,
      -1 as Name,
      -1 as Name,
      R_SWITCH,
      FN_SWITCH,
      AT_NONE,
      switchNs,
    );
  sim.busy(th, switchNs);
}

/** `th` has nothing to run: it leaves its core and parks. */
export function park(sim: Sim, th: Thread): void {
  th.task = -1;
  th.delayNs = 0;
  release(sim, th, 'idle', R_IDLE, FN_PARK);
}

/** The task on `th` blocked and keeps its thread (1:1, pool): the thread leaves its core. */
function blockThread(sim: Sim, th: Thread): void {
  th.delayNs = 0;
  release(sim, th, 'blocked', R_BLOCKED, FN_PARK);
}

/** Wakes a parked thread (charging the waker a kernel call). */
export function wakeThread(sim: Sim, th: Thread, by: number): void {
  if (th.state !== 'idle') return;
  if (by >= 0) (sim.threads[by] as Thread).delayNs += sim.set('kernelWakeNs');
  kernelReady(sim, th, R_WAKE_THREAD, FN_WAKE);
}

/**
 * `task` becomes runnable, readied by thread `by` (-1: the kernel). A task bound to its thread readies the
 * thread; otherwise the policy queues it.
 */
export function wake(sim: Sim, task: Task, by: number, reason: Name, fn: Name): void {
  if (sim.policy.bindsThread && task.thread >= 0) {
    const th = sim.threads[task.thread] as Thread;
    sim.move(task, N.readyT(th.id), reason, fn, by);
    if (by >= 0 && by !== th.id) (sim.threads[by] as Thread).delayNs += sim.set('kernelWakeNs');
    kernelReady(sim, th, R_WOKEN, FN_WAKE);
    return;
  }
  void reason;
  void fn;
  sim.policy.enqueue(sim, task, by, 'wake');
}

/**
 * Takes the scheduler lock for one queue operation by thread `th`: FIFO by request time, held `lockHoldNs`.
 * The wait and the hold are charged to the thread (it shows as waiting for the lock while it waits).
 */
export function lockOp(sim: Sim, th: Thread, fn: Name): void {
  const req = sim.now + th.delayNs;
  const start = Math.max(req, sim.lock.freeAt);
  const wait = start - req;
  const hold = sim.set('lockHoldNs');
  sim.lock.freeAt = start + hold;
  th.delayNs += wait + hold;
  sim.emit(
    N.K_LOCK,
    th.task,
    th.core,
    th.id,
    -1 as Name,
    -1 as Name,
    wait > 0 ? R_LOCK_WAIT : R_LOCK_FREE,
    fn,
    AT_NONE,
    wait,
  );
  if (wait > 0 && th.state === 'running') sim.setThread(th, 'lock', R_LOCK_WAIT, fn, wait);
}
const R_LOCK_FREE = KERNEL_REASONS.reason('takes the scheduler lock');

/** The task on `th` enters a blocking system call of `ns`. */
export function enterSyscall(sim: Sim, th: Thread, task: Task, ns: number, fn: Name = FN_SYSCALL): void {
  sim.move(task, N.syscallT(th.id), R_SYSCALL, fn, th.id);
  const done = sim.now + th.delayNs + sim.cost.syscallEntryNs + ns;
  release(sim, th, 'syscall', R_SYSCALL, fn);
  th.gen++;
  sim.at(done, A_SYSCALL_DONE, th.id, th.gen);
  sim.policy.syscallEnter(sim, th);
}

/** A_SYSCALL_DONE: the thread returns with its task and wants a core again. */
export function syscallDone(sim: Sim, th: Thread): void {
  const task = sim.task(th.task);
  sim.move(task, N.readyT(th.id), R_SYSCALL_DONE, FN_SYSCALL, th.id);
  if (sim.policy.syscallDone?.(sim, th) === true) return;
  kernelReady(sim, th, R_SYSCALL_DONE, FN_SYSCALL);
}

/** The task on `th` returned and its thread exits with it (1:1, OS processes). */
export function exitThread(sim: Sim, th: Thread): void {
  release(sim, th, 'exited', R_EXITED, name('exit (thread)'));
}
