/**
 * Building views of goroutines and channels, shared by every reducer and snapshot (the pure reducer, the
 * mutable one, the raw-log folder, keyframes and `deriveView`), so that all of them give objects with the same
 * keys in the same order (views are compared and serialised, and must be identical however they were made).
 */
import type { ChanView, GStatus, GView, StwView } from '../WorldView';
import { L_DEAD } from '../core/locs';

type Mut<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A goroutine's view. `waitReason` is kept only while `_Gwaiting`; `line` 0 means unknown; `wakeAt` < 0 means
 * not asleep.
 */
export function gView(
  id: number,
  status: GStatus,
  loc: string,
  order: number,
  waitReason: string | undefined,
  line: number,
  wakeAt: number,
): GView {
  const g: Mut<GView> = { id, status, loc, order };
  if (status === '_Gwaiting' && waitReason !== undefined) g.waitReason = waitReason;
  if (line > 0) g.line = line;
  if (wakeAt >= 0) g.wakeAt = wakeAt;
  return g;
}

/** The view of a G that has exited (see `DeadGs`). */
export function deadView(id: number, order: number, line: number): GView {
  return gView(id, '_Gdead', L_DEAD, order, undefined, line, -1);
}

/** `GView.order` of a G that an event numbered `seq` put somewhere (`head`: in at the front). */
export function orderOf(seq: number, head: boolean): number {
  return head ? -seq : seq;
}

/**
 * The runtime's order of the goroutines at one place: earliest wake time first for a P's timers, then
 * `order` (arrival, head re-queues first), then goid for a stable result.
 */
export function compareInPlace(a: GView, b: GView): number {
  return (a.wakeAt ?? 0) - (b.wakeAt ?? 0) || a.order - b.order || a.id - b.id;
}

/** A channel's view. */
export function chanView(id: number, cap: number, len: number, closed: boolean, timer: boolean): ChanView {
  return { id, cap, len, closed, timer };
}

/** Channel id from its name in an event (`ch3` → 3). */
export function chanIdOf(name: string | undefined): number {
  return name === undefined ? -1 : Number(name.slice(2));
}

/** The reason a `stw` event gives for a stop-the-world of this kind. */
export function stwReason(kind: 'gc' | 'gomaxprocs'): string {
  return kind === 'gc' ? 'stop the world (GC)' : 'stop the world (GOMAXPROCS)';
}

/** A stop-the-world view. */
export function stwView(reason: string, m: number, stopped: boolean): StwView {
  return { reason, m, stopped };
}
