/**
 * Channel receives and sync values. A sync value (`sync.WaitGroup`, `Mutex`, `RWMutex`, `Once`) holds the
 * engine's handle, 0 until created: declarations and composite literals create it eagerly, and every use
 * ensures it exists (covering zero elements of slices), so `var wg sync.WaitGroup` is usable as in Go.
 */
import type * as ast from '../../ast';
import type { Op } from '../../../sim/body';
import { MUTEX, ONCE, RW_MUTEX, WAIT_GROUP } from '../../library';
import { type Type, under } from '../../types';
import { atomicReceiver, isAtomicType } from './atomic';
import { type E, GoPanic, NIL_DEREF } from '../runtime/types';
import type { Builder, Ref } from './Builder';
import { compileExpr } from './exprs';
import { lvalue } from './lvalues';
import { zeroFn } from './typeInfo';
import { CompileError } from './Unit';

/** The creating op of a sync type. */
export type SyncKind = 'newMutex' | 'newRWMutex' | 'newWaitGroup' | 'newOnce';

/** The creating op of sync type `t`. */
export function syncKindOf(t: Type): SyncKind {
  if (t === WAIT_GROUP) return 'newWaitGroup';
  if (t === MUTEX) return 'newMutex';
  if (t === RW_MUTEX) return 'newRWMutex';
  if (t === ONCE) return 'newOnce';
  throw new Error(`not a sync type`);
}

const CREATE: Record<SyncKind, Op> = {
  newMutex: { op: 'newMutex' },
  newRWMutex: { op: 'newRWMutex' },
  newWaitGroup: { op: 'newWaitGroup' },
  newOnce: { op: 'newOnce' },
};

/** Emits "create the sync object at `ref` unless it exists". */
export function ensureSync(b: Builder, ref: Ref, kind: SyncKind): void {
  const op = CREATE[kind];
  b.emitOp(
    (_g, f) => (ref.load(f) !== 0 ? null : op),
    (_g, f, input) => ref.store(f, input.value),
  );
}

/** A new sync object in a fresh register (composite literal `sync.WaitGroup{}`). */
export function newSyncTemp(b: Builder, kind: SyncKind): E {
  const r = b.temp();
  const op = CREATE[kind];
  b.emitOp(
    () => op,
    (_g, f, input) => (f.r[r] = input.value),
  );
  return (f) => f.r[r];
}

/** `&x` of a sync variable, slice element or literal: its handle (created if needed). */
export function syncAddress(b: Builder, x: ast.Expr): E {
  let inner = x;
  while (inner.kind === 'ParenExpr') inner = inner.x;
  const t = b.unit.typeOf(inner);
  if (inner.kind === 'CompositeLit') return newSyncTemp(b, syncKindOf(t));
  if (
    inner.kind !== 'Ident' &&
    inner.kind !== 'IndexExpr' &&
    inner.kind !== 'SelectorExpr' &&
    inner.kind !== 'StarExpr'
  ) {
    throw new CompileError(x.pos, 'cannot take the address of this expression in scenarios');
  }
  const ref = lvalue(b, inner, true);
  ensureSync(b, ref, syncKindOf(t));
  return ref.load;
}

/** The handle of a method's receiver: a pointer (nil-checked when used) or an addressable sync value. */
export function receiverHandle(b: Builder, x: ast.Expr, isPointer: boolean): E {
  const o = b.overrides.get(x);
  if (o !== undefined) return o;
  const t = b.unit.typeOf(x);
  const u = under(t);
  if (isAtomicType(u.kind === 'pointer' ? u.elem : t)) return atomicReceiver(b, x, isPointer);
  if (!isPointer) return syncAddress(b, x);
  const p = compileExpr(b, x);
  return (f) => {
    const h = p(f) as number;
    if (h === 0) throw new GoPanic(NIL_DEREF);
    return h;
  };
}

/** Emits `<-ch` and returns the received value; with `okReg`, also stores `ok` there. */
export function emitRecv(b: Builder, e: ast.UnaryExpr, okReg: number | null): E {
  const ch = compileExpr(b, e.x);
  const zero = zeroFn(b.unit.typeOf(e));
  const r = b.temp();
  b.emitOp(
    (_g, f) => ({ op: 'recv', ch: ch(f) as number }),
    okReg === null
      ? (_g, f, input) => (f.r[r] = input.ok ? input.value : zero())
      : (_g, f, input) => {
          f.r[r] = input.ok ? input.value : zero();
          f.r[okReg] = input.ok;
        },
  );
  return (f) => f.r[r];
}
