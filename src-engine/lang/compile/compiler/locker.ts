/**
 * `sync.Locker` (sync/mutex.go) and `RWMutex.RLocker` (sync/rwmutex.go): a Locker holds a `*sync.Mutex`, a
 * `*sync.RWMutex` or the `*sync.rlocker` RLocker returns, and its Lock/Unlock are the engine's lock ops
 * (`rlock`/`runlock` for an rlocker), so the scheduler sees them as it sees the direct calls. A `sync.Cond`'s
 * `L` is such a Locker (sync/cond.go): the unit's cond table keeps it by the Cond's handle.
 */
import type * as ast from '../../ast';
import type { Op } from '../../../sim/body';
import { LOCKER, MUTEX, RW_MUTEX } from '../../library';
import type { Box } from '../runtime/rtypes';
import { rtTypeId } from '../runtime/rtypes';
import { type E, GoPanic, NIL_DEREF } from '../runtime/types';
import type { Builder } from './Builder';
import { compileExpr } from './exprs';
import { dynTypeId } from './ifaces';

/** `*sync.rlocker`: its value is the RWMutex's handle. */
const RLOCKER_T = rtTypeId('*sync.rlocker', () => ({
  name: '*sync.rlocker',
  desc: { k: 'sync', name: '*sync.rlocker', elem: null },
}));

/** `rw.RLocker()` on the RWMutex handle `h`: a sync.Locker value. */
export function rlockerOf(h: E): E {
  return (f) => ({ t: RLOCKER_T, v: h(f) }) satisfies Box;
}

/** The lock op of Locker `l` (`lock` and `unlock`, or `rlock` and `runlock` for an rlocker); a nil Locker panics. */
function lockerOp(l: Box | null, lock: boolean, mutexT: number, rwT: number): Op {
  if (l === null || l.v === 0 || l.v === null) throw new GoPanic(NIL_DEREF);
  const mu = l.v as number;
  if (l.t === RLOCKER_T) return lock ? { op: 'rlock', mu } : { op: 'runlock', mu };
  if (l.t !== mutexT && l.t !== rwT) throw new Error('sync.Locker holding an unexpected type');
  return lock ? { op: 'lock', mu } : { op: 'unlock', mu };
}

/** The dynamic type ids of `*sync.Mutex` and `*sync.RWMutex` in a Locker. */
function lockTypes(): [number, number] {
  return [dynTypeId({ kind: 'pointer', elem: MUTEX }), dynTypeId({ kind: 'pointer', elem: RW_MUTEX })];
}

/**
 * `sync.NewCond(l)` for the Locker value `l` (evaluated once): the engine's Cond remembers which lock `L` is and
 * whether Wait must RUnlock it; the cond table keeps `l` itself for `c.L` and for Wait's re-lock.
 */
export function emitNewCond(b: Builder, l: E, toDst: (f: { r: unknown[] }, v: unknown) => void): void {
  const lr = b.spill(l);
  const locks = b.unit.condLocks();
  const [mutexT, rwT] = lockTypes();
  b.emitOp(
    (_g, f): Op => {
      const box = lr(f) as Box | null;
      lockerOp(box, true, mutexT, rwT); // checks nil and the dynamic type
      const mu = (box as Box).v as number;
      return box?.t === RLOCKER_T ? { op: 'newCond', mu, read: true } : { op: 'newCond', mu };
    },
    (_g, f, input) => {
      (f.gl[locks] as (Box | undefined)[])[input.value as number] = lr(f) as Box;
      toDst(f, input.value);
    },
  );
}

/**
 * `c.Wait()` on the Cond handle `h` (sync/cond.go): ticket, `c.L.Unlock()` and park are the engine's `condWait`
 * (RUnlock for an RLocker's Cond); once woken, `c.L.Lock()` (RLock) through the same lock op as a direct call.
 */
export function emitCondWait(b: Builder, h: E): void {
  const locks = b.unit.condLocks();
  const [mutexT, rwT] = lockTypes();
  b.emitOp((_g, f) => ({ op: 'condWait', cond: h(f) as number }));
  b.emitOp((_g, f) => lockerOp((f.gl[locks] as Box[])[h(f) as number] as Box, true, mutexT, rwT));
}

/** `c.L` of the Cond handle `h`: the Locker given to NewCond. */
export function condLocker(b: Builder, h: E): E {
  const locks = b.unit.condLocks();
  return (f) => {
    const c = h(f) as number;
    if (c === 0) throw new GoPanic(NIL_DEREF);
    return (f.gl[locks] as Box[])[c] as Box;
  };
}

/** Emits `l.Lock()`/`l.Unlock()` when `call` calls them on a sync.Locker; false for other calls. */
export function emitLockerCall(b: Builder, call: ast.CallExpr): boolean {
  let fun = call.fun;
  while (fun.kind === 'ParenExpr') fun = fun.x;
  if (fun.kind !== 'SelectorExpr' || b.unit.typeOf(fun.x) !== LOCKER) return false;
  const lock = fun.sel.name === 'Lock';
  const recv = compileExpr(b, fun.x);
  const [mutexT, rwT] = lockTypes();
  b.emitOp((_g, f): Op => lockerOp(recv(f) as Box | null, lock, mutexT, rwT));
  return true;
}
