import { z } from 'zod';

/**
 * Durations the Go runtime does not fix, in integer nanoseconds of virtual time.
 *
 * @remarks
 * Defaults follow docs/go-scheduler.md §12.3 (illustrative, not from the source). Every field is a named setting
 * so a lesson can exaggerate one cost to make its effect visible.
 */
export interface CostModel {
  /** G switch (gogo/mcall + runq op) between `execute` and the G's first instruction, ns. Default 150. */
  readonly contextSwitchNs: number;
  /** Extra time a successful `runqsteal` costs the thief, ns. Default 300. */
  readonly stealNs: number;
  /** `entersyscall` + kernel entry before the syscall's own duration starts, ns. Default 100. */
  readonly syscallEntryNs: number;
  /** A `fmt` write (the write system call of Println/Printf), charged as CPU time, ns. Default 3000. */
  readonly fmtWriteNs: number;
  /** One statement step of a goroutine body (every op costs at least this), ns. Default 5. Minimum 1. */
  readonly statementStepNs: number;
  /** Waking a parked M (futex wake to running), ns. Default 10 000. */
  readonly threadWakeNs: number;
  /** Creating a new OS thread (`newm` → `newosproc`), ns. Default 50 000. */
  readonly threadCreateNs: number;
  /** A `go` statement (`newproc`), ns. Default 500. */
  readonly goStatementNs: number;
  /** A channel operation that does not block (send/recv/close, select pass 1), ns. Default 80. */
  readonly chanOpNs: number;
  /** A sync operation (Lock/Unlock/Add/Wait fast path), ns. Default 20. */
  readonly syncOpNs: number;
  /** One active-spin iteration of `sync.Mutex` (`procyield(30)`), ns. Default 100. */
  readonly mutexSpinNs: number;
  /** `usleep(3)` in `runqgrab`: 3 µs nominal plus Linux timer slack (~50 µs), ns. Default 53 000. */
  readonly usleep3Ns: number;
  /**
   * Linux timer slack of a normal thread (`timer_slack_ns`, prctl(2) `PR_SET_TIMERSLACK`), ns. Default 50 000.
   * A timed kernel sleep ends this late at least: the netpoll M's `epoll_wait` (whose slack is also at least
   * 0.1 % of its timeout, fs/select.c) and a timed `futexsleep` (sysmon's `notetsleep`); the woken thread then
   * runs `threadWakeNs` later (core/netpollDelay.ts, docs/go-scheduler.md §6.2).
   */
  readonly timerSlackNs: number;
  /** Latency from `preemptM` (SIGURG) to the G stopping at an async safe point, ns. Default 1 000. */
  readonly preemptSignalNs: number;
  /** Length of a GC stop-the-world pause triggered by `runtime.GC()`, ns. Default 100 000. */
  readonly gcStwNs: number;
  /** Stop-the-world pause for `runtime.GOMAXPROCS(n)`, ns. Default 20 000. */
  readonly gomaxprocsStwNs: number;
}

/** Default cost model (see each field's TSDoc). */
export const DEFAULT_COST_MODEL: CostModel = Object.freeze({
  contextSwitchNs: 150,
  stealNs: 300,
  syscallEntryNs: 100,
  fmtWriteNs: 3_000,
  statementStepNs: 5,
  threadWakeNs: 10_000,
  threadCreateNs: 50_000,
  goStatementNs: 500,
  chanOpNs: 80,
  syncOpNs: 20,
  mutexSpinNs: 100,
  usleep3Ns: 53_000,
  timerSlackNs: 50_000,
  preemptSignalNs: 1_000,
  gcStwNs: 100_000,
  gomaxprocsStwNs: 20_000,
});

/** Largest duration accepted for any cost, ns (1 hour): keeps virtual time well inside safe integers. */
export const MAX_COST_NS = 3_600_000_000_000;

/** Thrown for a bad cost model or bad settings, before the run starts. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

/** One cost: a whole number of ns in [0, {@link MAX_COST_NS}]. */
const costNs = z
  .number()
  .int('must be a whole number of ns')
  .min(0, 'must be at least 0 ns')
  .max(MAX_COST_NS, `must be at most ${MAX_COST_NS} ns (1 hour)`);

/**
 * Cost model overrides, ns by name: the one validation of costs, used by the scenario file schema (so `check`,
 * the app's open and `run` agree, located at the key) and by {@link resolveCostModel} (the engine's own guard).
 * Strict: a name that is not a {@link CostModel} field (`constructor` and `toString` included) is refused.
 */
export const costOverridesSchema = z.strictObject(
  Object.fromEntries(
    Object.keys(DEFAULT_COST_MODEL).map((k) => [
      k,
      (k === 'statementStepNs' ? costNs.min(1, 'must be at least 1 ns') : costNs).optional(),
    ]),
  ) as Record<keyof CostModel, z.ZodOptional<typeof costNs>>,
);

/** Merges overrides into the defaults after validating them with {@link costOverridesSchema}. */
export function resolveCostModel(overrides: Partial<CostModel> = {}): CostModel {
  const parsed = costOverridesSchema.safeParse(overrides);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.code === 'unrecognized_keys')
      throw new SettingsError(`unknown cost model setting "${issue.keys[0] ?? ''}"`);
    throw new SettingsError(
      `cost model setting ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is invalid'}`,
    );
  }
  const merged: Record<string, number> = { ...DEFAULT_COST_MODEL };
  for (const [k, v] of Object.entries(parsed.data)) if (v !== undefined) merged[k] = v;
  return Object.freeze(merged) as unknown as CostModel;
}
