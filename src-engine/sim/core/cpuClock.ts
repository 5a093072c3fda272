/**
 * The Go engine's {@link CpuClock}: while a goroutine's body runs (`runG`), CPU work it would hand back as a
 * `work` op is charged in place when the M's next step would be the engine's very next action anyway (no
 * other agenda entry at or before the end of that work, nor a run bound before it). Skipping that round trip
 * through the agenda changes nothing the run shows: same times, same events, same order.
 */
import { ActionCpuClock } from '../actionCpuClock';
import type { MState } from '../state/types';
import { agendaFirstAfter } from './agenda';
import type { Rt } from './Rt';

/**
 * See the module comment. One per {@link Rt}; armed as each action begins (`runPopped`), pointed at the M by
 * `runG`.
 */
export class GoCpuClock extends ActionCpuClock {
  /** The M whose goroutine is running (null: not inside a resume, the clock refuses). */
  m: MState | null = null;

  constructor(private readonly rt: Rt) {
    super();
  }

  protected nothingUntil(tNs: number): boolean {
    return agendaFirstAfter(this.rt.st, tNs);
  }

  run(ns: number): boolean {
    const m = this.m;
    const rt = this.rt;
    if (m === null) return false;
    const st = rt.st;
    // As `dispatch` charges a work op: at least one statement step.
    const t = st.now + Math.max(rt.cost.statementStepNs, Math.floor(ns));
    if (!this.admit(rt.log.length, t)) return false;
    // What `busy` + the A_MRUN action at `t` would have done before resuming the body.
    m.busyUntil = t;
    m.gen++;
    st.now = t;
    return true;
  }
}
