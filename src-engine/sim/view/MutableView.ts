/**
 * A mutable twin of {@link applyEvent} for fast seeking: folding events into it costs O(1) per event (plus a
 * search in the affected queue) instead of copying arrays. `toWorldView` produces the plain {@link WorldView}.
 * Tests check that it agrees with the pure reducer after every event.
 */
import type { SchedEvent } from '../events';
import type { ChanView, GView, MView, PView, StwView, WorldView } from '../WorldView';
import { locKind, locNum, statusOfLoc } from '../core/locs';
import { chanIdOf, chanView, gView, orderOf, stwView } from './gview';

type Mut<T> = { -readonly [K in keyof T]: T[K] };
type MP = Mut<PView> & { runq: number[] };

/** Mutable view state. */
export interface MutableView {
  t: number;
  seq: number;
  gomaxprocs: number;
  ps: MP[];
  /** Ms by id (undefined once exited). */
  ms: (Mut<MView> | undefined)[];
  /** Gs by goid (holes for unused ids). Entries are replaced, never mutated, so snapshots may share them. */
  gs: (Mut<GView> | undefined)[];
  globrunq: number[];
  /** Channels by id (entries are replaced, never mutated: snapshots share them). */
  chans: (ChanView | undefined)[];
  stw: StwView | null;
  /**
   * Snapshot generation and, per goid, the generation its GView was created in: a GView created since the last
   * snapshot belongs to this view alone and may be updated in place; older ones are shared and are replaced.
   */
  gen: number;
  ownGen: number[];
}

/** A mutable copy of a {@link WorldView}. */
export function fromWorldView(v: WorldView): MutableView {
  const ms: (Mut<MView> | undefined)[] = [];
  for (const m of v.ms) ms[m.id] = { ...m };
  const gs: (Mut<GView> | undefined)[] = [];
  // GView objects are never mutated in place (moves replace them), so they can be shared.
  for (const g of v.gs) gs[g.id] = g;
  return {
    t: v.t,
    seq: v.seq,
    gomaxprocs: v.gomaxprocs,
    ps: v.ps.map((p) => ({ ...p, runq: [...p.runq] })),
    ms,
    gs,
    globrunq: [...v.globrunq],
    chans: chansById(v.chans),
    stw: v.stw,
    gen: 1,
    ownGen: [],
  };
}

/** Channel views indexed by id. */
export function chansById(list: readonly ChanView[]): (ChanView | undefined)[] {
  const out: (ChanView | undefined)[] = [];
  for (const c of list) out[c.id] = c;
  return out;
}

/** A plain {@link WorldView} snapshot of `mv` (no shared mutable parts). */
export function toWorldView(mv: MutableView): WorldView {
  mv.gen++; // every GView handed out is shared from now on
  const ms: MView[] = [];
  for (const m of mv.ms) if (m !== undefined) ms.push({ ...m });
  const gs: GView[] = [];
  for (const g of mv.gs) if (g !== undefined) gs.push(g);
  return {
    t: mv.t,
    seq: mv.seq,
    gomaxprocs: mv.gomaxprocs,
    ps: mv.ps.map((p) => ({ ...p, runq: [...p.runq] })),
    ms,
    gs,
    globrunq: [...mv.globrunq],
    chans: mv.chans.filter((c): c is ChanView => c !== undefined),
    stw: mv.stw,
  };
}

function remove(list: number[], id: number): void {
  const i = list.indexOf(id);
  if (i >= 0) list.splice(i, 1);
}

