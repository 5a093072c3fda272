/**
 * Invariant checks over the engine state (at action boundaries) and over views (after every event):
 * every G in exactly one place, a running G has an M holding a P, a P held by at most one M, queue bounds,
 * nothing lost or duplicated, time never goes back.
 */
import { locKind, locNum } from '../core/locs';
import { runqItems, RUNQ_SIZE } from '../core/runq';
import { NONE, type SimState } from '../state/types';
import type { WorldView } from '../WorldView';

/** Returns a list of violations (empty when all hold). */
export function checkState(st: SimState): string[] {
  const bad: string[] = [];
  const where = new Map<number, string[]>();
  const put = (g: number, place: string): void => {
    const l = where.get(g);
    if (l) l.push(place);
    else where.set(g, [place]);
  };
  for (const p of st.ps) {
    const n = p.runqtail - p.runqhead;
    if (n < 0 || n > RUNQ_SIZE) bad.push(`P${p.id} ring length ${n}`);
    if (p.runnext !== 0) put(p.runnext, `runnext(P${p.id})`);
    for (const g of runqItems(p)) put(g, `runq(P${p.id})`);
    if (p.m !== NONE) {
      const m = st.ms[p.m];
      if (!m || m.p !== p.id) bad.push(`P${p.id}.m = M${p.m} but M.p = ${m?.p}`);
    }
    if (p.id >= st.gomaxprocs && p.status !== '_Pdead') bad.push(`P${p.id} beyond GOMAXPROCS is ${p.status}`);
  }
  for (let i = st.sched.globhead; i < st.sched.globq.length; i++)
    put(st.sched.globq[i] as number, 'globrunq');
  const holders = new Map<number, number>();
  let spinning = 0;
  for (const m of st.ms) {
    if (m.exited) continue;
    if (m.spinning) spinning++;
    if (m.p !== NONE) {
      if (holders.has(m.p)) bad.push(`P${m.p} held by M${holders.get(m.p)} and M${m.id}`);
      holders.set(m.p, m.id);
      const p = st.ps[m.p];
      if (!p || p.m !== m.id) bad.push(`M${m.id}.p = P${m.p} but P.m = ${p?.m}`);
    }
    if (m.curg !== NONE) {
      const g = st.gs[m.curg];
      if (!g) bad.push(`M${m.id} runs missing G${m.curg}`);
      else if (g.status === '_Grunning') {
        put(g.id, `running(P${m.p})`);
        if (m.p === NONE) bad.push(`running G${g.id} on M${m.id} without a P`);
        else if (g.loc !== `running(P${m.p})`) bad.push(`G${g.id} running on P${m.p} but loc ${g.loc}`);
      } else if (g.status === '_Gsyscall') put(g.id, `syscall(M${m.id})`);
      else bad.push(`M${m.id}.curg G${g.id} is ${g.status}`);
    }
  }
  if (spinning !== st.sched.nmspinning)
    bad.push(`nmspinning ${st.sched.nmspinning} but ${spinning} spinning Ms`);
  for (const id of st.sched.pidle) {
    const p = st.ps[id];
    if (!p || p.status !== '_Pidle') bad.push(`pidle has P${id} in ${p?.status}`);
    else if (p.runqtail !== p.runqhead || p.runnext !== 0) bad.push(`P${id} on the idle list has work`);
  }
  let live = 0;
  for (const g of st.gs) {
    if (g === undefined) continue;
    if (g.status !== '_Gdead') live++;
    const places = where.get(g.id) ?? [];
    const k = locKind(g.loc);
    const queued = k === 'runnext' || k === 'runq' || k === 'globrunq' || k === 'running' || k === 'syscall';
    if (queued) {
      if (places.length !== 1 || places[0] !== g.loc)
        bad.push(`G${g.id} at ${g.loc} found in [${places.join(', ')}]`);
    } else if (places.length !== 0) bad.push(`G${g.id} at ${g.loc} also in [${places.join(', ')}]`);
    if (k === 'running') {
      const pid = locNum(g.loc);
      const p = st.ps[pid];
      if (!p || p.m === NONE || st.ms[p.m]?.curg !== g.id)
        bad.push(`running G${g.id} on P${pid} has no M holding that P`);
    }
  }
  if (live !== st.sched.ngLive) bad.push(`ngLive ${st.sched.ngLive} but ${live} live Gs`);
  return bad;
}

/** View-level invariants. */
export function checkView(v: WorldView, prevT: number): string[] {
  const bad: string[] = [];
  if (v.t < prevT) bad.push(`time went back: ${prevT} → ${v.t}`);
  const seen = new Map<number, string>();
  const place = (g: number, l: string): void => {
    if (seen.has(g)) bad.push(`G${g} in ${seen.get(g)} and ${l}`);
    seen.set(g, l);
  };
  for (const p of v.ps) {
    if (p.runq.length > RUNQ_SIZE) bad.push(`P${p.id} runq ${p.runq.length}`);
    if (p.runnext !== null) place(p.runnext, `runnext(P${p.id})`);
    for (const g of p.runq) place(g, `runq(P${p.id})`);
  }
  for (const g of v.globrunq) place(g, 'globrunq');
  for (const g of v.gs) {
    const l = seen.get(g.id);
    const k = locKind(g.loc);
    if ((k === 'runnext' || k === 'runq' || k === 'globrunq') && l !== g.loc)
      bad.push(`G${g.id} loc ${g.loc} but queued in ${l}`);
    if (!(k === 'runnext' || k === 'runq' || k === 'globrunq') && l !== undefined)
      bad.push(`G${g.id} loc ${g.loc} but queued in ${l}`);
    if (k === 'running') {
      const m = v.ms.find((x) => x.g === g.id && x.state === 'running');
      if (!m || m.p !== locNum(g.loc)) bad.push(`running G${g.id} has no running M on its P`);
    }
  }
  const held = new Set<number>();
  for (const m of v.ms) {
    if (m.p === null) continue;
    if (held.has(m.p)) bad.push(`P${m.p} held by two Ms`);
    held.add(m.p);
  }
  for (const g of v.gs) {
    const asleep = locKind(g.loc) === 'timers';
    if (asleep !== (g.wakeAt !== undefined)) bad.push(`G${g.id} at ${g.loc} with wakeAt ${g.wakeAt}`);
    if (Math.abs(g.order) > v.seq) bad.push(`G${g.id} order ${g.order} after seq ${v.seq}`);
  }
  for (const c of v.chans) {
    if (!(c.len >= 0 && c.len <= c.cap)) bad.push(`ch${c.id} holds ${c.len} of ${c.cap}`);
  }
  return bad;
}
