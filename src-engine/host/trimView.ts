/**
 * Trimming views for the wire: a view of 100 000 goroutines costs the renderer's thread about 100 ms just to
 * deserialise, and the stage can draw only a few hundred tokens per place anyway. Above
 * {@link TRIM_ABOVE} goroutines the host sends, for every place, only its first goroutines in queue order
 * ({@link perPlaceFor}), and counts the rest ({@link TrimInfo}), which the stage shows as counts.
 */
import { compareInPlace } from '../sim/view/gview';
import type { GView, PView, TrimInfo, WorldView } from '../sim/WorldView';

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

/** `view` itself when small enough, else a trimmed copy that keeps what the stage can show. */
export function trimView(view: WorldView, limit = TRIM_ABOVE, perPlaceOverride?: number): WorldView {
  if (view.gs.length <= limit) return view;
  const places = new Map<string, GView[]>();
  let running = 0;
  let runnable = 0;
  let live = 0;
  for (const g of view.gs) {
    if (g.status === '_Gdead') continue;
    live++;
    if (g.status === '_Grunning') running++;
    else if (g.status === '_Grunnable') runnable++;
    let list = places.get(g.loc);
    if (list === undefined) places.set(g.loc, (list = []));
    list.push(g);
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
  const ps: PView[] = view.ps.map((p) => ({ ...p, runq: keepFirst(`runq(P${p.id})`, p.runq) }));
  const globrunq = keepFirst('globrunq', view.globrunq);
  const waits = [...places.entries()]
    .filter(([loc]) => !loc.startsWith('runq(') && loc !== 'globrunq' && !ON_P_OR_M.test(loc))
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b, 'en', { numeric: true }));
  const droppedPlaces = { places: 0, goroutines: 0 };
  for (const [loc, list] of waits.slice(MAX_WAIT_PLACES)) {
    hidden[loc] = list.length;
    places.delete(loc);
    droppedPlaces.places++;
    droppedPlaces.goroutines += list.length;
  }
  for (const [loc, list] of places) {
    if (loc.startsWith('runq(') || loc === 'globrunq') continue;
    if (list.length <= per) {
      for (const g of list) keep.add(g.id);
      continue;
    }
    list.sort(compareInPlace);
    keepFirst(
      loc,
      list.map((g) => g.id),
    );
  }
  const gs = view.gs.filter((g) => keep.has(g.id));
  const trimmed: TrimInfo = { total: live, running, runnable, hidden, droppedPlaces };
  return { ...view, ps, globrunq, gs, trimmed };
}
