/**
 * The historical models' {@link CpuClock}: while a task's body runs on its thread, CPU work it would hand back
 * as a `work` op is charged in place when the thread's next step would be the engine's very next action anyway
 * (no other agenda entry — a slice end, a timer, another thread — at or before the end of that work, nor a run
 * bound before it). Skipping that round trip through the agenda changes nothing the run shows.
 */
import type { CpuClock } from '../../body';
import type { Sim } from './Sim';
import type { Thread } from './state';

/** Most stretches of work one action may run on past (bounds one call's work; not a semantic limit). */
export const CPU_CLOCK_RUNS_PER_ACTION = 256;

/** See the module comment. One per {@link Sim}; armed by `runOp` around each resume. */
export class KernelCpuClock implements CpuClock {
  /** The thread running the task (null: not inside a resume, the clock refuses). */
  th: Thread | null = null;
  /** Log length when the action began: the clock runs on only in an action that has recorded nothing. */
  logAt = 0;
  /** Runs left in this action. */
  left = 0;
  /** The run's bound (`runUntil`'s time, ns): no action after it may run now. */
  horizonNs = Infinity;

  constructor(private readonly sim: Sim) {}

  run(ns: number): boolean {
    const th = this.th;
    const sim = this.sim;
    if (th === null || this.left <= 0 || sim.log.length !== this.logAt) return false;
    // As a work op is charged (`dispatch`, then `Sim.busy` with the delay the action accumulated).
    const t = sim.now + Math.max(sim.cost.statementStepNs, Math.floor(ns)) + th.delayNs;
    if (!(t <= this.horizonNs) || !sim.firstAfter(t)) return false;
    this.left--;
    // What `Sim.busy` + the A_RUN action at `t` (`threadStep`, which clears the delay) would have done.
    th.delayNs = 0;
    th.busyUntil = t;
    th.gen++;
    sim.now = t;
    return true;
  }
}
