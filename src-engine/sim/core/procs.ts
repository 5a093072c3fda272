/**
 * P and M bookkeeping: status events, idle lists (LIFO), acquirep/releasep, startm/newm, wakep, handoffp,
 * stopm (docs/go-scheduler.md §3.5, §3.6, §5.3).
 */
import type { MState as MStateName, PStatus } from '../WorldView';
import { AT_NONE } from '../log/EventLog';
import { MAX_THREADS } from '../limits';
import { NONE, type MState, type PState } from '../state/types';
import { checkdead } from './checkdead';
import { globsize, runqempty } from './runq';
import {
  K_M_CREATE,
  K_M_STARTM,
  K_M_STATUS,
  K_P_STATUS,
  M_STATE,
  name,
  NO_NAME,
  P_STATUS,
  type Name,
} from './names';
import { A_MWAKE, type Rt } from './Rt';
import { stwParticipantStopped } from './stw';
import { wakeNetPoller } from './timers';

const FN_PIDLEPUT = name('runtime.pidleput');
const FN_ACQUIREP = name('runtime.acquirep');
const FN_RELEASEP = name('runtime.releasep');
const FN_FINDRUNNABLE = name('runtime.findRunnable');
const FN_NEWM = name('runtime.newm');
const FN_STARTM = name('runtime.startm');
const FN_HANDOFFP = name('runtime.handoffp');
const FN_STOPM = name('runtime.stopm');
const R_P_IDLE = name('P idle');
const R_ACQUIRES_P = name('M acquires P');
const R_ACQUIRED_P = name('acquired a P');
const R_RELEASES_P = name('M releases P');
const R_LOOKING = name('looking for work to steal');
const R_NEW_THREAD = name('new OS thread');
const R_WAKEP = name('wakep: one more spinning M');
const R_HANDED_OFF = name('P handed off');
const R_HANDOFF_WORK = name('handoffp: P has work');
const R_HANDOFF_NO_SPINNING = name('handoffp: no spinning M and no idle P');
const R_HANDOFF_STW = name('stop-the-world pending');
const R_HANDOFF_POLL = name('handoffp: last running P, someone must poll');
const R_M_PARKS = name('M parks');

/** Sets a P's status and owner, emitting one `p.status` event if anything changed. */
export function setP(rt: Rt, p: PState, status: PStatus, m: number, fn: Name, reason: Name): void {
  if (p.status === status && p.m === m) return;
  const from = p.status;
  p.status = status;
  p.m = m;
  rt.emit(K_P_STATUS, -1, p.id, m, P_STATUS[from], P_STATUS[status], reason, fn, AT_NONE, p.schedtick);
}

/** Sets an M's derived state, emitting one `m.status` event carrying its P and G. */
export function setM(rt: Rt, m: MState, state: MStateName, fn: Name, reason: Name): void {
  const from = m.state;
  m.state = state;
  rt.emit(K_M_STATUS, m.curg, m.p, m.id, M_STATE[from], M_STATE[state], reason, fn);
}

/** `pidleput`: P becomes idle and is pushed at the head of the idle list. */
export function pidleput(rt: Rt, p: PState, fn = FN_PIDLEPUT): void {
  setP(rt, p, '_Pidle', NONE, fn, R_P_IDLE);
  rt.st.sched.pidle.push(p.id);
}

/** `pidleget`: pops the most recently idled P, or NONE. */
export function pidleget(rt: Rt): number {
  const id = rt.st.sched.pidle.pop();
  return id === undefined ? NONE : id;
}

export function npidle(rt: Rt): number {
  return rt.st.sched.pidle.length;
}

/** `acquirep`: M takes P (P → `_Prunning`). */
export function acquirep(rt: Rt, m: MState, pid: number, fn = FN_ACQUIREP): void {
  const p = rt.st.ps[pid] as PState;
  m.p = pid;
  setP(rt, p, '_Prunning', m.id, fn, R_ACQUIRES_P);
  setM(rt, m, m.spinning ? 'spinning' : m.curg !== NONE ? 'running' : 'scheduling', fn, R_ACQUIRED_P);
}

/** `releasep`: M drops its P, which becomes `_Pidle` (the caller puts it somewhere). Returns the P id. */
export function releasep(rt: Rt, m: MState, fn = FN_RELEASEP): number {
  const pid = m.p;
  const p = rt.st.ps[pid] as PState;
  m.p = NONE;
  setP(rt, p, '_Pidle', NONE, fn, R_RELEASES_P);
  return pid;
}

