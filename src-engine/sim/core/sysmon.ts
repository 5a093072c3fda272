/**
 * sysmon (docs/go-scheduler.md §4.1–4.3, §5.2): runs on its own M without a P. Sleeps 20 µs, doubling after 50 idle
 * ticks up to 10 ms; deep-sleeps while every P is idle; polls the network if nobody has for 10 ms; `retake`
 * preempts a G whose P's schedtick has not moved for 10 ms since sysmon's sample and takes Ps back from
 * syscalls.
 */
import { NONE, type PState } from '../state/types';
import { sysmonNetpoll } from './netpoll';
import { futexSleepWakeAt } from './netpollDelay';
import { handoffp, npidle, setP } from './procs';
import { runqempty } from './runq';
import { name } from './names';
import { A_PREEMPT, A_SYSMON, type Rt } from './Rt';
import { earliestTimer } from './timers';

const FN_RETAKE = name('runtime.retake');
const R_RETAKE = name('sysmon retakes P from a syscall');

/** `forcePreemptNS`. */
export const FORCE_PREEMPT_NS = 10_000_000;
/** Longest sysmon sleep, µs. */
export const SYSMON_MAX_DELAY_US = 10_000;
/** Deep-sleep cap (`forcegcperiod / 2`), ns. */
export const SYSMON_DEEP_SLEEP_NS = 60_000_000_000;

/** One sysmon iteration (after its usleep). */
export function sysmonTick(rt: Rt): void {
  const st = rt.st;
  const sm = st.sysmon;
  const s = st.sched;
  const now = st.now;
  // Deep sleep only while the next timer is in the future (`timeSleepUntil() > now`): a timer that expired
  // but has not run yet (its netpoll M sleeps whole milliseconds) leaves sysmon on its usleep cycle.
  const next = s.gcwaiting || npidle(rt) === st.gomaxprocs ? earliestTimer(rt) : -1;
  if (next === 0 || next > now) {
    sm.wait = true;
    rt.emitStr('sysmon', -1, -1, sm.m, null, null, 'sysmon: deep sleep (all Ps idle)', 'runtime.sysmon');
    sm.gen++;
    // notetsleep(&sched.sysmonnote, sleep): a timed futex sleep, so it ends after the kernel's timer slack.
    const untilNs = next !== 0 ? Math.min(next, now + SYSMON_DEEP_SLEEP_NS) : now + SYSMON_DEEP_SLEEP_NS;
    rt.at(futexSleepWakeAt(untilNs, rt.cost.timerSlackNs, rt.cost.threadWakeNs), A_SYSMON, 0, sm.gen);
    return;
  }
  if (sm.wait) sm.wait = false;
  sysmonNetpoll(rt);
  if (retake(rt, now) !== 0) sm.idle = 0;
  else sm.idle++;
  if (sm.idle === 0) sm.delayUs = 20;
  else if (sm.idle > 50) sm.delayUs *= 2;
  if (sm.delayUs > SYSMON_MAX_DELAY_US) sm.delayUs = SYSMON_MAX_DELAY_US;
  sm.gen++;
  rt.at(now + sm.delayUs * 1000, A_SYSMON, 0, sm.gen);
}

/** Wakes sysmon from deep sleep (`entersyscall_sysmon`, `exitsyscallfast_pidle`, startTheWorld). */
export function wakeSysmon(rt: Rt): void {
  const sm = rt.st.sysmon;
  if (!sm.wait) return;
  sm.wait = false;
  sm.idle = 0;
  sm.delayUs = 20;
  sm.gen++;
  rt.at(rt.st.now + sm.delayUs * 1000, A_SYSMON, 0, sm.gen);
}

/** `retake(now)`: returns the number of Ps taken back from syscalls. */
export function retake(rt: Rt, now: number): number {
  const st = rt.st;
  const s = st.sched;
  let n = 0;
  for (let i = 0; i < st.gomaxprocs; i++) {
    const p = st.ps[i] as PState;
    const pd = p.sysmontick;
    let sysretake = false;
    if (p.status === '_Prunning' || p.status === '_Psyscall') {
      if (pd.schedtick !== p.schedtick) {
        pd.schedtick = p.schedtick;
        pd.schedwhen = now;
      } else if (pd.schedwhen + FORCE_PREEMPT_NS <= now) {
        preemptone(rt, p, 'sysmon: same schedtick for 10ms');
        sysretake = true;
      }
    }
    if (p.status === '_Psyscall') {
      if (!sysretake && pd.syscalltick !== p.syscalltick) {
        pd.syscalltick = p.syscalltick;
        pd.syscallwhen = now;
        continue;
      }
      if (runqempty(p) && s.nmspinning + npidle(rt) > 0 && pd.syscallwhen + FORCE_PREEMPT_NS > now) continue;
      setP(rt, p, '_Pidle', NONE, FN_RETAKE, R_RETAKE);
      p.syscalltick++;
      n++;
      handoffp(rt, p);
    }
  }
  return n;
}

/** `preemptone(p)`: request preemption of the G running on P; async preemption stops it shortly after. */
export function preemptone(rt: Rt, p: PState, why: string): void {
  if (p.m === NONE) return;
  const m = rt.m(p.m);
  if (m.curg === NONE) return;
  const g = rt.g(m.curg);
  if (g.status !== '_Grunning' || g.preempt) return;
  g.preempt = true;
  rt.emitStr('preempt', g.id, p.id, m.id, null, null, why, 'runtime.preemptone');
  const t = rt.st.now + rt.cost.preemptSignalNs;
  if (m.busyUntil > t) rt.mAt(m, t, A_PREEMPT);
}
