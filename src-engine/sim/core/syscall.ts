/**
 * Blocking system calls (go-scheduler.md §5): `entersyscall` detaches the P (`_Psyscall`) without releasing
 * it; sysmon may retake it; `exitsyscall` takes the old P, else an idle P (fast paths, no scheduling), else
 * queues the G globally and parks the M (slow path).
 */
import { NONE, type GState, type MState, type PState } from '../state/types';
import { gmove } from './gmove';
import { runningLoc, syscallLoc } from './locs';
import { stoplockedm } from './lockosthread';
import { pidleget, setP, stopm } from './procs';
import { globrunqput } from './runq';
import { A_MRUN, A_SYSCALL_DONE, type Rt } from './Rt';
import { stwParticipantStopped } from './stw';
import { wakeSysmon } from './sysmon';

/** `entersyscall` (`reentersyscall`). */
export function entersyscall(rt: Rt, g: GState, m: MState, ns: number): void {
  const s = rt.st.sched;
  const p = rt.st.ps[m.p] as PState;
  m.oldp = p.id;
  gmove(rt, g, syscallLoc(m.id), 'runtime.entersyscall', 'blocking syscall', m.id, p.id);
  if (s.gcwaiting) {
    setP(rt, p, '_Pgcstop', NONE, 'runtime.entersyscall_gcwait', 'stop-the-world pending');
    s.stopwait--;
    stwParticipantStopped(rt);
  } else setP(rt, p, '_Psyscall', NONE, 'runtime.reentersyscall', 'P detached, M in the kernel');
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
    setP(rt, oldp, '_Prunning', m.id, 'runtime.exitsyscallfast', 'same P re-wired');
    oldp.syscalltick++;
    gmove(rt, g, runningLoc(oldp.id), 'runtime.exitsyscall', 'exitsyscall fast path (own P)', m.id, oldp.id);
    rt.mAt(m, st.now + rt.cost.statementStepNs, A_MRUN);
    return;
  }
  if (!s.gcwaiting) {
    const pid = pidleget(rt);
    if (pid !== NONE) {
      const p = st.ps[pid] as PState;
      m.p = pid;
      setP(rt, p, '_Prunning', m.id, 'runtime.exitsyscallfast_pidle', 'idle P acquired');
      p.syscalltick++;
      gmove(rt, g, runningLoc(pid), 'runtime.exitsyscall', 'exitsyscall fast path (idle P)', m.id, pid);
      wakeSysmon(rt);
      rt.mAt(m, st.now + rt.cost.statementStepNs, A_MRUN);
      return;
    }
  }
  globrunqput(rt, g, 'runtime.exitsyscall0', 'exitsyscall slow path: no P', m.id);
  if (m.lockedg !== NONE) stoplockedm(rt, m);
  else stopm(rt, m, 'runtime.exitsyscall0');
}
