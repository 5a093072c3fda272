/**
 * Keyframe snapshots taken straight from the engine state at an action boundary, re-deriving only the
 * goroutines that changed since the previous keyframe and sharing every other goroutine view with it.
 *
 * @remarks
 * At an action boundary the frontier view ({@link deriveView}) equals the fold of the whole log (checked after
 * every event by the property tests), so a keyframe need not fold the log at all. A G's view only changes with
 * its own `g.create` / `g.move` events, which the engine lists ({@link Rt.takeChangedGs}), so a keyframe costs
 * one view per changed G plus its arrays, instead of reducer work on every event.
 */
import type { Rt } from '../core/Rt';
import { runqItems } from '../core/runq';
import { NONE } from '../state/types';
import type { GView, MView, PView, WorldView } from '../WorldView';

type Mut<T> = { -readonly [K in keyof T]: T[K] };

/** Builds successive keyframes of one run (keeps the previous keyframe's G views for sharing). */
export class KeyframeBuilder {
  /** The previous keyframe's G views, in goid order. */
  private list: GView[] = [];
  /** Index of each goid's view in `list` (undefined when absent). */
  private readonly posOf: (number | undefined)[] = [];

  constructor(private readonly rt: Rt) {}

  /** The view of the engine state labelled with the last event's time and seq (same shape as deriveView). */
  snapshot(t: number, seq: number): WorldView {
    const st = this.rt.st;
    const ps: PView[] = st.ps.map((p) => ({
      id: p.id,
      status: p.status,
      m: p.m === NONE ? null : p.m,
      runnext: p.runnext === 0 ? null : p.runnext,
      runq: runqItems(p),
      schedtick: p.schedtick,
    }));
    const ms: MView[] = [];
    for (const m of st.ms) {
      if (m.exited) continue;
      ms.push({ id: m.id, state: m.state, p: m.p === NONE ? null : m.p, g: m.curg === NONE ? null : m.curg });
    }
    // Copy the previous list (a flat copy of pointers) and patch the changed Gs.
    const gs = this.list.slice();
    const fresh: GView[] = [];
    for (const id of this.rt.takeChangedGs()) {
      const g = st.gs[id];
      if (g === undefined) continue;
      // Same key order as deriveView and the reducer, so snapshots serialise identically.
      const v: Mut<GView> = { id: g.id, status: g.status, loc: g.loc };
      if (g.status === '_Gwaiting') v.waitReason = g.waitReason;
      if (g.evLine > 0) v.line = g.evLine;
      const at = this.posOf[id];
      if (at === undefined) fresh.push(v);
      else gs[at] = v;
    }
    if (fresh.length > 0) this.insert(gs, fresh);
    this.list = gs;
    const globrunq = st.sched.globq.slice(st.sched.globhead);
    return { t, seq, gomaxprocs: st.gomaxprocs, ps, ms, gs, globrunq };
  }

  /**
   * Adds views of Gs new to `gs`, keeping goid order. Goids come from per-P batches, so a new G is not always
   * the largest: then the list is merged and re-indexed.
   */
  private insert(gs: GView[], fresh: GView[]): void {
    fresh.sort((a, b) => a.id - b.id);
    const last = gs[gs.length - 1];
    if (last === undefined || last.id < (fresh[0] as GView).id) {
      for (const v of fresh) {
        this.posOf[v.id] = gs.length;
        gs.push(v);
      }
      return;
    }
    const merged = gs.concat(fresh).sort((a, b) => a.id - b.id);
    gs.length = 0;
    merged.forEach((v, i) => {
      this.posOf[v.id] = i;
      gs.push(v);
    });
  }
}
