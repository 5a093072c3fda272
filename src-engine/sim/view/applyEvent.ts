/**
 * The pure reducer the renderer animates with: `applyEvent(view, event)` returns the next view. Folding the
 * event log from {@link initialView} reproduces the engine's view after every event.
 *
 * @remarks
 * Rules: `g.create` adds a `_Gdead` G; `g.move` removes the G from its `from` container (found by id) and
 * inserts it into `to` (at the head when `at === 'head'`, else the tail); the G's status follows from the
 * location kind; a move into `running(Pn)` makes its M (`m`) run it on Pn and sets Pn's schedtick to `arg`; a
 * move out of `running` leaves the M scheduling (or in a syscall for `syscall(..)`). `p.status` sets status,
 * owner and schedtick and re-links M↔P; `m.status` sets the M's state, P and G; `m.create`/`m.exit` add and
 * remove Ms; `gomaxprocs` sets the value and adds missing Ps as `_Pgcstop`.
 */
import type { SchedEvent } from '../events';
import type { GView, MView, PView, WorldView } from '../WorldView';
import { locKind, locNum, statusOfLoc } from '../core/locs';
import { chanIdOf, chanView, gView, orderOf, stwView } from './gview';

type Mut<T> = { -readonly [K in keyof T]: T[K] };

/** The view before the first event. */
export function initialView(): WorldView {
  return { t: 0, seq: -1, gomaxprocs: 0, ps: [], ms: [], gs: [], globrunq: [], chans: [], stw: null };
}

function findG(gs: readonly GView[], id: number): number {
  let lo = 0;
  let hi = gs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = (gs[mid] as GView).id;
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function without(list: readonly number[], id: number): number[] {
  const i = list.indexOf(id);
  if (i < 0) return list as number[];
  return [...list.slice(0, i), ...list.slice(i + 1)];
}

export function applyEvent(view: WorldView, e: SchedEvent): WorldView {
  const v: Mut<WorldView> = { ...view, t: e.t, seq: e.seq };
  switch (e.kind) {
    case 'g.create': {
      const gs = [...view.gs];
      const g = gView(
        e.g as number,
        '_Gdead',
        e.to ?? 'dead',
        orderOf(e.seq, false),
        undefined,
        e.line ?? 0,
        -1,
      );
      let i = gs.length;
      while (i > 0 && (gs[i - 1] as GView).id > g.id) i--;
      gs.splice(i, 0, g);
      v.gs = gs;
      return v;
    }
    case 'g.move':
      return moveG(v, e);
    case 'p.status': {
      const ps = [...v.ps];
      const pid = e.p as number;
      const old = ps[pid] as PView;
      const m = e.m ?? null;
      ps[pid] = { ...old, status: e.to as PView['status'], m, schedtick: e.arg ?? old.schedtick };
      v.ps = ps;
      if (old.m !== m) {
        const ms = [...v.ms];
        if (old.m !== null) {
          const i = ms.findIndex((x) => x.id === old.m);
          const om = ms[i];
          if (om !== undefined && om.p === pid) ms[i] = { ...om, p: null };
        }
        if (m !== null) {
          const i = ms.findIndex((x) => x.id === m);
          const nm = ms[i];
          if (nm !== undefined) ms[i] = { ...nm, p: pid };
        }
        v.ms = ms;
      }
      return v;
    }
    case 'm.status': {
      const ms = [...v.ms];
      const i = ms.findIndex((x) => x.id === e.m);
      ms[i] = { id: e.m as number, state: e.to as MView['state'], p: e.p ?? null, g: e.g ?? null };
      v.ms = ms;
      return v;
    }
    case 'm.create':
      v.ms = [...v.ms, { id: e.m as number, state: (e.to ?? 'idle') as MView['state'], p: null, g: null }];
      return v;
    case 'm.exit':
      v.ms = v.ms.filter((x) => x.id !== e.m);
      return v;
    case 'gomaxprocs': {
      const n = e.arg as number;
      v.gomaxprocs = n;
      if (v.ps.length < n) {
        const ps = [...v.ps];
        for (let i = ps.length; i < n; i++)
          ps.push({ id: i, status: '_Pgcstop', m: null, runnext: null, runq: [], schedtick: 0 });
        v.ps = ps;
      }
      return v;
    }
    case 'chan.make':
      v.chans = [...v.chans, chanView(chanIdOf(e.to), e.arg as number, 0, false, e.fn === 'time.NewTimer')];
      return v;
    case 'chan.buf':
    case 'chan.close': {
      const id = chanIdOf(e.to);
      const closed = e.kind === 'chan.close';
      v.chans = v.chans.map((c) =>
        c.id === id ? chanView(id, c.cap, e.arg as number, c.closed || closed, c.timer) : c,
      );
      return v;
    }
    case 'stw':
      v.stw = stwView(e.reason, e.m as number, false);
      return v;
    case 'stw.stopped':
      if (v.stw !== null) v.stw = stwView(v.stw.reason, v.stw.m, true);
      return v;
    case 'stw.start':
      v.stw = null;
      return v;
    default:
      return v;
  }
}

function moveG(v: Mut<WorldView>, e: SchedEvent): WorldView {
  const id = e.g as number;
  const from = e.from ?? '';
  const to = e.to ?? '';
  // remove from the source container
  let ps: PView[] | null = null;
  const fk = locKind(from);
  const tk = locKind(to);
  const editP = (pid: number, f: (p: PView) => PView): void => {
    ps ??= [...v.ps];
    ps[pid] = f(ps[pid] as PView);
  };
  if (fk === 'runnext') editP(locNum(from), (p) => (p.runnext === id ? { ...p, runnext: null } : p));
  else if (fk === 'runq') editP(locNum(from), (p) => ({ ...p, runq: without(p.runq, id) }));
  else if (fk === 'globrunq') v.globrunq = without(v.globrunq, id);
  const head = e.at === 'head';
  if (tk === 'runnext') editP(locNum(to), (p) => ({ ...p, runnext: id }));
  else if (tk === 'runq')
    editP(locNum(to), (p) => ({ ...p, runq: head ? [id, ...p.runq] : [...p.runq, id] }));
  else if (tk === 'globrunq') v.globrunq = head ? [id, ...v.globrunq] : [...v.globrunq, id];
  if (tk === 'running' && e.arg !== undefined)
    editP(locNum(to), (p) => ({ ...p, schedtick: e.arg as number }));
  if (ps !== null) v.ps = ps;
  // the G
  const gs = [...v.gs];
  const gi = findG(gs, id);
  const status = statusOfLoc(to);
  gs[gi] = gView(
    id,
    status,
    to,
    orderOf(e.seq, head),
    e.reason,
    e.line ?? 0,
    tk === 'timers' ? (e.arg as number) : -1,
  );
  v.gs = gs;
  // implied M changes
  if (e.m !== undefined) {
    const ms = [...v.ms];
    const mi = ms.findIndex((x) => x.id === e.m);
    const m = ms[mi];
    if (m !== undefined) {
      if (tk === 'running') ms[mi] = { ...m, g: id, state: 'running', p: locNum(to) };
      else if (fk === 'running')
        ms[mi] =
          tk === 'syscall' ? { ...m, state: 'syscall', p: null } : { ...m, g: null, state: 'scheduling' };
      else if (fk === 'syscall') ms[mi] = { ...m, g: null };
      v.ms = ms;
    }
  }
  return v;
}
