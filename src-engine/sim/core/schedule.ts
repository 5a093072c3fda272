/**
 * `schedule`, `findRunnable` (the runtime's exact order of checks, docs/go-scheduler.md §3.2), `execute`,
 * `resetspinning` and `gcstopm`.
 */
import { AT_NONE } from '../log/EventLog';
import { NONE, type MState, type PState } from '../state/types';
import { gmoveTo } from './gmove';
import { injectglist, netpollGrab } from './netpoll';
import { netpollWakeAt } from './netpollDelay';
import {
  acquirep,
  becomeSpinning,
  npidle,
  pidleget,
  pidleput,
  releasep,
  setM,
  setP,
  stopm,
  wakep,
} from './procs';
import { globrunqget, globsize, runqempty, runqget } from './runq';
import { name } from './names';
import { LP_RUNNING } from './locInfo';
import { A_MRUN, A_NETPOLL_WAKE, type Rt } from './Rt';
import { stealWork } from './steal';
import { earliestTimer, nextWhen, runTimers } from './timers';
import { startlockedm, stoplockedm } from './lockosthread';
import { stwParticipantStopped } from './stw';

const FN_EXECUTE = name('runtime.execute');
const FN_RESETSPINNING = name('runtime.resetspinning');
const FN_GCSTOPM = name('runtime.gcstopm');
const FN_FINDRUNNABLE = name('runtime.findRunnable');
const FN_CHECKRUNQSNOP = name('runtime.checkRunqsNoP');
const FN_NETPOLL = name('runtime.netpoll');
const R_EXECUTE = name('execute');
const R_EXECUTE_INHERIT = name('execute (inheritTime: continues the slice)');
const R_STOP_SPINNING = name('found work: stop spinning');
const R_STW = name('stop-the-world');
const R_RECHECK = name('stop spinning, recheck');
const R_NETPOLL_BLOCK = name('block in netpoll');
const R_NETPOLL_UNTIL = name('block in netpoll until the next timer');

/** Result slot of findRunnable. */
export interface FindResult {
  inherit: boolean;
  /** Extra delay before the G starts (steal cost), ns. */
  extraNs: number;
}

const fr: FindResult = { inherit: false, extraNs: 0 };

/** `schedule()`: the M (holding a P) finds a G and runs it, or blocks. */
export function schedule(rt: Rt, m: MState, resumeSteal = false): void {
  if (rt.st.ended) return;
  if (m.lockedg !== NONE && m.curg === NONE) {
    stoplockedm(rt, m);
    return;
  }
  fr.inherit = false;
  fr.extraNs = 0;
  const gid = findRunnable(rt, m, fr, resumeSteal);
  if (gid === 0) return;
  if (m.spinning) resetspinning(rt, m);
  const g = rt.g(gid);
  if (g.lockedm !== NONE && g.lockedm !== m.id) {
    startlockedm(rt, m, g);
    return;
  }
  execute(rt, m, gid, fr.inherit, fr.extraNs);
}

/** `execute(gp, inheritTime)`: G runs; schedtick++ unless inheriting the slice (runnext). */
export function execute(rt: Rt, m: MState, gid: number, inherit: boolean, extraNs = 0): void {
  const p = rt.st.ps[m.p] as PState;
  const g = rt.g(gid);
  if (!inherit) p.schedtick++;
  g.preempt = false;
  gmoveTo(
    rt,
    g,
    rt.locOf(LP_RUNNING, p.id),
    FN_EXECUTE,
    inherit ? R_EXECUTE_INHERIT : R_EXECUTE,
    m.id,
    p.id,
    AT_NONE,
    p.schedtick,
  );
  m.busyUntil = rt.st.now + rt.cost.contextSwitchNs + extraNs;
  rt.mAt(m, m.busyUntil, A_MRUN);
}

/** `resetspinning`: leave spinning and `wakep` so the next M may start (the wake-up chain). */
export function resetspinning(rt: Rt, m: MState): void {
  m.spinning = false;
  rt.st.sched.nmspinning--;
  setM(rt, m, 'scheduling', FN_RESETSPINNING, R_STOP_SPINNING);
  wakep(rt);
}

/** `gcstopm`: during stop-the-world the M's P → `_Pgcstop` and the M parks. */
export function gcstopm(rt: Rt, m: MState): void {
  const s = rt.st.sched;
  if (m.spinning) {
    m.spinning = false;
    s.nmspinning--;
  }
  const p = rt.st.ps[m.p] as PState;
  m.p = NONE;
  setP(rt, p, '_Pgcstop', NONE, FN_GCSTOPM, R_STW);
  stopm(rt, m, FN_GCSTOPM);
  s.stopwait--;
  stwParticipantStopped(rt);
}

/**
 * `findRunnable`: returns a goid (with `out.inherit`) or 0 when the M blocked (parked, in netpoll, stopped for
 * GC, or suspended in usleep(3) during a steal).
 */
