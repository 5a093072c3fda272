/**
 * Runtime semaphores (sema.go, docs/go-scheduler.md §8.1) and sync.WaitGroup (§8.3).
 *
 * @remarks
 * Each sync object's semaphore is one FIFO list (`queue` with lifo=false appends, lifo=true goes to the front);
 * the treap of the real semaRoot only orders different addresses and is not observable, so it is not modelled.
 * `semrelease` readies the head waiter into the releaser's runnext (`readyWithTime` → `goready`).
 */
import { AT_HEAD, AT_NONE, NO_ARG } from '../log/EventLog';
import { NONE, type GState, type MState, type PState, type SyncObj } from '../state/types';
import { gofatal, gopanic } from './chan';
import { gmoveTo } from './gmove';
import { name, type Name } from './names';
import { ready } from './ready';
import { runlock, rwUnlock, unlock } from './mutex';
import { LS_SEMA, LS_SEMA_WG, type LocInfo } from './locInfo';
import type { Rt } from './Rt';

const FN_SEMACQUIRE = name('runtime.semacquire1');
const FN_WG_ADD = name('sync.(*WaitGroup).Add');
const R_SEMRELEASE = name('semrelease');
const R_SEMRELEASE_HANDOFF = name('semrelease (handoff)');
const R_SEMACQUIRE = name('semacquire');

export function newSync(rt: Rt, kind: SyncObj['kind']): SyncObj {
  const st = rt.st;
  if (st.syncs.length === 0) st.syncs.push(undefined);
  const o: SyncObj = {
    id: st.syncs.length,
    kind,
    locked: false,
    woken: false,
    starving: false,
    waiters: 0,
    semq: [],
    rl: false,
    w: NONE,
    readerCount: 0,
    readerWait: 0,
    readerSem: [],
    writerSem: [],
    counter: 0,
    done: false,
  };
  st.syncs.push(o);
  if (kind === 'rwmutex' || kind === 'once') o.w = newSync(rt, 'mutex').id;
  return o;
}

export function syncOf(rt: Rt, id: number, kind?: SyncObj['kind']): SyncObj {
  const o = rt.st.syncs[id];
  if (o === undefined || (kind !== undefined && o.kind !== kind))
    throw new Error(`no ${kind ?? 'sync object'} ${id}`);
  return o;
}

/** Location of a G parked on sync object `o`. */
export function semaLocOf(rt: Rt, o: SyncObj): LocInfo {
  return rt.locOf(o.kind === 'wg' ? LS_SEMA_WG : LS_SEMA, o.id);
}

/** `semacquire1` slow path: queue (FIFO, or at the front when lifo) and park with `reason`. */
export function semacquire(
  rt: Rt,
  g: GState,
  m: MState,
  o: SyncObj,
  q: number[],
  lifo: boolean,
  reason: Name,
): void {
  if (lifo) q.unshift(g.id);
  else q.push(g.id);
  const at = lifo ? AT_HEAD : AT_NONE;
  gmoveTo(rt, g, semaLocOf(rt, o), FN_SEMACQUIRE, reason, m.id, m.p, at, NO_ARG);
  g.waitKind = 'sema';
  g.waitObj = o.id;
}

/** `semrelease1`: dequeue the head waiter and ready it into the releaser's runnext. Returns it, or null. */
export function semrelease(rt: Rt, m: MState, q: number[], handoff: boolean, fn: Name): GState | null {
  const id = q.shift();
  if (id === undefined) return null;
  const w = rt.g(id);
  w.semaTicket = true;
  ready(rt, w, rt.st.ps[m.p] as PState, fn, handoff ? R_SEMRELEASE_HANDOFF : R_SEMRELEASE, m.id);
  return w;
}

const FN_NOTIFY_ONE = name('sync.runtime_notifyListNotifyOne');
const FN_NOTIFY_ALL = name('sync.runtime_notifyListNotifyAll');
const R_COND_WAIT = name('sync.Cond.Wait');

/**
 * `Cond.Wait` (docs/go-scheduler.md §8.4): `notifyListAdd` takes a ticket, `c.L.Unlock()`, then
 * `notifyListWait` parks in ticket order. Unlock and park are one step here, as no other G can run between.
 * `L` is a Mutex, an RWMutex (its writer Unlock) or an RWMutex's RLocker (`RUnlock`, which may ready a writer
 * waiting for the readers to leave); each reports an unlocked lock as that lock's own Unlock does.
 */
export function condWait(rt: Rt, g: GState, m: MState, cond: SyncObj): void {
  const l = syncOf(rt, cond.w);
  if (cond.rl) runlock(rt, g, m, l);
  else if (l.kind === 'rwmutex') rwUnlock(rt, g, m, l);
  else {
    if (!l.locked) gofatal(rt, g, 'sync: unlock of unlocked mutex');
    unlock(rt, g, m, l);
  }
  semacquire(rt, g, m, cond, cond.semq, false, R_COND_WAIT);
  g.semaTicket = false;
}

/** `Cond.Signal` (`notifyListNotifyOne`) / `Broadcast` (`notifyListNotifyAll`): oldest ticket first, each to runnext. */
export function condNotify(rt: Rt, m: MState, cond: SyncObj, all: boolean): void {
  if (!all) {
    semrelease(rt, m, cond.semq, false, FN_NOTIFY_ONE);
    return;
  }
  const n = cond.semq.length;
  for (let i = 0; i < n; i++) semrelease(rt, m, cond.semq, false, FN_NOTIFY_ALL);
}

/** `WaitGroup.Add(delta)`: at zero, `Semrelease` once per waiter (each into runnext: run order Wn, W1..Wn-1). */
export function wgAdd(rt: Rt, g: GState, m: MState, wg: SyncObj, delta: number): void {
  wg.counter += delta;
  if (wg.counter < 0) gopanic(rt, g, 'sync: negative WaitGroup counter');
  if (wg.counter > 0 || wg.semq.length === 0) return;
  const n = wg.semq.length;
  for (let i = 0; i < n; i++) semrelease(rt, m, wg.semq, false, FN_WG_ADD);
}

/** `WaitGroup.Wait`: returns true when it continues, false when parked. */
export function wgWait(rt: Rt, g: GState, m: MState, wg: SyncObj): boolean {
  if (wg.counter === 0) return true;
  // Go 1.22 and 1.23 park WaitGroup.Wait with waitReasonSemacquire ("semacquire"); only 1.24 says
  // "sync.WaitGroup.Wait". The conformance oracle is Go 1.23, so tracebacks must read "semacquire".
  semacquire(rt, g, m, wg, wg.semq, false, R_SEMACQUIRE);
  g.semaTicket = false;
  return false;
}
