/**
 * Blocking system calls (docs/go-scheduler.md §5): `entersyscall` detaches the P (`_Psyscall`) without releasing
 * it; sysmon may retake it; `exitsyscall` takes the old P, else an idle P (fast paths, no scheduling), else
 * queues the G globally and parks the M (slow path).
 */
import { NONE, type GState, type MState, type PState } from '../state/types';
import { AT_NONE, NO_ARG } from '../log/EventLog';
import { gmoveTo } from './gmove';
import { stoplockedm } from './lockosthread';
import { name } from './names';
import { pidleget, setP, stopm } from './procs';
import { globrunqput } from './runq';
import { LM_SYSCALL, LP_RUNNING } from './locInfo';
import { A_MRUN, A_SYSCALL_DONE, type Rt } from './Rt';
import { stwParticipantStopped } from './stw';
import { wakeSysmon } from './sysmon';

const FN_ENTERSYSCALL = name('runtime.entersyscall');
const FN_ENTERSYSCALL_GCWAIT = name('runtime.entersyscall_gcwait');
const FN_REENTERSYSCALL = name('runtime.reentersyscall');
const FN_EXITSYSCALL = name('runtime.exitsyscall');
const FN_EXITSYSCALLFAST = name('runtime.exitsyscallfast');
const FN_EXITSYSCALLFAST_PIDLE = name('runtime.exitsyscallfast_pidle');
const FN_EXITSYSCALL0 = name('runtime.exitsyscall0');
const R_BLOCKING = name('blocking syscall');
const R_STW_PENDING = name('stop-the-world pending');
const R_DETACHED = name('P detached, M in the kernel');
const R_SAME_P = name('same P re-wired');
const R_FAST_OWN = name('exitsyscall fast path (own P)');
const R_IDLE_P = name('idle P acquired');
const R_FAST_IDLE = name('exitsyscall fast path (idle P)');
const R_SLOW = name('exitsyscall slow path: no P');

/** `entersyscall` (`reentersyscall`). */
export function entersyscall(rt: Rt, g: GState, m: MState, ns: number): void {
  const s = rt.st.sched;
  const p = rt.st.ps[m.p] as PState;
  m.oldp = p.id;
  gmoveTo(rt, g, rt.locOf(LM_SYSCALL, m.id), FN_ENTERSYSCALL, R_BLOCKING, m.id, p.id, AT_NONE, NO_ARG);
  if (s.gcwaiting) {
    setP(rt, p, '_Pgcstop', NONE, FN_ENTERSYSCALL_GCWAIT, R_STW_PENDING);
    s.stopwait--;
    stwParticipantStopped(rt);
  } else setP(rt, p, '_Psyscall', NONE, FN_REENTERSYSCALL, R_DETACHED);
  wakeSysmon(rt);
  rt.mAt(m, rt.st.now + rt.cost.syscallEntryNs + Math.max(0, ns), A_SYSCALL_DONE);
}

/** `exitsyscall`. */
export function exitsyscall(rt: Rt, m: MState): void {
  const st = rt.st;
  const s = st.sched;
  const g = rt.g(m.curg);
  const oldp = m.oldp === NONE ? undefined : st.ps[m.oldp];
  m.oldp = NONE;
  if (!s.gcwaiting && oldp !== undefined && oldp.status === '_Psyscall') {
    m.p = oldp.id;
    setP(rt, oldp, '_Prunning', m.id, FN_EXITSYSCALLFAST, R_SAME_P);
    oldp.syscalltick++;
    const to = rt.locOf(LP_RUNNING, oldp.id);
    gmoveTo(rt, g, to, FN_EXITSYSCALL, R_FAST_OWN, m.id, oldp.id, AT_NONE, NO_ARG);
    rt.mAt(m, st.now + rt.cost.statementStepNs, A_MRUN);
    return;
  }
  if (!s.gcwaiting) {
    const pid = pidleget(rt);
    if (pid !== NONE) {
      const p = st.ps[pid] as PState;
      m.p = pid;
      setP(rt, p, '_Prunning', m.id, FN_EXITSYSCALLFAST_PIDLE, R_IDLE_P);
      p.syscalltick++;
      const to = rt.locOf(LP_RUNNING, pid);
      gmoveTo(rt, g, to, FN_EXITSYSCALL, R_FAST_IDLE, m.id, pid, AT_NONE, NO_ARG);
      wakeSysmon(rt);
      rt.mAt(m, st.now + rt.cost.statementStepNs, A_MRUN);
      return;
    }
  }
  globrunqput(rt, g, FN_EXITSYSCALL0, R_SLOW, m.id);
  if (m.lockedg !== NONE) stoplockedm(rt, m);
  else stopm(rt, m, FN_EXITSYSCALL0);
}
