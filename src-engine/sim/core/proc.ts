/**
 * Goroutine creation and exit, Gosched and preemption (go-scheduler.md §4.5, §9.3).
 */
import type { Value } from '../body';
import { NONE, type GState, type MState, type PState } from '../state/types';
import { gofatal } from './chan';
import { gmove } from './gmove';
import { L_DEAD } from './locs';
import { exitLockedThread } from './lockosthread';
import { wakep } from './procs';
import { globrunqput, runqput } from './runq';
import type { Rt } from './Rt';
import { schedule } from './schedule';

/** `_GoidCacheBatch`. */
export const GOID_BATCH = 16;

/** A fresh G record in `_Gdead` (not yet placed). */
export function allocG(id: number, bodyId: number, state: unknown): GState {
  return {
    id,
    status: '_Gdead',
    loc: L_DEAD,
    waitReason: '',
    waitKind: '',
    waitObj: NONE,
    bodyId,
    state,
    inValue: null as Value,
    inOk: true,
    inIndex: 0,
    started: false,
    remainNs: 0,
    preempt: false,
    m: NONE,
    lockedm: NONE,
    lockedExt: 0,
    line: 0,
    evLine: 0,
    order: 0,
    wakeAt: -1,
    retry: 0,
    retryObj: NONE,
    mWaitStart: -1,
    mStarving: false,
    mAwoke: false,
    mIter: 0,
    semaTicket: false,
    sendValue: null,
    selCh: [],
    selDir: [],
    selVals: [],
    timer: NONE,
  };
}

/** goid from the P's cache, refilled in batches of 16 from `sched.goidgen`. */
function nextGoid(rt: Rt, p: PState): number {
  if (p.goidcache === p.goidcacheend) {
    p.goidcache = rt.st.sched.goidgen + 1;
    rt.st.sched.goidgen += GOID_BATCH;
    p.goidcacheend = p.goidcache + GOID_BATCH;
  }
  return p.goidcache++;
}

/** `newproc`: the new G goes to the creator's runnext (old runnext to the ring tail); `wakep`. */
export function newproc(rt: Rt, parent: GState, m: MState, bodyId: number, state: unknown): GState {
  const st = rt.st;
  if (st.sched.ngLive >= rt.maxGoroutines) {
    gofatal(rt, parent, `engine limit: more than ${rt.maxGoroutines} live goroutines (MAX_GOROUTINES)`);
  }
  const p = st.ps[m.p] as PState;
  const id = nextGoid(rt, p);
  const g = allocG(id, bodyId, state);
  st.gs[id] = g;
  st.sched.ngLive++;
  rt.emit(
    'g.create',
    id,
    p.id,
    m.id,
    null,
    L_DEAD,
    `created by goroutine ${parent.id === 1 ? 'main' : 'G'}`,
    'runtime.newproc1',
  );
  runqput(rt, p, g, true, 'runtime.newproc', 'go statement: new G to runnext', m.id);
  wakep(rt);
  return g;
}

/** `goexit0` → `gdestroy`: the G is dead; a locked G takes its thread with it. */
export function goexit(rt: Rt, g: GState, m: MState): void {
  const st = rt.st;
  if (g.id === 1) rt.end(0, 'main returned');
  const locked = g.lockedm !== NONE;
  g.lockedm = NONE;
  g.lockedExt = 0;
  gmove(rt, g, L_DEAD, 'runtime.goexit0', 'goroutine returned', m.id, m.p);
  g.state = null;
  st.sched.ngLive--;
  if (locked) {
    exitLockedThread(rt, m);
    return;
  }
  schedule(rt, m);
}

/** `goschedImpl`: the G goes to the global queue tail, `wakep`, `schedule`. */
export function goschedImpl(rt: Rt, g: GState, m: MState, preempted: boolean): void {
  globrunqput(
    rt,
    g,
    preempted ? 'runtime.gopreempt_m' : 'runtime.gosched_m',
    preempted ? 'preempted: to the global queue' : 'runtime.Gosched: to the global queue',
    m.id,
  );
  g.preempt = false;
  wakep(rt);
  schedule(rt, m);
}

/** `goyield_m`: the G goes to its P's local ring tail (starving-mutex handoff), then `schedule`. */
export function goyield(rt: Rt, g: GState, m: MState): void {
  runqput(
    rt,
    rt.st.ps[m.p] as PState,
    g,
    false,
    'runtime.goyield_m',
    'goyield: to the local ring tail',
    m.id,
  );
  schedule(rt, m);
}
