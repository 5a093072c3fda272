/**
 * Local run queues (256-slot ring + runnext) and the global run queue: runqput, runqputslow, runqget,
 * runqgrab/runqsteal, globrunqput, globrunqputhead, globrunqget (docs/go-scheduler.md §2).
 */
import { AT_HEAD, AT_NONE, AT_TAIL, NO_ARG } from '../log/EventLog';
import { NONE, type GState, type PState } from '../state/types';
import { gmoveTo } from './gmove';
import { stolenFromReason } from './locs';
import { name, toName, type Name, type NameLike } from './names';
import { L1_GLOBRUNQ, LK_RUNNING, LP_RUNNEXT, LP_RUNQ } from './locInfo';
import type { Rt } from './Rt';

const FN_RUNQPUT = name('runtime.runqput');
const FN_RUNQPUTSLOW = name('runtime.runqputslow');
const FN_GLOBRUNQGET = name('runtime.globrunqget');
const FN_RUNQSTEAL = name('runtime.runqsteal');
const R_DISPLACED = name('runnext displaced to the ring tail');
const R_SPILL = name('local ring full: oldest half to the global queue');
const R_SPILL_G = name('local ring full: goes with the batch to the global queue');
const R_GLOBAL_BATCH = name('global queue batch to the local ring');

/** Ring capacity (`len(p.runq)`). */
export const RUNQ_SIZE = 256;

export function runqlen(p: PState): number {
  return p.runqtail - p.runqhead;
}

/** `runqempty`: ring empty and no runnext. */
export function runqempty(p: PState): boolean {
  return p.runqtail === p.runqhead && p.runnext === 0;
}

export function globsize(rt: Rt): number {
  const s = rt.st.sched;
  return s.globq.length - s.globhead;
}

/** Ring contents head first (for views and tests). */
export function runqItems(p: PState): number[] {
  const out: number[] = [];
  for (let i = p.runqhead; i < p.runqtail; i++) out.push(p.runq[i & (RUNQ_SIZE - 1)] as number);
  return out;
}

/** Whether G is `running(..)`, from its parsed location when current (no string test on the hot path). */
function isRunning(rt: Rt, g: GState): boolean {
  const li = rt.gLoc[g.id];
  return li !== undefined && li.str === g.loc ? li.kind === LK_RUNNING : g.loc.startsWith('running');
}

/**
 * `runqput(pp, gp, next)`: with `next`, gp takes runnext and the previous occupant goes to the ring tail;
 * a full ring spills via {@link runqputslow}. Emits gp's move with `fn`/`reason`.
 */
export function runqput(
  rt: Rt,
  p: PState,
  g: GState,
  next: boolean,
  fn: NameLike,
  reason: NameLike,
  m = NONE,
): void {
  if (next) {
    const old = p.runnext;
    if (old !== 0) {
      p.runnext = 0;
      ringPut(rt, p, rt.g(old), FN_RUNQPUT, R_DISPLACED, m);
    }
    p.runnext = g.id;
    const m2 = isRunning(rt, g) ? g.m : NONE;
    gmoveTo(rt, g, rt.locOf(LP_RUNNEXT, p.id), toName(fn), toName(reason), m2, p.id, AT_NONE, NO_ARG);
    return;
  }
  ringPut(rt, p, g, toName(fn), toName(reason), m);
}

function ringPut(rt: Rt, p: PState, g: GState, fn: Name, reason: Name, m: number): void {
  if (runqlen(p) < RUNQ_SIZE) {
    p.runq[p.runqtail & (RUNQ_SIZE - 1)] = g.id;
    p.runqtail++;
    const m2 = isRunning(rt, g) ? g.m : m;
    gmoveTo(rt, g, rt.locOf(LP_RUNQ, p.id), fn, reason, m2, p.id, AT_TAIL, NO_ARG);
    return;
  }
  runqputslow(rt, p, g);
}

/** `runqputslow`: the oldest half of a full ring (128) plus gp go to the global queue tail, in order. */
export function runqputslow(rt: Rt, p: PState, g: GState): void {
  const n = RUNQ_SIZE / 2;
  for (let i = 0; i < n; i++) {
    const id = p.runq[p.runqhead & (RUNQ_SIZE - 1)] as number;
    p.runqhead++;
    globrunqput(rt, rt.g(id), FN_RUNQPUTSLOW, R_SPILL);
  }
  globrunqput(rt, g, FN_RUNQPUTSLOW, R_SPILL_G);
}

