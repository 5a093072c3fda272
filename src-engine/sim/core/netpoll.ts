/**
 * The network poller (docs/go-scheduler.md §6): netRead parks a G in netpoll; readiness is noticed only when someone
 * polls (findRunnable step 8, the one blocked netpoll M, sysmon every 10 ms); `injectglist` distributes.
 */
import { AT_NONE } from '../log/EventLog';
import { NONE, type GState, type MState, type PState } from '../state/types';
import { gmove } from './gmove';
import { name } from './names';
import { L_NETPOLL } from './locs';
import { acquirep, npidle, pidleget, setM, startm, stopm, wakep } from './procs';
import { globrunqput, runqput } from './runq';
import { A_FD_READY, A_NETPOLL_WAKE, type Rt } from './Rt';
import { execute, schedule } from './schedule';

/** `netRead(ns)`: park in netpoll ("IO wait"); the fd becomes ready after `ns`. */
export function netRead(rt: Rt, g: GState, m: MState, ns: number): void {
  const s = rt.st.sched;
  s.netpollInited = true;
  s.netpollWaiters++;
  g.waitKind = 'netpoll';
  gmove(rt, g, L_NETPOLL, name('runtime.netpollblock'), name('IO wait'), m.id, m.p);
  g.waitKind = 'netpoll';
  rt.at(rt.st.now + Math.max(1, ns), A_FD_READY, g.id, 0);
  schedule(rt, m);
}

/** The fd of G became ready: queue it for the next netpoll, and wake a blocked poller. */
export function fdReady(rt: Rt, gid: number): void {
  const s = rt.st.sched;
  s.netpollReady.push(gid);
  if (s.netpollM !== NONE) {
    const m = rt.m(s.netpollM);
    rt.mAt(m, rt.st.now, A_NETPOLL_WAKE);
  }
}

/** `netpoll(0)`: returns the ready Gs as a LIFO gList (reverse order of readiness) and marks them runnable. */
export function netpollGrab(rt: Rt): number[] {
  const s = rt.st.sched;
  s.lastpoll = rt.st.now;
  if (s.netpollReady.length === 0) return [];
  const list = s.netpollReady.reverse();
  s.netpollReady = [];
  s.netpollWaiters -= list.length;
  return list;
}

/**
 * `injectglist`: without a P everything goes to the global queue and up to n idle Ps are started; with a P,
 * one G per idle P goes to the global queue (starting those Ps), the rest to this P's ring; then `wakep`.
 */
export function injectglist(rt: Rt, list: number[], pp: PState | null): void {
  if (list.length === 0) return;
  if (pp === null) {
    for (const id of list)
      globrunqput(rt, rt.g(id), 'runtime.injectglist', 'netpoll: ready (no P: global queue)');
    for (let n = list.length; n > 0 && npidle(rt) > 0; n--)
      startm(rt, NONE, false, name('injectglist: start idle P'));
    return;
  }
  const idle = Math.min(npidle(rt), list.length);
  for (let i = 0; i < idle; i++) {
    globrunqput(
      rt,
      rt.g(list[i] as number),
      'runtime.injectglist',
      'netpoll: ready, one per idle P to the global queue',
    );
  }
  for (let i = 0; i < idle; i++) startm(rt, NONE, false, name('injectglist: start idle P'));
  for (let i = idle; i < list.length; i++) {
    runqput(
      rt,
      pp,
      rt.g(list[i] as number),
      false,
      'runtime.runqputbatch',
      'netpoll: ready, to the local ring',
    );
  }
  wakep(rt);
}

/** The blocked netpoll M returns (deadline, fd ready, or break). */
export function netpollWake(rt: Rt, m: MState): void {
  const s = rt.st.sched;
  if (s.netpollM !== m.id) return;
  s.netpollM = NONE;
  s.pollUntil = 0;
  const list = netpollGrab(rt);
  const pid = pidleget(rt);
  if (pid === NONE) {
    setM(rt, m, 'scheduling', name('runtime.findRunnable'), name('netpoll returned, no idle P'));
    injectglist(rt, list, null);
    stopm(rt, m);
    return;
  }
  acquirep(rt, m, pid, name('runtime.findRunnable'));
  if (list.length > 0) {
    const first = list.shift() as number;
    injectglist(rt, list, rt.st.ps[pid] as PState);
    execute(rt, m, first, false);
    return;
  }
  schedule(rt, m);
}

/** Sysmon's poll: if no M is in netpoll and the last poll is > 10 ms old, inject everything globally. */
export function sysmonNetpoll(rt: Rt): void {
  const s = rt.st.sched;
  if (!s.netpollInited || s.netpollM !== NONE || s.lastpoll + 10_000_000 >= rt.st.now) return;
  const list = netpollGrab(rt);
  if (list.length > 0) {
    rt.emitStr(
      'sysmon.netpoll',
      -1,
      -1,
      rt.st.sysmon.m,
      null,
      null,
      'sysmon: netpoll (last poll > 10ms ago)',
      'runtime.sysmon',
      AT_NONE,
    );
    injectglist(rt, list, null);
  }
}
