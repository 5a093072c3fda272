/**
 * Public entry of the Go scheduler engine: {@link createGoRun} plus the body interface the scenario language
 * implements.
 */
import type { GoProgram } from './body';
import { resolveCostModel, SettingsError, type CostModel } from './costModel';
import { GoRun } from './GoRun';
import { EngineLimitError, MAX_GOMAXPROCS, MAX_GOROUTINES } from './limits';

export type { BodyProgram, GoProgram, Op, OpName, ResumeInput, SelectCase, Stream, Value } from './body';
export { DEFAULT_COST_MODEL, SettingsError, resolveCostModel, type CostModel } from './costModel';
export {
  budget,
  EngineLimitError,
  MAX_GOMAXPROCS,
  MAX_GOROUTINES,
  MAX_THREADS,
  MEMORY_BUDGET_BYTES,
  OutOfMemoryError,
} from './limits';
export { OOM_REASON } from './core/oom';
export { GoRun, KEYFRAME_EVENTS } from './GoRun';
export { applyEvent, initialView } from './view/applyEvent';

/** Settings of one run. */
export interface GoRunSettings {
  /** GOMAXPROCS at start, 1..{@link MAX_GOMAXPROCS}. */
  readonly gomaxprocs: number;
  /** Seed of the run's PRNG (steal order, select order). */
  readonly seed: number;
  /** Cost model overrides (ns). */
  readonly cost?: Partial<CostModel>;
  /** Live goroutine limit, 1..{@link MAX_GOROUTINES} (default MAX_GOROUTINES). */
  readonly maxGoroutines?: number;
  /** Events between view keyframes (default {@link KEYFRAME_EVENTS}); each seek replays at most this many. */
  readonly keyframeEvents?: number;
  /** The run's memory budget, bytes (default {@link MEMORY_BUDGET_BYTES}; docs/limits.md). */
  readonly memoryBudgetBytes?: number;
}

/**
 * Creates a run of the Go scheduler model. Throws {@link EngineLimitError} or {@link SettingsError} for bad
 * settings before anything runs.
 */
export function createGoRun(program: GoProgram, settings: GoRunSettings): GoRun {
  const n = settings.gomaxprocs;
  if (!Number.isInteger(n) || n < 1 || n > MAX_GOMAXPROCS) {
    throw new EngineLimitError(
      `GOMAXPROCS must be an integer in 1..${MAX_GOMAXPROCS} (MAX_GOMAXPROCS), got ${n}`,
      'MAX_GOMAXPROCS',
    );
  }
  const maxG = settings.maxGoroutines ?? MAX_GOROUTINES;
  if (!Number.isInteger(maxG) || maxG < 1 || maxG > MAX_GOROUTINES) {
    throw new EngineLimitError(
      `maxGoroutines must be an integer in 1..${MAX_GOROUTINES} (MAX_GOROUTINES), got ${maxG}`,
      'MAX_GOROUTINES',
    );
  }
  if (!Number.isFinite(settings.seed))
    throw new SettingsError(`seed must be a finite number, got ${settings.seed}`);
  const cost = resolveCostModel(settings.cost);
  const kf = settings.keyframeEvents;
  if (kf !== undefined && (!Number.isInteger(kf) || kf < 1)) {
    throw new SettingsError(`keyframeEvents must be a positive integer, got ${kf}`);
  }
  return new GoRun({
    program,
    gomaxprocs: n,
    seed: settings.seed,
    cost,
    maxGoroutines: maxG,
    keyframeEvents: kf,
    ...(settings.memoryBudgetBytes !== undefined ? { memoryBudgetBytes: settings.memoryBudgetBytes } : {}),
  });
}
