/**
 * sync.Mutex, RWMutex, WaitGroup, Once and Cond for the historical models: FIFO waiters, direct hand-off; a
 * Cond's notify list wakes in ticket (arrival) order, as Go's notifyList does.
 */
import { name, nameStr, type Name } from '../../core/names';
import * as N from './names';
import { KERNEL_REASONS } from './reasons';
import { wake } from './sched';
import type { Sim } from './Sim';
import type { SyncKind, SyncObj, Task, Thread } from './state';

const FN_LOCK = name('sync.(*Mutex).Lock');
const FN_UNLOCK = name('sync.(*Mutex).Unlock');
const FN_WG = name('sync.(*WaitGroup).Wait');
const FN_DONE = name('sync.(*WaitGroup).Add');
const FN_ONCE = name('sync.(*Once).Do');
const R_MU_LOCK = KERNEL_REASONS.reason('sync.Mutex.Lock');
const R_RW_LOCK = KERNEL_REASONS.reason('sync.RWMutex.Lock');
const R_RW_RLOCK = KERNEL_REASONS.reason('sync.RWMutex.RLock');
const R_WG_WAIT = KERNEL_REASONS.reason('sync.WaitGroup.Wait');
const R_HANDOFF = KERNEL_REASONS.reason('lock handed to the first waiter');
const R_WG_DONE = KERNEL_REASONS.reason('counter reached zero: waiters released');
const R_ONCE = KERNEL_REASONS.reason('waits for once.Do to finish');
const FN_COND_WAIT = name('sync.Cond.Wait');
const R_COND_WAIT = KERNEL_REASONS.reason('sync.Cond.Wait');
const FN_NOTIFY_ONE = name('sync.runtime_notifyListNotifyOne');
const FN_NOTIFY_ALL = name('sync.runtime_notifyListNotifyAll');
const R_SIGNALLED = KERNEL_REASONS.reason('signalled: the oldest waiter is readied');
const R_BROADCAST = KERNEL_REASONS.reason('broadcast: every waiter is readied, oldest first');

export function newSync(sim: Sim, kind: SyncKind, l = -1, rl = false): number {
  const id = sim.syncs.length;
  sim.syncs.push({ id, kind, locked: false, count: 0, done: false, waiters: [], l, rl });
  return id;
}

export function syncOf(sim: Sim, id: number): SyncObj {
  const o = sim.syncs[id];
  if (o === undefined) throw new Error(`no sync object ${id}`);
  return o;
}

function block(sim: Sim, task: Task, th: Thread, o: SyncObj, write: boolean, reason: Name): false {
  o.waiters.push({ task: task.id, write });
  task.waitReason = nameStr(reason);
  sim.move(
    task,
    o.kind === 'wg' ? N.semaWg(o.id) : N.semaMu(o.id),
    reason,
    o.kind === 'wg' ? FN_WG : FN_LOCK,
    th.id,
  );
  return false;
}

/** Lock (or an RWMutex's write lock): true when acquired, false when the task blocked. */
export function lock(sim: Sim, task: Task, th: Thread, o: SyncObj): boolean {
  if (!o.locked && o.count === 0 && o.waiters.length === 0) {
    o.locked = true;
    return true;
  }
  return block(sim, task, th, o, true, o.kind === 'rwmutex' ? R_RW_LOCK : R_MU_LOCK);
}

export function rlock(sim: Sim, task: Task, th: Thread, o: SyncObj): boolean {
  if (!o.locked && o.waiters.length === 0) {
    o.count++;
    return true;
  }
  return block(sim, task, th, o, false, R_RW_RLOCK);
}

/** Unlock: hands the lock to the first waiter (readers at the head all get it). */
export function unlock(sim: Sim, task: Task, th: Thread, o: SyncObj): void {
  if (!o.locked) sim.fatal(task, `sync: unlock of unlocked mutex`);
  o.locked = false;
  handOn(sim, th, o);
}

