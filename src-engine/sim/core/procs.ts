/**
 * P and M bookkeeping: status events, idle lists (LIFO), acquirep/releasep, startm/newm, wakep, handoffp,
 * stopm (go-scheduler.md §3.5, §3.6, §5.3).
 */
import type { MState as MStateName, PStatus } from '../WorldView';
import { AT_NONE } from '../log/EventLog';
import { MAX_THREADS } from '../limits';
import { NONE, type MState, type PState } from '../state/types';
import { checkdead } from './checkdead';
import { globsize, runqempty } from './runq';
import { A_MWAKE, type Rt } from './Rt';
import { stwParticipantStopped } from './stw';
import { wakeNetPoller } from './timers';

/** Sets a P's status and owner, emitting one `p.status` event if anything changed. */
export function setP(rt: Rt, p: PState, status: PStatus, m: number, fn: string, reason: string): void {
  if (p.status === status && p.m === m) return;
  const from = p.status;
  p.status = status;
  p.m = m;
  rt.emit('p.status', -1, p.id, m, from, status, reason, fn, AT_NONE, p.schedtick);
}

/** Sets an M's derived state, emitting one `m.status` event carrying its P and G. */
export function setM(rt: Rt, m: MState, state: MStateName, fn: string, reason: string): void {
  const from = m.state;
  m.state = state;
  rt.emit('m.status', m.curg, m.p, m.id, from, state, reason, fn);
}

/** `pidleput`: P becomes idle and is pushed at the head of the idle list. */
export function pidleput(rt: Rt, p: PState, fn = 'runtime.pidleput'): void {
  setP(rt, p, '_Pidle', NONE, fn, 'P idle');
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
export function acquirep(rt: Rt, m: MState, pid: number, fn = 'runtime.acquirep'): void {
  const p = rt.st.ps[pid] as PState;
  m.p = pid;
  setP(rt, p, '_Prunning', m.id, fn, 'M acquires P');
  setM(rt, m, m.spinning ? 'spinning' : m.curg !== NONE ? 'running' : 'scheduling', fn, 'acquired a P');
}

/** `releasep`: M drops its P, which becomes `_Pidle` (the caller puts it somewhere). Returns the P id. */
export function releasep(rt: Rt, m: MState, fn = 'runtime.releasep'): number {
  const pid = m.p;
  const p = rt.st.ps[pid] as PState;
  m.p = NONE;
  setP(rt, p, '_Pidle', NONE, fn, 'M releases P');
  return pid;
}

/** `becomeSpinning`. */
export function becomeSpinning(rt: Rt, m: MState, fn = 'runtime.findRunnable'): void {
  m.spinning = true;
  rt.st.sched.nmspinning++;
  setM(rt, m, 'spinning', fn, 'looking for work to steal');
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
  rt.emit('m.create', -1, -1, m.id, null, 'idle', 'new OS thread', 'runtime.newm');
  return m;
}

/**
 * `startm(pp, spinning)`: an idle M (LIFO) or a new thread runs `pp` (or any idle P when NONE). The M starts
 * after the wake (or thread creation) latency.
 */
export function startm(rt: Rt, pid: number, spinning: boolean, reason: string): void {
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
  rt.emit('m.startm', -1, pid, m.id, null, null, reason, 'runtime.startm');
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
  startm(rt, pid, true, 'wakep: one more spinning M');
}

/** `handoffp`: decides what happens to a P whose M left it (§5.3). */
export function handoffp(rt: Rt, p: PState): void {
  const s = rt.st.sched;
  setP(rt, p, '_Pidle', NONE, 'runtime.handoffp', 'P handed off');
  if (!runqempty(p) || globsize(rt) > 0) {
    startm(rt, p.id, false, 'handoffp: P has work');
    return;
  }
  if (s.nmspinning + npidle(rt) === 0) {
    s.nmspinning++;
    s.needspinning = false;
    startm(rt, p.id, true, 'handoffp: no spinning M and no idle P');
    return;
  }
  if (s.gcwaiting) {
    setP(rt, p, '_Pgcstop', NONE, 'runtime.handoffp', 'stop-the-world pending');
    s.stopwait--;
    stwParticipantStopped(rt);
    return;
  }
  if (npidle(rt) === rt.st.gomaxprocs - 1 && s.netpollM === NONE) {
    startm(rt, p.id, false, 'handoffp: last running P, someone must poll');
    return;
  }
  pidleput(rt, p, 'runtime.handoffp');
  if (p.timers.length > 0) {
    const t = rt.st.timers[p.timers[0] as number];
    if (t !== undefined) wakeNetPoller(rt, t.when);
  }
}

/** `stopm`: the M parks on the idle list (LIFO) and `checkdead` runs. */
export function stopm(rt: Rt, m: MState, fn = 'runtime.stopm'): void {
  m.nextp = NONE;
  rt.mCancel(m);
  setM(rt, m, 'idle', fn, 'M parks');
  rt.st.sched.midle.push(m.id);
  checkdead(rt);
}