export function findRunnable(rt: Rt, m: MState, out: FindResult, resumeSteal: boolean): number {
  const st = rt.st;
  const s = st.sched;
  for (;;) {
    const pp = st.ps[m.p] as PState;
    let pollUntil = 0;
    let scannedAll = false;
    if (!resumeSteal) {
      // 0. stop-the-world
      if (s.gcwaiting) {
        gcstopm(rt, m);
        return 0;
      }
      // 1. own timers
      runTimers(rt, pp, pp, m.id);
      pollUntil = nextWhen(rt, pp);
      // 4. fairness: one G from the global head every 61st schedtick
      if (pp.schedtick % 61 === 0 && globsize(rt) > 0) {
        out.inherit = false;
        return globrunqget(rt, pp, 1);
      }
      // 6. local
      const g = runqget(pp, out);
      if (g !== 0) return g;
      // 7. global
      if (globsize(rt) > 0) {
        out.inherit = false;
        return globrunqget(rt, pp, 0);
      }
      // 8. non-blocking netpoll
      if (s.netpollInited && s.netpollWaiters > 0 && s.netpollM === NONE) {
        const list = netpollGrab(rt);
        if (list.length > 0) {
          const first = list.shift() as number;
          injectglist(rt, list, pp);
          out.inherit = false;
          return first;
        }
      }
    }
    // 9. steal
    let newWork = false;
    if (resumeSteal || m.spinning || 2 * s.nmspinning < st.gomaxprocs - npidle(rt)) {
      if (!m.spinning) becomeSpinning(rt, m);
      const r = stealWork(rt, m, out, resumeSteal);
      resumeSteal = false;
      scannedAll = true;
      if (r > 0) return r;
      if (r === -1) return 0;
      if (r === -2) newWork = true;
    }
    resumeSteal = false;
    if (newWork) continue;
    // 11. release P (rechecks under sched.lock)
    if (s.gcwaiting) continue;
    if (globsize(rt) > 0) {
      out.inherit = false;
      return globrunqget(rt, pp, 0);
    }
    if (s.needspinning && !m.spinning) {
      s.needspinning = false;
      becomeSpinning(rt, m);
      continue;
    }
    releasep(rt, m, FN_FINDRUNNABLE);
    pidleput(rt, pp, FN_FINDRUNNABLE);
    const wasSpinning = m.spinning;
    if (m.spinning) {
      // 12. the delicate dance: drop spinning, then recheck everything.
      m.spinning = false;
      s.nmspinning--;
      setM(rt, m, 'scheduling', FN_FINDRUNNABLE, R_RECHECK);
      if (globsize(rt) > 0) {
        const p2 = pidleget(rt);
        if (p2 !== NONE) {
          acquirep(rt, m, p2, FN_FINDRUNNABLE);
          becomeSpinning(rt, m);
          out.inherit = false;
          return globrunqget(rt, st.ps[p2] as PState, 0);
        }
      }
      let again = false;
      for (const p of st.ps) {
        if (p.id >= st.gomaxprocs || p.status === '_Pidle' || runqempty(p)) continue;
        const p2 = pidleget(rt);
        if (p2 !== NONE) {
          acquirep(rt, m, p2, FN_CHECKRUNQSNOP);
          becomeSpinning(rt, m);
          again = true;
        }
        break;
      }
      if (again) continue;
    }
    if (wasSpinning || scannedAll) {
      const w = earliestTimer(rt);
      if (w !== 0 && (pollUntil === 0 || w < pollUntil)) pollUntil = w;
    }
    // 13. blocking netpoll: only one M, until the earliest timer (forever if none).
    if (s.netpollInited && (s.netpollWaiters > 0 || pollUntil !== 0) && s.netpollM === NONE) {
      s.netpollM = m.id;
      s.pollUntil = pollUntil;
      setM(rt, m, 'netpoll', FN_NETPOLL, pollUntil === 0 ? R_NETPOLL_BLOCK : R_NETPOLL_UNTIL);
      rt.mCancel(m);
      if (s.netpollReady.length > 0) rt.mAt(m, st.now, A_NETPOLL_WAKE);
      else if (pollUntil !== 0)
        rt.mAt(
          m,
          netpollWakeAt(st.now, pollUntil, rt.cost.timerSlackNs, rt.cost.threadWakeNs),
          A_NETPOLL_WAKE,
        );
      return 0;
    }
    if (pollUntil !== 0 && s.netpollM !== NONE && (s.pollUntil === 0 || pollUntil < s.pollUntil)) {
      s.pollUntil = pollUntil;
      const pm = rt.m(s.netpollM);
      rt.emitStr(
        'netpoll.break',
        -1,
        -1,
        pm.id,
        null,
        null,
        'earlier timer: re-arm the blocked netpoll',
        'runtime.netpollBreak',
      );
      rt.mAt(
        pm,
        netpollWakeAt(st.now, pollUntil, rt.cost.timerSlackNs, rt.cost.threadWakeNs),
        A_NETPOLL_WAKE,
      );
    }
    // 14. park
    stopm(rt, m);
    return 0;
  }
}