/** `runqget`: runnext first (inheritTime = true), else the ring head. Returns goid (0 if empty). */
export function runqget(p: PState, out: { inherit: boolean }): number {
  if (p.runnext !== 0) {
    const g = p.runnext;
    p.runnext = 0;
    out.inherit = true;
    return g;
  }
  out.inherit = false;
  if (p.runqtail === p.runqhead) return 0;
  const g = p.runq[p.runqhead & (RUNQ_SIZE - 1)] as number;
  p.runqhead++;
  return g;
}

/** `globrunqput`: append at the global tail. */
export function globrunqput(rt: Rt, g: GState, fn: NameLike, reason: NameLike, m = NONE): void {
  rt.st.sched.globq.push(g.id);
  gmoveTo(rt, g, rt.locOf(L1_GLOBRUNQ, 0), toName(fn), toName(reason), m, NONE, AT_TAIL, NO_ARG);
}

/** `globrunqputhead`: push at the global head (only `(*p).destroy`). */
export function globrunqputhead(rt: Rt, g: GState, fn: Name, reason: Name): void {
  const s = rt.st.sched;
  if (s.globhead > 0) s.globq[--s.globhead] = g.id;
  else s.globq.unshift(g.id);
  gmoveTo(rt, g, rt.locOf(L1_GLOBRUNQ, 0), fn, reason, NONE, NONE, AT_HEAD, NO_ARG);
}

function globpop(rt: Rt): number {
  const s = rt.st.sched;
  const g = s.globq[s.globhead] as number;
  s.globhead++;
  if (s.globhead === s.globq.length) {
    s.globq.length = 0;
    s.globhead = 0;
  } else if (s.globhead > 4096 && s.globhead * 2 > s.globq.length) {
    s.globq = s.globq.slice(s.globhead);
    s.globhead = 0;
  }
  return g;
}

/**
 * `globrunqget(pp, max)`: n = min(size/gomaxprocs + 1, size, max if > 0, 128); the first is returned to
 * run, the other n−1 go to pp's ring tail. Returns goid or 0.
 */
export function globrunqget(rt: Rt, p: PState, max: number): number {
  const size = globsize(rt);
  if (size === 0) return 0;
  let n = Math.floor(size / rt.st.gomaxprocs) + 1;
  if (n > size) n = size;
  if (max > 0 && n > max) n = max;
  if (n > RUNQ_SIZE / 2) n = RUNQ_SIZE / 2;
  const first = globpop(rt);
  for (let i = 1; i < n; i++) {
    const g = rt.g(globpop(rt));
    runqput(rt, p, g, false, FN_GLOBRUNQGET, R_GLOBAL_BATCH);
  }
  return first;
}

/**
 * `runqsteal(pp, p2, stealRunNext)` after `runqgrab`: takes ceil(k/2) from the victim's ring head; the newest
 * of the batch is returned to run, the rest go to the thief's ring in order. The runnext case (k == 0) is
 * handled by the caller, which must first usleep(3) if the victim is running. Returns goid or 0.
 */
export function runqsteal(rt: Rt, pp: PState, p2: PState): number {
  const k = runqlen(p2);
  if (k === 0) return 0;
  const n = k - (k >> 1);
  for (let i = 0; i < n - 1; i++) {
    const id = p2.runq[p2.runqhead & (RUNQ_SIZE - 1)] as number;
    p2.runqhead++;
    pp.runq[pp.runqtail & (RUNQ_SIZE - 1)] = id;
    pp.runqtail++;
    const g = rt.g(id);
    gmoveTo(
      rt,
      g,
      rt.locOf(LP_RUNQ, pp.id),
      FN_RUNQSTEAL,
      stolenFromReason(p2.id),
      NONE,
      pp.id,
      AT_TAIL,
      NO_ARG,
    );
  }
  const last = p2.runq[p2.runqhead & (RUNQ_SIZE - 1)] as number;
  p2.runqhead++;
  return last;
}
