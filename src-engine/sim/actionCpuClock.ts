/**
 * What the Go engine's and the historical models' {@link CpuClock}s share: the bounds within which CPU work may
 * be charged in place during one engine action, armed when the action begins.
 */
import type { CpuClock } from './body';

/**
 * Most stretches of work one action may run on past: a bound on the work one call does (a `for {}` alone on the
 * machine would otherwise run on until the next sysmon tick or slice end), not a semantic limit.
 */
export const CPU_CLOCK_RUNS_PER_ACTION = 256;

/** A {@link CpuClock} that runs on only within the action it was armed for (see {@link ActionCpuClock.admit}). */
export abstract class ActionCpuClock implements CpuClock {
  /** Log length when the action began: the clock runs on only in an action that has recorded nothing. */
  private logAt = 0;
  /** Runs left in this action. */
  private left = 0;
  /** The run's bound (`runUntil`'s time, ns): no action after it may run now. */
  private horizonNs = Infinity;

  /** Arms the clock for an action that begins with `logLength` events recorded, within `horizonNs`. */
  beginAction(logLength: number, horizonNs: number): void {
    this.logAt = logLength;
    this.left = CPU_CLOCK_RUNS_PER_ACTION;
    this.horizonNs = horizonNs;
  }

  /**
   * True, counting one run, when work ending at `tNs` may be charged in place: the action has recorded nothing
   * (`logLength` unchanged) and has runs left, `tNs` is within the run's bound, and no other agenda entry comes at
   * or before it ({@link ActionCpuClock.nothingUntil}).
   */
  protected admit(logLength: number, tNs: number): boolean {
    if (this.left <= 0 || logLength !== this.logAt) return false;
    if (!(tNs <= this.horizonNs) || !this.nothingUntil(tNs)) return false;
    this.left--;
    return true;
  }

  /** True when the engine's agenda holds no entry at or before `tNs`. */
  protected abstract nothingUntil(tNs: number): boolean;

  abstract run(ns: number): boolean;
}
