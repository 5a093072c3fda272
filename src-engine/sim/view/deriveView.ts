/** Builds the {@link WorldView} from the engine state (at an action boundary). */
import type { ChanView, GView, MView, PView, StwView, WorldView } from '../WorldView';
import { runqItems } from '../core/runq';
import { NONE, type SimState } from '../state/types';
import { chanView, deadView, gView, stwReason, stwView } from './gview';

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
  const dead = st.dead;
  const n = Math.max(st.gs.length, dead.bound);
  for (let id = 0; id < n; id++) {
    const g = st.gs[id];
    if (g !== undefined) gs.push(gView(g.id, g.status, g.loc, g.order, g.waitReason, g.evLine, g.wakeAt));
    else if (dead.has(id)) gs.push(deadView(id, dead.order(id), dead.line(id)));
  }
  return {
    t,
    seq,
    gomaxprocs: st.gomaxprocs,
    ps,
    ms,
    gs,
    globrunq: st.sched.globq.slice(st.sched.globhead),
    chans: deriveChans(st),
    stw: deriveStw(st),
  };
}

/** Views of the channels made so far. */
export function deriveChans(st: SimState): ChanView[] {
  const out: ChanView[] = [];
  for (const c of st.chans)
    if (c !== undefined) out.push(chanView(c.id, c.cap, c.buf.length, c.closed, c.isTimer));
  return out;
}

/** The stop-the-world in progress, if any. */
export function deriveStw(st: SimState): StwView | null {
  const s = st.sched;
  if (!s.gcwaiting || s.stwKind === '') return null;
  return stwView(stwReason(s.stwKind), s.stwM, s.stwStopped);
}
