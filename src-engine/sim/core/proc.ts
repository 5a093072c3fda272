/**
 * Goroutine creation and exit, Gosched and preemption (docs/go-scheduler.md §4.5, §9.3).
 */
import type { Value } from '../body';
import { NONE, type GState, type MState, type PState } from '../state/types';
import { gofatal } from './chan';
import { AT_NONE, NO_ARG } from '../log/EventLog';
import { gmoveTo } from './gmove';
import { L_DEAD } from './locs';
import { exitLockedThread } from './lockosthread';
import { K_G_CREATE, name, NO_NAME } from './names';
import { wakep } from './procs';
import { globrunqput, runqput } from './runq';
import { L1_DEAD } from './locInfo';
import type { Rt } from './Rt';
import { schedule } from './schedule';

const FN_NEWPROC = name('runtime.newproc');
const FN_NEWPROC1 = name('runtime.newproc1');
const FN_GOEXIT0 = name('runtime.goexit0');
const FN_GOPREEMPT_M = name('runtime.gopreempt_m');
const FN_GOSCHED_M = name('runtime.gosched_m');
const FN_GOYIELD_M = name('runtime.goyield_m');
const N_DEAD = name(L_DEAD);
const R_CREATED_BY_MAIN = name('created by goroutine main');
const R_CREATED_BY_G = name('created by goroutine G');
const R_NEWPROC = name('go statement: new G to runnext');
const R_RETURNED = name('goroutine returned');
const R_PREEMPTED = name('preempted: to the global queue');
const R_GOSCHED = name('runtime.Gosched: to the global queue');
const R_GOYIELD = name('goyield: to the local ring tail');

/** `_GoidCacheBatch`. */
export const GOID_BATCH = 16;

/**
 * The select lists of a G that is not in a select: shared by every G (three fewer objects per G for the
 * collector to trace), frozen because `selectgo` installs fresh arrays instead of filling these.
 */
const NO_SEL_CH = Object.freeze([]) as readonly number[] as number[];
const NO_SEL_VALS = Object.freeze([]) as readonly Value[] as Value[];

/** A fresh G record in `_Gdead` (not yet placed). */
export function allocG(id: number, bodyId: number, state: unknown): GState {
  // The fields a wire view reads of every goroutine come first: at 100 000 goroutines the view reads them
  // all, and in one cache line per goroutine that read takes half the time it does spread over two or three.
  return {
    id,
    status: '_Gdead',
    loc: L_DEAD,
    evLine: 0,
    order: 0,
    wakeAt: -1,
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
    retry: 0,
    retryObj: NONE,
    mWaitStart: -1,
    mStarving: false,
    mAwoke: false,
    mIter: 0,
    semaTicket: false,
    sendValue: null,
    selCh: NO_SEL_CH,
    selDir: NO_SEL_CH,
    selVals: NO_SEL_VALS,
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
  const why = parent.id === 1 ? R_CREATED_BY_MAIN : R_CREATED_BY_G;
  // `arg`: the line of the go statement (the creator's line now), so "created where" is in the log.
  rt.emit(
    K_G_CREATE,
    id,
    p.id,
    m.id,
    NO_NAME,
    N_DEAD,
    why,
    FN_NEWPROC1,
    AT_NONE,
    parent.line > 0 ? parent.line : NO_ARG,
  );
  runqput(rt, p, g, true, FN_NEWPROC, R_NEWPROC, m.id);
  wakep(rt);
  return g;
}

const R_CREATED_BY_TIMER = name('created by time.goFunc (a time.AfterFunc timer fired)');
const FN_GOFUNC = name('time.goFunc');

/**
 * `time.goFunc`: an AfterFunc timer fired on P `p` (run by M `mid`): `go f()` from the timer code, so the new
 * G goes to `p`'s runnext (the old runnext to the ring's tail) and an idle P is woken, as `newproc` does.
 */
export function goFunc(rt: Rt, p: PState, mid: number, bodyId: number, state: unknown): GState {
  const st = rt.st;
  const id = nextGoid(rt, p);
  const g = allocG(id, bodyId, state);
  st.gs[id] = g;
  st.sched.ngLive++;
  rt.emit(K_G_CREATE, id, p.id, mid, NO_NAME, N_DEAD, R_CREATED_BY_TIMER, FN_GOFUNC, AT_NONE, NO_ARG);
  runqput(rt, p, g, true, FN_GOFUNC, R_CREATED_BY_TIMER, mid);
  wakep(rt);
  return g;
}

/** `goexit0` → `gdestroy`: the G is dead; a locked G takes its thread with it. */
export function goexit(rt: Rt, g: GState, m: MState, runtimeGoexit = false): void {
  const st = rt.st;
  if (g.id === 1 && !runtimeGoexit) rt.end(0, 'main returned');
  const locked = g.lockedm !== NONE;
  g.lockedm = NONE;
  g.lockedExt = 0;
  gmoveTo(rt, g, rt.locOf(L1_DEAD, 0), FN_GOEXIT0, R_RETURNED, m.id, m.p, AT_NONE, NO_ARG);
  g.state = null;
  st.sched.ngLive--;
  if (locked) {
    exitLockedThread(rt, m);
    return;
  }
  // Nothing refers to an exited G any more: keep only what its view shows (memory in proportion to live Gs).
  st.dead.add(g);
  st.gs[g.id] = undefined;
  rt.gLoc[g.id] = undefined;
  schedule(rt, m);
}

/** `goschedImpl`: the G goes to the global queue tail, `wakep`, `schedule`. */
export function goschedImpl(rt: Rt, g: GState, m: MState, preempted: boolean): void {
  globrunqput(rt, g, preempted ? FN_GOPREEMPT_M : FN_GOSCHED_M, preempted ? R_PREEMPTED : R_GOSCHED, m.id);
  g.preempt = false;
  wakep(rt);
  schedule(rt, m);
}

/** `goyield_m`: the G goes to its P's local ring tail (starving-mutex handoff), then `schedule`. */
export function goyield(rt: Rt, g: GState, m: MState): void {
  runqput(rt, rt.st.ps[m.p] as PState, g, false, FN_GOYIELD_M, R_GOYIELD, m.id);
  schedule(rt, m);
}
