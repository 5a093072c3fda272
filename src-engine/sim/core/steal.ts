/**
 * `stealWork` (docs/go-scheduler.md §3.3): 4 rounds over all Ps in a random coprime-stride order; the last round
 * also runs victims' expired timers and may take a victim's runnext after usleep(3).
 */
import { nextU32 } from '../rand/Prng';
import type { MState, PState } from '../state/types';
import { usleepReason } from './locs';
import { runqget, runqlen, runqsteal } from './runq';
import { name, NO_NAME } from './names';
import { A_STEAL_RESUME, type Rt } from './Rt';
import type { FindResult } from './schedule';
import { runTimers } from './timers';

const K_STEAL_USLEEP = name('steal.usleep');
const FN_RUNQGRAB = name('runtime.runqgrab');

/** `stealTries`. */
export const STEAL_TRIES = 4;

const coprimeCache = new Map<number, number[]>();

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Numbers in [1, n] coprime with n (`randomOrder.coprimes`). */
export function coprimes(n: number): number[] {
  let c = coprimeCache.get(n);
  if (!c) {
    c = [];
    for (let i = 1; i <= n; i++) if (gcd(i, n) === 1) c.push(i);
    coprimeCache.set(n, c);
  }
  return c;
}

/** Visit order of one round: start = r % n, stride = coprimes[(r / n) % len]. */
export function stealOrder(n: number, r: number): number[] {
  const cp = coprimes(n);
  const start = r % n;
  const stride = cp[Math.floor(r / n) % cp.length] as number;
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((start + i * stride) % n);
  return out;
}

/**
 * Returns a goid to run (> 0), 0 when nothing was found, -1 when the M is suspended in usleep(3) (it resumes
 * via A_STEAL_RESUME), -2 for new work (a GC is waiting, or a timer ran without giving us a G).
 */
export function stealWork(rt: Rt, m: MState, out: FindResult, resume: boolean): number {
  const st = rt.st;
  const n = st.gomaxprocs;
  const pp = st.ps[m.p] as PState;
  let ranTimer = false;
  let round = 0;
  let start = 0;
  let stride = 1;
  let i0 = 0;
  if (resume) {
    round = m.stealRound;
    start = m.stealStart;
    stride = m.stealStride;
    i0 = m.stealI + 1;
    if (st.sched.gcwaiting) return -2;
    const p2 = st.ps[m.stealVictim] as PState;
    // After usleep(3): CAS the victim's runnext away if it is still there, else retry its ring.
    if (p2.runnext !== 0) {
      const g = p2.runnext;
      p2.runnext = 0;
      out.inherit = false;
      out.extraNs = rt.cost.stealNs;
      return g;
    }
    if (p2.status !== '_Pidle' && runqlen(p2) > 0) {
      const g = runqsteal(rt, pp, p2);
      out.inherit = false;
      out.extraNs = rt.cost.stealNs;
      return g;
    }
  }
  for (; round < STEAL_TRIES; round++) {
    const last = round === STEAL_TRIES - 1;
    if (!(resume && round === m.stealRound)) {
      const r = nextU32(st.rngSteal);
      const cp = coprimes(n);
      // `| 0`: r is a uint32, often beyond V8's small-integer range, and `r % n` would then be a boxed double
      // that turns the M's saved `stealStart` (and every M) into double fields. The value (< n) is unchanged.
      start = (r % n) | 0;
      stride = cp[Math.floor(r / n) % cp.length] as number;
      i0 = 0;
    }
    for (let i = i0; i < n; i++) {
      if (st.sched.gcwaiting) return -2;
      const pid = (start + i * stride) % n;
      if (pid === pp.id) continue;
      const p2 = st.ps[pid] as PState;
      if (last && p2.timers.length > 0) {
        if (runTimers(rt, p2, pp, m.id) > 0) {
          ranTimer = true;
          const g = runqget(pp, out);
          if (g !== 0) return g;
        }
      }
      if (p2.status === '_Pidle') continue;
      const g = runqsteal(rt, pp, p2);
      if (g !== 0) {
        out.inherit = false;
        out.extraNs = rt.cost.stealNs;
        return g;
      }
      if (last && p2.runnext !== 0) {
        if (p2.status === '_Prunning') {
          m.stealRound = round;
          m.stealStart = start;
          m.stealStride = stride;
          m.stealI = i;
          m.stealVictim = pid;
          rt.emit(K_STEAL_USLEEP, -1, pp.id, m.id, NO_NAME, NO_NAME, usleepReason(pid), FN_RUNQGRAB);
          rt.mAt(m, st.now + rt.cost.usleep3Ns, A_STEAL_RESUME);
          return -1;
        }
        const gid = p2.runnext;
        p2.runnext = 0;
        out.inherit = false;
        out.extraNs = rt.cost.stealNs;
        return gid;
      }
    }
  }
  return ranTimer ? -2 : 0;
}
