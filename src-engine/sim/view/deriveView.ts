/** Builds the {@link WorldView} from the engine state (at an action boundary). */
import type { GView, MView, PView, WorldView } from '../WorldView';
import { runqItems } from '../core/runq';
import { NONE, type SimState } from '../state/types';

/** The view of `st` labelled with the last event's time and seq. */
export function deriveView(st: SimState, t: number, seq: number): WorldView {
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
  const gs: GView[] = [];
  for (const g of st.gs) {
    if (g === undefined) continue;
    const v: { -readonly [K in keyof GView]: GView[K] } = { id: g.id, status: g.status, loc: g.loc };
    if (g.status === '_Gwaiting') v.waitReason = g.waitReason;
    if (g.evLine > 0) v.line = g.evLine;
    gs.push(v);
  }
  return { t, seq, gomaxprocs: st.gomaxprocs, ps, ms, gs, globrunq: st.sched.globq.slice(st.sched.globhead) };
}
