/**
 * sync.Mutex (docs/go-scheduler.md §8.2): normal mode (a woken waiter competes and usually loses to the running
 * unlocker) and starvation mode (after a waiter waited > 1 ms: direct handoff, the unlocker `goyield`s to its
 * local ring tail); active spinning under `canSpin`; RWMutex and Once built on it.
 */
import { NONE, type GState, type MState, type PState, type SyncObj } from '../state/types';
import { gofatal } from './chan';
import { npidle } from './procs';
import { runqempty } from './runq';
import type { Rt } from './Rt';
import { name } from './names';
import { semacquire, semrelease, syncOf } from './sema';

const FN_UNLOCK_SLOW = name('sync.(*Mutex).unlockSlow');
const FN_RUNLOCK_SLOW = name('sync.(*RWMutex).rUnlockSlow');
const FN_RW_UNLOCK = name('sync.(*RWMutex).Unlock');
const R_LOCK = name('sync.Mutex.Lock');
const R_RLOCK = name('sync.RWMutex.RLock');
const R_RW_LOCK = name('sync.RWMutex.Lock');

/** `starvationThresholdNs`. */
export const STARVATION_THRESHOLD_NS = 1_000_000;
/** `active_spin`. */
export const ACTIVE_SPIN = 4;

/** Result of a lock step. */
export const LOCK_ACQUIRED = 0;
export const LOCK_SPIN = 1;
export const LOCK_PARKED = 2;

/** `sync_runtime_canSpin`. */
export function canSpin(rt: Rt, iter: number, m: MState): boolean {
  const st = rt.st;
  if (iter >= ACTIVE_SPIN || st.gomaxprocs <= 1) return false;
  if (st.gomaxprocs <= npidle(rt) + st.sched.nmspinning + 1) return false;
  return runqempty(st.ps[m.p] as PState);
}

function resetLockLocals(g: GState): void {
  g.mWaitStart = -1;
  g.mStarving = false;
  g.mAwoke = false;
  g.mIter = 0;
  g.semaTicket = false;
}

/**
 * One step of `Lock`: the fast path, the wake-up bookkeeping after a semaphore wake, and `lockSlow`.
 * Returns LOCK_ACQUIRED, LOCK_SPIN (retry after `mutexSpinNs`) or LOCK_PARKED.
 */
export function lockStep(rt: Rt, g: GState, m: MState, mu: SyncObj): number {
  const now = rt.st.now;
  if (g.semaTicket) {
    g.semaTicket = false;
    g.mStarving = g.mStarving || now - g.mWaitStart > STARVATION_THRESHOLD_NS;
    if (mu.starving) {
      // Ownership was handed off to us.
      const lastWaiter = mu.waiters === 1;
      mu.locked = true;
      mu.waiters--;
      if (!g.mStarving || lastWaiter) mu.starving = false;
      resetLockLocals(g);
      return LOCK_ACQUIRED;
    }
    g.mAwoke = true;
    g.mIter = 0;
  } else if (g.mWaitStart < 0 && !g.mAwoke && g.mIter === 0) {
    if (!mu.locked && !mu.woken && !mu.starving && mu.waiters === 0) {
      mu.locked = true;
      return LOCK_ACQUIRED;
    }
  }
  // lockSlow
  if (mu.locked && !mu.starving && canSpin(rt, g.mIter, m)) {
    if (!g.mAwoke && !mu.woken && mu.waiters !== 0) {
      mu.woken = true;
      g.mAwoke = true;
    }
    g.mIter++;
    return LOCK_SPIN;
  }
  const oldLocked = mu.locked;
  const oldStarving = mu.starving;
  if (!oldStarving) mu.locked = true;
  if (oldLocked || oldStarving) mu.waiters++;
  if (g.mStarving && oldLocked) mu.starving = true;
  if (g.mAwoke) mu.woken = false;
  if (!oldLocked && !oldStarving) {
    resetLockLocals(g);
    return LOCK_ACQUIRED;
  }
  const lifo = g.mWaitStart >= 0;
  if (!lifo) g.mWaitStart = now;
  semacquire(rt, g, m, mu, mu.semq, lifo, R_LOCK);
  return LOCK_PARKED;
}

/**
 * `Unlock`. Returns true when the unlocker must `goyield` (starvation-mode handoff).
 */
export function unlock(
  rt: Rt,
  g: GState,
  m: MState,
  mu: SyncObj,
  what = 'sync: unlock of unlocked mutex',
): boolean {
  if (!mu.locked) gofatal(rt, g, what);
  mu.locked = false;
  if (!mu.starving) {
    if (mu.waiters === 0 || mu.woken) return false;
    mu.waiters--;
    mu.woken = true;
    semrelease(rt, m, mu.semq, false, FN_UNLOCK_SLOW);
    return false;
  }
  const w = semrelease(rt, m, mu.semq, true, FN_UNLOCK_SLOW);
  return w !== null;
}

/** `TryLock`: fails if locked or starving. */
export function tryLock(mu: SyncObj): boolean {
  if (mu.locked || mu.starving) return false;
  mu.locked = true;
  return true;
}

/** RWMutex `RLock`: true when it continues, false when parked on the reader semaphore. */
export function rlock(rt: Rt, g: GState, m: MState, rw: SyncObj): boolean {
  rw.readerCount++;
  if (rw.readerCount >= 0) return true;
  semacquire(rt, g, m, rw, rw.readerSem, false, R_RLOCK);
  return false;
}

/** `rwmutexMaxReaders`. */
export const RWMUTEX_MAX_READERS = 1 << 30;

/** RWMutex `RUnlock`. */
export function runlock(rt: Rt, g: GState, m: MState, rw: SyncObj): void {
  const r = --rw.readerCount;
  if (r < 0) {
    if (r + 1 === 0 || r + 1 === -RWMUTEX_MAX_READERS) gofatal(rt, g, 'sync: RUnlock of unlocked RWMutex');
    if (--rw.readerWait === 0) semrelease(rt, m, rw.writerSem, false, FN_RUNLOCK_SLOW);
  }
}

/** RWMutex `Lock` after its inner mutex is held: announce the writer, wait for active readers. */
export function rwLockAfterW(rt: Rt, g: GState, m: MState, rw: SyncObj): boolean {
  const r = rw.readerCount;
  rw.readerCount -= RWMUTEX_MAX_READERS;
  if (r !== 0) {
    rw.readerWait += r;
    if (rw.readerWait !== 0) {
      semacquire(rt, g, m, rw, rw.writerSem, false, R_RW_LOCK);
      return false;
    }
  }
  return true;
}

/** RWMutex `Unlock`: release all waiting readers, then the inner mutex. Returns the inner unlock's goyield. */
export function rwUnlock(rt: Rt, g: GState, m: MState, rw: SyncObj): boolean {
  const r = (rw.readerCount += RWMUTEX_MAX_READERS);
  if (r >= RWMUTEX_MAX_READERS) gofatal(rt, g, 'sync: Unlock of unlocked RWMutex');
  for (let i = 0; i < r; i++) semrelease(rt, m, rw.readerSem, false, FN_RW_UNLOCK);
  return unlock(rt, g, m, syncOf(rt, rw.w, 'mutex'));
}

export { NONE };
