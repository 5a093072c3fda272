/**
 * Stop-the-world and start-the-world (docs/go-scheduler.md §9.6), and `procresize` (§9.1) for GOMAXPROCS.
 */
import { stwReason } from '../view/gview';
import { AT_NONE } from '../log/EventLog';
import { NONE, type MState, type PState } from '../state/types';
import { gmove } from './gmove';
import { name } from './names';
import { runningLoc } from './locs';
import { injectglist, netpollGrab } from './netpoll';
import { acquirep, pidleput, setP, startm, wakep } from './procs';
import { globrunqputhead, RUNQ_SIZE, runqempty } from './runq';
import { A_MRUN, A_STW_DONE, A_STW_REPREEMPT, A_SYSMON, type Rt } from './Rt';
import { preemptone } from './sysmon';
import { takeTimers } from './timers';

/** Creates a fresh P (`p.init`): `_Pgcstop`. */
export function newP(id: number): PState {
  return {
    id,
    status: '_Pgcstop',
    m: NONE,
    runq: new Int32Array(RUNQ_SIZE),
    runqhead: 0,
    runqtail: 0,
    runnext: 0,
    schedtick: 0,
    syscalltick: 0,
    sysmontick: { schedtick: 0, schedwhen: 0, syscalltick: 0, syscallwhen: 0 },
    timers: [],
    goidcache: 0,
    goidcacheend: 0,
  };
}

/** `stopTheWorldWithSema`: the initiating G keeps its M; every other P stops. */
export function stopTheWorld(rt: Rt, m: MState, kind: 'gc' | 'gomaxprocs', newprocs: number): void {
  const st = rt.st;
  const s = st.sched;
  s.gcwaiting = true;
  s.stwM = m.id;
  s.stwKind = kind;
  s.newprocs = newprocs;
  s.stopwait = st.gomaxprocs;
  rt.emitStr('stw', -1, m.p, m.id, null, null, stwReason(kind), 'runtime.stopTheWorldWithSema');
  rt.mCancel(m);
  const own = st.ps[m.p] as PState;
  setP(rt, own, '_Pgcstop', m.id, name('runtime.stopTheWorldWithSema'), name('stop-the-world initiator'));
  s.stopwait--;
  for (let i = 0; i < st.gomaxprocs; i++) {
    const p = st.ps[i] as PState;
    if (p === own) continue;
    if (p.status === '_Psyscall') {
      setP(rt, p, '_Pgcstop', NONE, name('runtime.stopTheWorldWithSema'), name('P in syscall stopped'));
      s.stopwait--;
    } else if (p.status === '_Prunning') preemptone(rt, p, 'stop-the-world: preemptall');
  }
  while (s.pidle.length > 0) {
    const p = st.ps[s.pidle.pop() as number] as PState;
    setP(rt, p, '_Pgcstop', NONE, name('runtime.stopTheWorldWithSema'), name('idle P stopped'));
    s.stopwait--;
  }
  if (s.stopwait > 0) rt.mAt(m, st.now + STW_REPREEMPT_NS, A_STW_REPREEMPT);
  stwParticipantStopped(rt);
}

/** The initiator waits in 100 µs slices, preempting every running P again after each. */
export const STW_REPREEMPT_NS = 100_000;

/** A_STW_REPREEMPT: the world is still not stopped: `preemptall` again. */
export function stwRepreempt(rt: Rt, m: MState): void {
  const st = rt.st;
  if (!st.sched.gcwaiting || st.sched.stopwait <= 0) return;
  for (let i = 0; i < st.gomaxprocs; i++) {
    const p = st.ps[i] as PState;
    if (p.status === '_Prunning' && p.m !== m.id) preemptone(rt, p, 'stop-the-world: preemptall again');
  }
  rt.mAt(m, st.now + STW_REPREEMPT_NS, A_STW_REPREEMPT);
}

/** Called whenever a P reaches `_Pgcstop`; when all have, the pause starts. */
export function stwParticipantStopped(rt: Rt): void {
  const s = rt.st.sched;
  if (!s.gcwaiting || s.stopwait > 0 || s.stwM === NONE) return;
  const m = rt.m(s.stwM);
  const dur = s.stwKind === 'gc' ? rt.cost.gcStwNs : rt.cost.gomaxprocsStwNs;
  s.stwStopped = true;
  rt.emitStr('stw.stopped', -1, m.p, m.id, null, null, 'world stopped', 'runtime.stopTheWorldWithSema');
  rt.mAt(m, rt.st.now + dur, A_STW_DONE);
}

