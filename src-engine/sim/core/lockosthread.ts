/**
 * LockOSThread (docs/go-scheduler.md §9.2): a blocked locked G parks its M (locked-idle) and hands the P off; the
 * M that later picks the G gives it its own P (`startlockedm`) and parks; a G exiting while locked takes its
 * thread with it (M0 is wedged instead).
 */
import { AT_NONE } from '../log/EventLog';
import { NONE, type GState, type MState, type PState } from '../state/types';
import { checkdead } from './checkdead';
import { gmove } from './gmove';
import { name } from './names';
import { nextgLoc } from './locs';
import { handoffp, releasep, setM, stopm } from './procs';
import { A_MWAKE, type Rt } from './Rt';

export function lockOSThread(rt: Rt, g: GState, m: MState): void {
  g.lockedExt++;
  g.lockedm = m.id;
  m.lockedg = g.id;
  rt.emitStr('m.lock', g.id, m.p, m.id, null, null, 'LockOSThread', 'runtime.LockOSThread');
}

export function unlockOSThread(rt: Rt, g: GState, m: MState): void {
  if (g.lockedExt === 0) return;
  g.lockedExt--;
  if (g.lockedExt > 0) return;
  g.lockedm = NONE;
  m.lockedg = NONE;
  rt.emitStr('m.unlock', g.id, m.p, m.id, null, null, 'UnlockOSThread', 'runtime.UnlockOSThread');
}

/** `stoplockedm`: hand the P off and park until the locked G is runnable again. */
export function stoplockedm(rt: Rt, m: MState): void {
  if (m.p !== NONE) {
    const pid = releasep(rt, m, name('runtime.stoplockedm'));
    handoffp(rt, rt.st.ps[pid] as PState);
  }
  rt.st.sched.nmidlelocked++;
  rt.mCancel(m);
  setM(rt, m, 'locked-idle', name('runtime.stoplockedm'), name('locked thread waits for its goroutine'));
  checkdead(rt);
}

/** `startlockedm`: give this M's P to the G's locked M, and park this M. */
export function startlockedm(rt: Rt, m: MState, g: GState): void {
  const mp = rt.m(g.lockedm);
  rt.st.sched.nmidlelocked--;
  const pid = releasep(rt, m, name('runtime.startlockedm'));
  mp.nextp = pid;
  const why = name('handed to its locked thread');
  gmove(rt, g, nextgLoc(mp.id), name('runtime.startlockedm'), why, NONE, pid, AT_NONE);
  rt.emitStr(
    'm.startm',
    -1,
    pid,
    mp.id,
    null,
    null,
    'startlockedm: P moves to the locked thread',
    'runtime.startlockedm',
  );
  rt.mAt(mp, rt.st.now + rt.cost.threadWakeNs, A_MWAKE);
  stopm(rt, m, name('runtime.startlockedm'));
}

/** A G exits while locked: its thread exits (`mexit`); M0 cannot exit and is wedged. */
export function exitLockedThread(rt: Rt, m: MState): void {
  const s = rt.st.sched;
  m.lockedg = NONE;
  if (m.p !== NONE) {
    const pid = releasep(rt, m, name('runtime.mexit'));
    handoffp(rt, rt.st.ps[pid] as PState);
  }
  rt.mCancel(m);
  s.mcount--;
  if (m.id === 0) {
    // M0 is wedged: parks forever, counted as freed.
    setM(rt, m, 'locked-idle', name('runtime.mexit'), name('M0 cannot exit: wedged'));
  } else {
    m.exited = true;
    rt.emitStr(
      'm.exit',
      -1,
      -1,
      m.id,
      m.state,
      null,
      'goroutine exited while locked: thread exits',
      'runtime.mexit',
    );
  }
  checkdead(rt);
}
