/**
 * `sync.Pool`'s storage as Go 1.23 keeps it (sync/pool.go), deterministically: one local per P, each a
 * `private` slot and a `shared` list (head = most recently pushed). `Put` fills the P's private slot first,
 * then pushes on its shared head; `Get` takes the private slot, then its shared head, then steals from the
 * other Ps' shared tails (starting after its own P), then the victim cache a `runtime.GC` left; otherwise the
 * caller runs `New`. Pool operations pin the P (`runtime_procPin`): no scheduling point, never a park.
 */
import type { RV } from './types';

/** A P's part of a pool (`poolLocal`): `null` is an empty private slot (a nil `any` is never stored). */
interface PoolLocal {
  priv: RV;
  /** Index 0 is the tail (oldest), the end is the head (newest). */
  readonly shared: RV[];
}

/** The run-time state of one `sync.Pool`, kept in its struct storage after the `New` field. */
export interface PoolState {
  local: PoolLocal[];
  victim: PoolLocal[];
}

/** What {@link poolGet} returns when the pool is empty (the caller then runs `New`). */
export const POOL_MISS: unique symbol = Symbol('pool miss');

/** Index of the hidden state in a pool's storage (`[New, state]`). */
const STATE = 1;

function localOf(locals: PoolLocal[], pid: number): PoolLocal {
  while (locals.length <= pid) locals.push({ priv: null, shared: [] });
  return locals[pid] as PoolLocal;
}

/** The state of the pool stored in `storage`, created on first use and listed in `all` (for `runtime.GC`). */
function stateOf(storage: RV[], all: PoolState[]): PoolState {
  let st = storage[STATE] as PoolState | undefined;
  if (st === undefined) {
    st = { local: [], victim: [] };
    storage[STATE] = st;
    all.push(st);
  }
  return st;
}

/** `p.Put(x)` on P `pid`. */
export function poolPut(storage: RV[], all: PoolState[], pid: number, x: RV): void {
  if (x === null) return;
  const l = localOf(stateOf(storage, all).local, pid);
  if (l.priv === null) l.priv = x;
  else l.shared.push(x);
}

/** Steals from the shared tails of `locals`, starting after P `pid` (`getSlow`'s loop). */
function steal(locals: PoolLocal[], pid: number, from: number): RV | typeof POOL_MISS {
  const n = locals.length;
  for (let i = 0; i < n; i++) {
    const l = locals[(pid + i + from) % n] as PoolLocal;
    if (l.shared.length > 0) return l.shared.shift() as RV;
  }
  return POOL_MISS;
}

/** `p.Get()` on P `pid` without `New`: the object Go's Get would return, or {@link POOL_MISS}. */
export function poolGet(storage: RV[], all: PoolState[], pid: number): RV | typeof POOL_MISS {
  const st = stateOf(storage, all);
  const l = localOf(st.local, pid);
  if (l.priv !== null) {
    const x = l.priv;
    l.priv = null;
    return x;
  }
  if (l.shared.length > 0) return l.shared.pop() as RV;
  const stolen = steal(st.local, pid, 1);
  if (stolen !== POOL_MISS) return stolen;
  if (st.victim.length === 0) return POOL_MISS;
  const v = localOf(st.victim, pid);
  if (v.priv !== null) {
    const x = v.priv;
    v.priv = null;
    return x;
  }
  const fromVictim = steal(st.victim, pid, 0);
  // Go marks the victim cache empty once a Get finds nothing in it (victimSize = 0).
  if (fromVictim === POOL_MISS) st.victim = [];
  return fromVictim;
}

/** `poolCleanup` at the start of a GC: every pool's locals become its victim cache, the old victims go. */
export function poolCleanup(all: readonly PoolState[]): void {
  for (const st of all) {
    st.victim = st.local;
    st.local = [];
  }
}