/** `becomeSpinning`. */
export function becomeSpinning(rt: Rt, m: MState, fn = FN_FINDRUNNABLE): void {
  m.spinning = true;
  rt.st.sched.nmspinning++;
  setM(rt, m, 'spinning', fn, R_LOOKING);
}

/** `newm`: a new OS thread (fatal above `sched.maxmcount`). */
export function newm(rt: Rt): MState {
  const st = rt.st;
  if (st.sched.mcount >= MAX_THREADS) {
    rt.write(
      -1,
      'stderr',
      `runtime: program exceeds ${MAX_THREADS}-thread limit\nfatal error: thread exhaustion\n`,
    );
    rt.end(2, 'fatal error: thread exhaustion');
  }
  const m: MState = {
    id: st.ms.length,
    state: 'idle',
    p: NONE,
    nextp: NONE,
    oldp: NONE,
    curg: NONE,
    spinning: false,
    lockedg: NONE,
    gen: 0,
    busyUntil: 0,
    stealRound: 0,
    stealStart: 0,
    stealStride: 1,
    stealI: 0,
    stealVictim: NONE,
    exited: false,
  };
  st.ms.push(m);
  st.sched.mcount++;
  rt.emit(K_M_CREATE, -1, -1, m.id, NO_NAME, M_STATE.idle, R_NEW_THREAD, FN_NEWM);
  return m;
}

/**
 * `startm(pp, spinning)`: an idle M (LIFO) or a new thread runs `pp` (or any idle P when NONE). The M starts
 * after the wake (or thread creation) latency.
 */
export function startm(rt: Rt, pid: number, spinning: boolean, reason: Name): void {
  const s = rt.st.sched;
  if (pid === NONE) {
    pid = pidleget(rt);
    if (pid === NONE) {
      if (spinning) s.nmspinning--;
      return;
    }
  }
  const mid = s.midle.pop();
  let m: MState;
  let delay: number;
  if (mid !== undefined) {
    m = rt.m(mid);
    delay = rt.cost.threadWakeNs;
  } else {
    m = newm(rt);
    delay = rt.cost.threadCreateNs;
  }
  m.spinning = spinning;
  m.nextp = pid;
  rt.emit(K_M_STARTM, -1, pid, m.id, NO_NAME, NO_NAME, reason, FN_STARTM);
  rt.mAt(m, rt.st.now + delay, A_MWAKE);
}

/** `wakep`: start one spinning M if none spins and a P is idle; else note `needspinning`. */
export function wakep(rt: Rt): void {
  const s = rt.st.sched;
  if (s.nmspinning !== 0) return;
  s.nmspinning++;
  const pid = pidleget(rt);
  if (pid === NONE) {
    s.nmspinning--;
    s.needspinning = true;
    return;
  }
  startm(rt, pid, true, R_WAKEP);
}

/** `handoffp`: decides what happens to a P whose M left it (§5.3). */
export function handoffp(rt: Rt, p: PState): void {
  const s = rt.st.sched;
  setP(rt, p, '_Pidle', NONE, FN_HANDOFFP, R_HANDED_OFF);
  if (!runqempty(p) || globsize(rt) > 0) {
    startm(rt, p.id, false, R_HANDOFF_WORK);
    return;
  }
  if (s.nmspinning + npidle(rt) === 0) {
    s.nmspinning++;
    s.needspinning = false;
    startm(rt, p.id, true, R_HANDOFF_NO_SPINNING);
    return;
  }
  if (s.gcwaiting) {
    setP(rt, p, '_Pgcstop', NONE, FN_HANDOFFP, R_HANDOFF_STW);
    s.stopwait--;
    stwParticipantStopped(rt);
    return;
  }
  if (npidle(rt) === rt.st.gomaxprocs - 1 && s.netpollM === NONE) {
    startm(rt, p.id, false, R_HANDOFF_POLL);
    return;
  }
  pidleput(rt, p, FN_HANDOFFP);
  if (p.timers.length > 0) {
    const t = rt.st.timers[p.timers[0] as number];
    if (t !== undefined) wakeNetPoller(rt, t.when);
  }
}

/** `stopm`: the M parks on the idle list (LIFO) and `checkdead` runs. */
export function stopm(rt: Rt, m: MState, fn = FN_STOPM): void {
  m.nextp = NONE;
  rt.mCancel(m);
  setM(rt, m, 'idle', fn, R_M_PARKS);
  rt.st.sched.midle.push(m.id);
  checkdead(rt);
}