/** `startTheWorldWithSema`: procresize, restart Ps with work, wake sysmon, `wakep`; the initiator continues. */
export function startTheWorld(rt: Rt, m: MState): void {
  const st = rt.st;
  const s = st.sched;
  const n = s.stwKind === 'gomaxprocs' ? s.newprocs : st.gomaxprocs;
  const runnable = procresize(rt, m, n);
  s.gcwaiting = false;
  s.stwM = NONE;
  s.stwKind = '';
  s.stwStopped = false;
  rt.emitStr('stw.start', -1, m.p, m.id, null, null, 'start the world', 'runtime.startTheWorldWithSema');
  const list = netpollGrab(rt);
  injectglist(rt, list, null);
  for (const pid of runnable) startm(rt, pid, false, name('startTheWorld: P has work'));
  if (st.sysmon.wait) {
    st.sysmon.wait = false;
    st.sysmon.idle = 0;
    st.sysmon.delayUs = 20;
    st.sysmon.gen++;
    rt.at(st.now, A_SYSMON, 0, st.sysmon.gen);
  }
  wakep(rt);
  rt.mAt(m, st.now + rt.cost.statementStepNs, A_MRUN);
}

/**
 * `procresize(n)`: grows or shrinks allp; destroyed Ps push their ring (from the tail backwards) then runnext
 * to the global HEAD and give their timers to the current P; Ps n-1..0 become idle (LIFO, so P0 is handed out
 * first) or runnable. Returns the runnable P ids.
 */
export function procresize(rt: Rt, m: MState, n: number): number[] {
  const st = rt.st;
  const old = st.gomaxprocs;
  if (n !== old) {
    rt.emitStr(
      'gomaxprocs',
      -1,
      -1,
      m.id,
      String(old),
      String(n),
      `GOMAXPROCS ${old} → ${n}`,
      'runtime.procresize',
      AT_NONE,
      n,
    );
    for (let i = st.ps.length; i < n; i++) st.ps.push(newP(i));
    for (let i = old; i < n; i++)
      setP(rt, st.ps[i] as PState, '_Pgcstop', NONE, name('runtime.procresize'), name('new P'));
  }
  // Current M keeps its P if it survives, else switches to P0.
  if (m.p >= n) {
    const oldp = st.ps[m.p] as PState;
    if (m.curg !== NONE)
      gmove(rt, rt.g(m.curg), runningLoc(0), name('runtime.procresize'), name('moved to P0'), m.id, 0);
    m.p = NONE;
    setP(rt, oldp, '_Pgcstop', NONE, name('runtime.procresize'), name('current P removed'));
    acquirep(rt, m, 0, name('runtime.procresize'));
  } else
    setP(rt, st.ps[m.p] as PState, '_Prunning', m.id, name('runtime.procresize'), name('current P kept'));
  const cur = st.ps[m.p] as PState;
  for (let i = n; i < old; i++) destroyP(rt, st.ps[i] as PState, cur);
  st.gomaxprocs = n;
  const runnable: number[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const p = st.ps[i] as PState;
    if (p === cur) continue;
    if (runqempty(p)) pidleput(rt, p, name('runtime.procresize'));
    else {
      setP(rt, p, '_Pidle', NONE, name('runtime.procresize'), name('P has work'));
      runnable.push(p.id);
    }
  }
  return runnable;
}

const FN_DESTROY = name('runtime.(*p).destroy');

/** `(*p).destroy`. */
function destroyP(rt: Rt, p: PState, cur: PState): void {
  while (p.runqtail !== p.runqhead) {
    p.runqtail--;
    const id = p.runq[p.runqtail & (RUNQ_SIZE - 1)] as number;
    globrunqputhead(rt, rt.g(id), FN_DESTROY, name(`P${p.id} destroyed: ring to the global head`));
  }
  if (p.runnext !== 0) {
    const id = p.runnext;
    p.runnext = 0;
    globrunqputhead(rt, rt.g(id), FN_DESTROY, name(`P${p.id} destroyed: runnext to the global head`));
  }
  takeTimers(rt, p, cur);
  p.schedtick = 0;
  setP(rt, p, '_Pdead', NONE, FN_DESTROY, name('beyond GOMAXPROCS'));
}
