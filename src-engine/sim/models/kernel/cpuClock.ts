/**
 * The historical models' {@link CpuClock}: while a task's body runs on its thread, CPU work it would hand back
 * as a `work` op is charged in place when the thread's next step would be the engine's very next action anyway
 * (no other agenda entry — a slice end, a timer, another thread — at or before the end of that work, nor a run
 * bound before it). Skipping that round trip through the agenda changes nothing the run shows.
 */
import { ActionCpuClock } from '../../actionCpuClock';
import type { Sim } from './Sim';
import type { Thread } from './state';

/**
 * See the module comment. One per {@link Sim}; armed as each action begins (`runPopped`), pointed at the
 * thread by `runOp`.
 */
export class KernelCpuClock extends ActionCpuClock {
  /** The thread running the task (null: not inside a resume, the clock refuses). */
  th: Thread | null = null;

  constructor(private readonly sim: Sim) {
    super();
  }

  protected nothingUntil(tNs: number): boolean {
    return this.sim.firstAfter(tNs);
  }

  run(ns: number): boolean {
    const th = this.th;
    const sim = this.sim;
    if (th === null) return false;
    // As a work op is charged (`dispatch`, then `Sim.busy` with the delay the action accumulated).
    const t = sim.now + Math.max(sim.cost.statementStepNs, Math.floor(ns)) + th.delayNs;
    if (!this.admit(sim.log.length, t)) return false;
    // What `Sim.busy` + the A_RUN action at `t` (`threadStep`, which clears the delay) would have done.
    th.delayNs = 0;
    th.busyUntil = t;
    th.gen++;
    sim.now = t;
    return true;
  }
}