/** Applies one event in place (same rules as {@link applyEvent}). */
export function applyEventMut(v: MutableView, e: SchedEvent): void {
  v.t = e.t;
  v.seq = e.seq;
  switch (e.kind) {
    case 'g.create': {
      const id = e.g as number;
      v.gs[id] = gView(id, '_Gdead', e.to ?? 'dead', orderOf(e.seq, false), undefined, e.line ?? 0, -1);
      return;
    }
    case 'g.move':
      return moveG(v, e);
    case 'p.status': {
      const p = v.ps[e.p as number] as MP;
      const m = e.m ?? null;
      if (p.m !== m) {
        const old = p.m === null ? undefined : v.ms[p.m];
        if (old !== undefined && old.p === p.id) old.p = null;
        const nm = m === null ? undefined : v.ms[m];
        if (nm !== undefined) nm.p = p.id;
      }
      p.status = e.to as PView['status'];
      p.m = m;
      if (e.arg !== undefined) p.schedtick = e.arg;
      return;
    }
    case 'm.status':
      v.ms[e.m as number] = {
        id: e.m as number,
        state: e.to as MView['state'],
        p: e.p ?? null,
        g: e.g ?? null,
      };
      return;
    case 'm.create':
      v.ms[e.m as number] = {
        id: e.m as number,
        state: (e.to ?? 'idle') as MView['state'],
        p: null,
        g: null,
      };
      return;
    case 'm.exit':
      v.ms[e.m as number] = undefined;
      return;
    case 'gomaxprocs': {
      const n = e.arg as number;
      v.gomaxprocs = n;
      for (let i = v.ps.length; i < n; i++) {
        v.ps.push({ id: i, status: '_Pgcstop', m: null, runnext: null, runq: [], schedtick: 0 });
      }
      return;
    }
    case 'chan.make': {
      const id = chanIdOf(e.to);
      v.chans[id] = chanView(id, e.arg as number, 0, false, e.fn === 'time.NewTimer');
      return;
    }
    case 'chan.buf':
    case 'chan.close': {
      const id = chanIdOf(e.to);
      const c = v.chans[id];
      if (c !== undefined)
        v.chans[id] = chanView(id, c.cap, e.arg as number, c.closed || e.kind === 'chan.close', c.timer);
      return;
    }
    case 'stw':
      v.stw = stwView(e.reason, e.m as number, false);
      return;
    case 'stw.stopped':
      if (v.stw !== null) v.stw = stwView(v.stw.reason, v.stw.m, true);
      return;
    case 'stw.start':
      v.stw = null;
      return;
  }
}

function moveG(v: MutableView, e: SchedEvent): void {
  const id = e.g as number;
  const from = e.from ?? '';
  const to = e.to ?? '';
  const fk = locKind(from);
  const tk = locKind(to);
  if (fk === 'runnext') {
    const p = v.ps[locNum(from)] as MP;
    if (p.runnext === id) p.runnext = null;
  } else if (fk === 'runq') remove((v.ps[locNum(from)] as MP).runq, id);
  else if (fk === 'globrunq') remove(v.globrunq, id);
  const head = e.at === 'head';
  if (tk === 'runnext') (v.ps[locNum(to)] as MP).runnext = id;
  else if (tk === 'runq') {
    const q = (v.ps[locNum(to)] as MP).runq;
    if (head) q.unshift(id);
    else q.push(id);
  } else if (tk === 'globrunq') {
    if (head) v.globrunq.unshift(id);
    else v.globrunq.push(id);
  }
  if (tk === 'running' && e.arg !== undefined) (v.ps[locNum(to)] as MP).schedtick = e.arg;
  const status = statusOfLoc(to);
  v.gs[id] = gView(
    id,
    status,
    to,
    orderOf(e.seq, head),
    e.reason,
    e.line ?? 0,
    tk === 'timers' ? (e.arg as number) : -1,
  );
  if (e.m === undefined) return;
  const m = v.ms[e.m];
  if (m === undefined) return;
  if (tk === 'running') {
    m.g = id;
    m.state = 'running';
    m.p = locNum(to);
  } else if (fk === 'running') {
    if (tk === 'syscall') {
      m.state = 'syscall';
      m.p = null;
    } else {
      m.g = null;
      m.state = 'scheduling';
    }
  } else if (fk === 'syscall') m.g = null;
}
