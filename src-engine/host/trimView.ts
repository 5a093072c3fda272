/**
 * Trimming views for the wire: a view of 100 000 goroutines costs the renderer's thread about 100 ms just to
 * deserialise, and the stage can draw only a few hundred tokens per place anyway. Above
 * {@link TRIM_ABOVE} goroutines the host sends, for every place, only the first {@link PER_PLACE} goroutines
 * in queue order, and counts the rest ({@link TrimInfo}), which the stage shows as counts.
 */
import type { GView, PView, TrimInfo, WorldView } from '../sim/WorldView';

/** Views with more goroutines than this are trimmed before they are sent. */
export const TRIM_ABOVE = 3_000;
/** Goroutines kept per place (a P's runq, the global queue, a channel's recvq, a P's timers, …). */
export const PER_PLACE = 96;

/** `view` itself when small enough, else a trimmed copy that keeps what the stage can show. */
export function trimView(view: WorldView, limit = TRIM_ABOVE, perPlace = PER_PLACE): WorldView {
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
  const hidden: Record<string, number> = {};
  const keep = new Set<number>();
  const keepFirst = (loc: string, ids: readonly number[]): number[] => {
    const kept = ids.slice(0, perPlace);
    for (const id of kept) keep.add(id);
    if (ids.length > kept.length) hidden[loc] = ids.length - kept.length;
    return kept;
  };
  const ps: PView[] = view.ps.map((p) => ({ ...p, runq: keepFirst(`runq(P${p.id})`, p.runq) }));
  const globrunq = keepFirst('globrunq', view.globrunq);
  for (const [loc, list] of places) {
    if (loc.startsWith('runq(') || loc === 'globrunq') continue;
    if (list.length <= perPlace) {
      for (const g of list) keep.add(g.id);
      continue;
    }
    list.sort((a, b) => (a.wakeAt ?? 0) - (b.wakeAt ?? 0) || a.order - b.order || a.id - b.id);
    keepFirst(
      loc,
      list.map((g) => g.id),
    );
  }
  const gs = view.gs.filter((g) => keep.has(g.id));
  const trimmed: TrimInfo = { total: live, running, runnable, hidden };
  return { ...view, ps, globrunq, gs, trimmed };
}
