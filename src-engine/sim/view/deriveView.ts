/** Builds the {@link WorldView} from the engine state (at an action boundary). */
import type { ChanView, GView, MView, PView, StwView, WorldView } from '../WorldView';
import { runqItems } from '../core/runq';
import { NONE, type GState, type SimState } from '../state/types';
import { Scratch } from './scratch';
import { TRIM_ABOVE, trimmed, type TrimRow, type TrimSource } from './trimView';
import { chanView, deadView, gView, stwReason, stwView } from './gview';

/** The view of `st` labelled with the last event's time and seq. */
export function deriveView(st: SimState, t: number, seq: number): WorldView {
  const gs: GView[] = [];
  const dead = st.dead;
  const n = Math.max(st.gs.length, dead.bound);
  for (let id = 0; id < n; id++) {
    const g = st.gs[id];
    if (g !== undefined) gs.push(viewOf(g));
    else if (dead.has(id)) gs.push(deadView(id, dead.order(id), dead.line(id)));
  }
  return deriveBase(st, t, seq, gs);
}

/**
 * The view of `st` as the wire carries it: exactly `trimView(deriveView(st, t, seq), limit, perPlace)`, but
 * above the limit the goroutines are read from the state and only those the wire keeps get a view.
 */
export function deriveWireView(
  st: SimState,
  t: number,
  seq: number,
  limit = TRIM_ABOVE,
  perPlace?: number,
): WorldView {
  const dead = st.dead;
  const n = Math.max(st.gs.length, dead.bound);
  // Counted first: a view under the limit (most runs) is the full one, and needs no list of live ids.
  const listed = countBelow(st, n);
  if (listed.all <= limit) return deriveView(st, t, seq);
  return trimmed(deriveBase(st, t, seq, []), new StateSource(st, liveBelow(st, n, listed.live)), perPlace);
}

// The two loops over every goroutine id are functions of their own so that the optimising compiler, which takes
// up a long loop while it runs, compiles the loop alone rather than all the view building around it.

/** Goroutines a full view would list among ids below `n` (`all`: live and dead), and the live ones. */
function countBelow(st: SimState, n: number): { all: number; live: number } {
  let all = 0;
  let live = 0;
  for (let id = 0; id < n; id++) {
    if (st.gs[id] !== undefined) live++;
    else if (st.dead.has(id)) all++;
  }
  return { all: all + live, live };
}

// Reused from one view to the next (see Scratch): the source below reads it only while its view is trimmed.
const liveScratch = new Scratch((n) => new Int32Array(n));

/** Ids of the `live` live goroutines below `n`, in order. */
function liveBelow(st: SimState, n: number, live: number): Int32Array {
  const ids = liveScratch.take(live);
  let k = 0;
  for (let id = 0; id < n; id++) if (st.gs[id] !== undefined) ids[k++] = id;
  return ids;
}

/** The live goroutines of an engine state as a {@link TrimSource}, in id order. */
class StateSource implements TrimSource {
  constructor(
    private readonly st: SimState,
    private readonly ids: Int32Array,
  ) {}

  get slots(): number {
    return this.ids.length;
  }

  read(s: number, row: TrimRow): void {
    const g = this.g(s);
    row.id = g.id;
    row.status = g.status;
    row.loc = g.loc;
    // A G with no wake time (-1) has none in its view, which compareInPlace reads as 0.
    row.wake = g.wakeAt >= 0 ? g.wakeAt : 0;
    row.order = g.order;
    row.line = g.evLine > 0 ? g.evLine : 0;
  }

  view(s: number): GView {
    return viewOf(this.g(s));
  }

  private g(s: number): GState {
    return this.st.gs[this.ids[s] as number] as GState;
  }
}

function viewOf(g: GState): GView {
  return gView(g.id, g.status, g.loc, g.order, g.waitReason, g.evLine, g.wakeAt);
}

/** The view of `st` with goroutines `gs`. */
function deriveBase(st: SimState, t: number, seq: number, gs: GView[]): WorldView {
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