export function runlock(sim: Sim, task: Task, th: Thread, o: SyncObj): void {
  if (o.count <= 0) sim.fatal(task, 'sync: RUnlock of unlocked RWMutex');
  o.count--;
  if (o.count === 0) handOn(sim, th, o);
}

function handOn(sim: Sim, th: Thread, o: SyncObj): void {
  const first = o.waiters[0];
  if (first === undefined) return;
  if (first.write) {
    if (o.count > 0) return;
    o.waiters.shift();
    o.locked = true;
    wake(sim, sim.task(first.task), th.id, R_HANDOFF, FN_UNLOCK);
    return;
  }
  while (o.waiters.length > 0 && !(o.waiters[0] as { write: boolean }).write) {
    const w = o.waiters.shift() as { task: number };
    o.count++;
    wake(sim, sim.task(w.task), th.id, R_HANDOFF, FN_UNLOCK);
  }
}

export function tryLock(o: SyncObj): boolean {
  if (o.locked || o.count > 0) return false;
  o.locked = true;
  return true;
}

export function wgAdd(sim: Sim, task: Task, th: Thread, o: SyncObj, delta: number): void {
  o.count += delta;
  if (o.count < 0) sim.panic(task, 'sync: negative WaitGroup counter');
  if (o.count === 0) {
    for (const w of o.waiters.splice(0)) wake(sim, sim.task(w.task), th.id, R_WG_DONE, FN_DONE);
  }
}

export function wgWait(sim: Sim, task: Task, th: Thread, o: SyncObj): boolean {
  if (o.count === 0) return true;
  return block(sim, task, th, o, false, R_WG_WAIT);
}

/** `once.Do`: ok=true when this task must run `f`; blocks while another task runs it. */
export function onceDo(sim: Sim, task: Task, th: Thread, o: SyncObj): boolean {
  if (o.done) {
    sim.setInput(task, null, false);
    return true;
  }
  if (o.locked) {
    void R_ONCE;
    return block(sim, task, th, o, true, R_MU_LOCK);
  }
  o.locked = true;
  sim.setInput(task, null, true);
  return true;
}

export function onceDone(sim: Sim, th: Thread, o: SyncObj): void {
  o.done = true;
  o.locked = false;
  for (const w of o.waiters.splice(0)) {
    const t = sim.task(w.task);
    sim.setInput(t, null, false);
    wake(sim, t, th.id, R_HANDOFF, FN_ONCE);
  }
}

/**
 * `cond.Wait()`: takes its place on the notify list, unlocks `L` (RUnlocks it for an RLocker; handing it to `L`'s first
 * waiter) and
 * parks; the compiled program locks `L` again when Wait returns. Always blocks (false).
 */
export function condWait(sim: Sim, task: Task, th: Thread, o: SyncObj): false {
  const mu = syncOf(sim, o.l);
  if (o.rl) {
    if (mu.count <= 0) sim.fatal(task, 'sync: RUnlock of unlocked RWMutex');
  } else if (!mu.locked)
    sim.fatal(
      task,
      mu.kind === 'rwmutex' ? 'sync: Unlock of unlocked RWMutex' : 'sync: unlock of unlocked mutex',
    );
  o.waiters.push({ task: task.id, write: false });
  if (o.rl) mu.count--;
  else mu.locked = false;
  if (!o.rl || mu.count === 0) handOn(sim, th, mu);
  task.waitReason = 'sync.Cond.Wait';
  sim.move(task, N.semaMu(o.id), R_COND_WAIT, FN_COND_WAIT, th.id);
  return false;
}

/** `cond.Signal()` readies the longest waiter; `cond.Broadcast()` every waiter, oldest first. */
export function condNotify(sim: Sim, th: Thread, o: SyncObj, all: boolean): void {
  const n = all ? o.waiters.length : Math.min(1, o.waiters.length);
  for (const w of o.waiters.splice(0, n))
    wake(sim, sim.task(w.task), th.id, all ? R_BROADCAST : R_SIGNALLED, all ? FN_NOTIFY_ALL : FN_NOTIFY_ONE);
}
