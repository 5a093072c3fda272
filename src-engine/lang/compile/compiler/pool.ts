/**
 * `sync.Pool`'s `Get` and `Put` (runtime/pool.ts keeps the per-P storage). Each pins the goroutine's P
 * through the engine's `procPin` op (no scheduling point, never a park); a `Get` that finds nothing calls
 * the pool's `New` field (nil `New`: the result is nil), as Go's `Get` does.
 */
import type * as ast from '../../ast';
import { type Type, under } from '../../types';
import { POOL } from '../../library';
import type { Pos } from '../../diagnostics';
import { poolCleanup, poolGet, poolPut, POOL_MISS, type PoolState } from '../runtime/pool';
import { CONT, type E, FRAMES, type FuncVal, GoPanic, NIL_DEREF, type RV } from '../runtime/types';
import type { Builder } from './Builder';
import { compileExpr } from './exprs';
import { compileAddress } from './structs';
import { CompileError } from './Unit';

/** The storage of the pool a `Get`/`Put` receiver names (a `*sync.Pool` is nil-checked). */
function poolStorage(b: Builder, recv: ast.Expr, isPointer: boolean): E {
  const t: Type = b.unit.typeOf(recv);
  // A pool variable's storage itself (reading it as a value would copy it).
  if (!isPointer && under(t).kind !== 'pointer') return compileAddress(b, recv);
  const x = compileExpr(b, recv);
  return (f) => {
    const s = x(f);
    if (s === null) throw new GoPanic(NIL_DEREF);
    return s;
  };
}

/** Emits `p.Get()` (result to `dst`, -1: discarded) or `p.Put(x)`. */
export function emitPoolMethod(
  b: Builder,
  call: ast.CallExpr,
  recv: ast.Expr,
  name: string,
  isPointer: boolean,
  dst: number,
): void {
  const slot = b.unit.poolList();
  const pool = b.spill(poolStorage(b, recv, isPointer));
  if (name === 'Put') {
    const x = b.spill(compileExpr(b, call.args[0] as ast.Expr));
    b.emitOp(
      () => ({ op: 'procPin' }),
      (_g, f, input) => poolPut(pool(f) as RV[], f.gl[slot] as PoolState[], input.value as number, x(f)),
    );
    return;
  }
  if (name !== 'Get') throw new CompileError(call.pos, `sync.Pool.${name} is not supported in scenarios`);
  const res = b.temp();
  const m = b.unit.m;
  b.emitOp(
    () => ({ op: 'procPin' }),
    (_g, f, input) => {
      f.r[res] = poolGet(pool(f) as RV[], f.gl[slot] as PoolState[], input.value as number) as RV;
    },
  );
  const end = b.newLabel();
  b.jumpIfNot((f) => f.r[res] === POOL_MISS, end);
  b.emit((g, f) => {
    const make = (pool(f) as RV[])[0] as FuncVal | null;
    if (make === null) {
      f.r[res] = null;
      return CONT;
    }
    m.pushFrame(g, make, [], res);
    return FRAMES;
  });
  b.place(end);
  if (dst >= 0) b.set(dst, (f) => f.r[res]);
}

/**
 * The continuation of `runtime.GC()`'s op: Go's `poolCleanup` (the world is stopped meanwhile). Programs
 * without a pool get no hidden global: the slot is read when the GC runs, after the whole unit compiled.
 */
export function gcPoolCleanup(b: Builder): (f: { gl: RV[] }) => void {
  const unit = b.unit;
  return (f) => {
    if (unit.poolSlot >= 0) poolCleanup(f.gl[unit.poolSlot] as PoolState[]);
  };
}

/**
 * Refuses a `sync.Pool` or `*sync.Pool` converted to an interface at `pos`: fmt would print the pool's
 * internal per-P pointers as memory addresses, which a simulation cannot reproduce.
 */
export function refuseBoxedPool(t: Type, pos: Pos): void {
  const u = under(t);
  if (t === POOL || (u.kind === 'pointer' && u.elem === POOL))
    throw new CompileError(pos, 'sync.Pool values in interfaces are not supported in scenarios');
}
