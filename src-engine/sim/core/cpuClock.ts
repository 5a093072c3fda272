/**
 * The Go engine's {@link CpuClock}: while a goroutine's body runs (`runG`), CPU work it would hand back as a
 * `work` op is charged in place when the M's next step would be the engine's very next action anyway (no
 * other agenda entry at or before the end of that work, nor a run bound before it). Skipping that round trip
 * through the agenda changes nothing the run shows: same times, same events, same order.
 */
import type { CpuClock } from '../body';
import type { MState } from '../state/types';
import { agendaFirstAfter } from './agenda';
import type { Rt } from './Rt';

/**
 * Most stretches of work one action may run on past: a bound on the work one call does (a `for {}` alone on
 * the machine would otherwise run on until the next sysmon tick), not a semantic limit.
 */
export const CPU_CLOCK_RUNS_PER_ACTION = 256;

/** See the module comment. One per {@link Rt}; armed by `runG` around each resume. */
export class GoCpuClock implements CpuClock {
  /** The M whose goroutine is running (null: not inside a resume, the clock refuses). */
  m: MState | null = null;
  /** Log length when the action began: the clock runs on only in an action that has recorded nothing. */
  logAt = 0;
  /** Runs left in this action. */
  left = 0;
  /** The run's bound (`runUntil`'s time, ns): no action after it may run now. */
  horizonNs = Infinity;

  constructor(private readonly rt: Rt) {}

  run(ns: number): boolean {
    const m = this.m;
    const rt = this.rt;
    if (m === null || this.left <= 0 || rt.log.length !== this.logAt) return false;
    const st = rt.st;
    // As `dispatch` charges a work op: at least one statement step.
    const t = st.now + Math.max(rt.cost.statementStepNs, Math.floor(ns));
    if (!(t <= this.horizonNs) || !agendaFirstAfter(st, t)) return false;
    this.left--;
    // What `busy` + the A_MRUN action at `t` would have done before resuming the body.
    m.busyUntil = t;
    m.gen++;
    st.now = t;
    return true;
  }
}
