/**
 * Trimming views for the wire: a view of 100 000 goroutines costs the renderer's thread about 100 ms just to
 * deserialise, and the stage can draw only a few hundred tokens per place anyway. Above
 * {@link TRIM_ABOVE} goroutines the host sends, for every place, only its first goroutines in queue order
 * ({@link perPlaceFor}), and counts the rest ({@link TrimInfo}), which the stage shows as counts.
 *
 * @remarks The goroutines come from a {@link TrimSource}: a view's list ({@link trimView}), or the engine state
 * itself (`deriveTrimmedView`), which then never builds a GView for a goroutine the wire leaves out (at
 * 100 000 goroutines, 100 000 objects per view that the engine thread made only to drop).
 */
import type { GStatus, GView, PView, TrimInfo, WorldView } from '../WorldView';
import { compareInPlace } from './gview';

/** Views with more goroutines than this are trimmed before they are sent. */
export const TRIM_ABOVE = 3_000;
/**
 * Goroutines kept in all, shared out between the places (a P's runq, the global queue, a channel's recvq, a
 * P's timers, …): each keeps between {@link MIN_PER_PLACE} and 256 (a full local run queue).
 */
export const KEEP_BUDGET = 6_000;
export const MIN_PER_PLACE = 32;
/**
 * Wait places (channel queues, semaphores, selects, the poller, …) kept at most, the most crowded first: the
 * stage has room for a few dozen boxes, and thousands of one-goroutine places would still make a large view.
 */
export const MAX_WAIT_PLACES = 200;

/** Places the P cards and the thread strip refer to: never left out. */
const ON_P_OR_M = /^(running|runnext|syscall|nextg)\(/;

/** Goroutines kept per place when there are `places` places. */
export function perPlaceFor(places: number): number {
  return Math.max(MIN_PER_PLACE, Math.min(256, Math.floor(KEEP_BUDGET / Math.max(1, places))));
}

/**
 * The goroutines of a view, by slot (in the order the view lists them), read without building their views.
 * Slots of `_Gdead` goroutines may be present (they are never sent in a trimmed view).
 */
export interface TrimSource {
  /** Goroutines the full view would list, dead ones included (compared with the trim limit). */
  readonly listed: number;
  /** Number of slots. */
  readonly slots: number;
  id(slot: number): number;
  status(slot: number): GStatus;
  loc(slot: number): string;
  /** The goroutine's view (only built for the goroutines kept). */
  view(slot: number): GView;
  /** The runtime's order of two slots at one place (as {@link compareInPlace} orders their views). */
  compare(a: number, b: number): number;
}

/** A view's goroutines as a {@link TrimSource}. */
function listSource(gs: readonly GView[]): TrimSource {
  return {
    listed: gs.length,
    slots: gs.length,
    id: (s) => (gs[s] as GView).id,
    status: (s) => (gs[s] as GView).status,
    loc: (s) => (gs[s] as GView).loc,
    view: (s) => gs[s] as GView,
    compare: (a, b) => compareInPlace(gs[a] as GView, gs[b] as GView),
  };
}

/** `view` itself when small enough, else a trimmed copy that keeps what the stage can show. */
export function trimView(view: WorldView, limit = TRIM_ABOVE, perPlaceOverride?: number): WorldView {
  if (view.gs.length <= limit) return view;
  return trimmed(view, listSource(view.gs), perPlaceOverride);
}

/**
 * `base` (a view whose `gs` are left out) with the goroutines of `src` trimmed: every place keeps its first
 * goroutines in queue order, P run queues and the global queue keep their heads, the rest are counted.
 */
export function trimmed(base: Omit<WorldView, 'gs'>, src: TrimSource, perPlaceOverride?: number): WorldView {
  // Slots by place, in the order the places are first met.
  const places = new Map<string, number[]>();
  let running = 0;
  let runnable = 0;
  let live = 0;
  for (let s = 0; s < src.slots; s++) {
    const status = src.status(s);
    if (status === '_Gdead') continue;
    live++;
    if (status === '_Grunning') running++;
    else if (status === '_Grunnable') runnable++;
    const loc = src.loc(s);
    let list = places.get(loc);
    if (list === undefined) places.set(loc, (list = []));
    list.push(s);
  }
  const per = perPlaceOverride ?? perPlaceFor(places.size + 1);
  const hidden: Record<string, number> = {};
  const keep = new Set<number>();
  const keepFirst = (loc: string, ids: readonly number[]): number[] => {
    const kept = ids.slice(0, per);
    for (const id of kept) keep.add(id);
    if (ids.length > kept.length) hidden[loc] = ids.length - kept.length;
    return kept;
  };
  const ps: PView[] = base.ps.map((p) => ({ ...p, runq: keepFirst(`runq(P${p.id})`, p.runq) }));
  const globrunq = keepFirst('globrunq', base.globrunq);
  const waits = [...places.entries()]
    .filter(([loc]) => !loc.startsWith('runq(') && loc !== 'globrunq' && !ON_P_OR_M.test(loc))
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b, 'en', { numeric: true }));
  const droppedPlaces = { places: 0, goroutines: 0 };
  for (let i = MAX_WAIT_PLACES; i < waits.length; i++) {
    const [loc, list] = waits[i] as [string, number[]];
    hidden[loc] = list.length;
    places.delete(loc);
    droppedPlaces.places++;
    droppedPlaces.goroutines += list.length;
  }
  for (const [loc, list] of places) {
    if (loc.startsWith('runq(') || loc === 'globrunq') continue;
    if (list.length <= per) {
      for (const s of list) keep.add(src.id(s));
      continue;
    }
    for (const s of firstInOrder(list, per, src)) keep.add(src.id(s));
    hidden[loc] = list.length - per;
  }
  const gs: GView[] = [];
  for (let s = 0; s < src.slots; s++) if (keep.has(src.id(s))) gs.push(src.view(s));
  const trim: TrimInfo = { total: live, running, runnable, hidden, droppedPlaces };
  return { ...base, ps, globrunq, gs, trimmed: trim };
}

/**
 * The first `k` of `slots` in the runtime's order, sorted, without sorting them all: a place's goroutines mostly
 * arrive in id order, so most slots compare once against the last kept and go; the others take a binary search
 * and a shift of at most `k` numbers.
 */
function firstInOrder(slots: readonly number[], k: number, src: TrimSource): number[] {
  const best = slots.slice(0, k).sort((a, b) => src.compare(a, b));
  for (let i = k; i < slots.length; i++) {
    const s = slots[i] as number;
    if (src.compare(s, best[k - 1] as number) >= 0) continue;
    let lo = 0;
    let hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (src.compare(s, best[mid] as number) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.copyWithin(lo + 1, lo, k - 1);
    best[lo] = s;
  }
  return best;
}
