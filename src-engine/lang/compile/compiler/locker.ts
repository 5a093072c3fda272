/**
 * `sync.Locker` (sync/mutex.go) and `RWMutex.RLocker` (sync/rwmutex.go): a Locker holds a `*sync.Mutex`, a
 * `*sync.RWMutex` or the `*sync.rlocker` RLocker returns, and its Lock/Unlock are the engine's lock ops
 * (`rlock`/`runlock` for an rlocker), so the scheduler sees them as it sees the direct calls.
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

/** Emits `l.Lock()`/`l.Unlock()` when `call` calls them on a sync.Locker; false for other calls. */
export function emitLockerCall(b: Builder, call: ast.CallExpr): boolean {
  let fun = call.fun;
  while (fun.kind === 'ParenExpr') fun = fun.x;
  if (fun.kind !== 'SelectorExpr' || b.unit.typeOf(fun.x) !== LOCKER) return false;
  const lock = fun.sel.name === 'Lock';
  const recv = compileExpr(b, fun.x);
  const mutexT = dynTypeId({ kind: 'pointer', elem: MUTEX });
  const rwT = dynTypeId({ kind: 'pointer', elem: RW_MUTEX });
  b.emitOp((_g, f): Op => {
    const l = recv(f) as Box | null;
    if (l === null || l.v === 0 || l.v === null) throw new GoPanic(NIL_DEREF);
    const mu = l.v as number;
    if (l.t === RLOCKER_T) return lock ? { op: 'rlock', mu } : { op: 'runlock', mu };
    if (l.t !== mutexT && l.t !== rwT) throw new Error('sync.Locker holding an unexpected type');
    return lock ? { op: 'lock', mu } : { op: 'unlock', mu };
  });
  return true;
}
