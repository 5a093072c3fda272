/**
 * The registry of scheduler models: each id maps to a factory that builds a {@link SchedulerRun}. The engine
 * host, the command line and the tests create runs only through {@link createModelRun}; adding a model is
 * one entry here plus its catalog entry.
 */
import type { GoProgram } from '../body';
import { resolveCostModel, SettingsError, type CostModel } from '../costModel';
import { createGoRun } from '../index';
import { EngineLimitError, MAX_GOMAXPROCS, MAX_GOROUTINES } from '../limits';
import type { SchedulerRun } from '../SchedulerRun';
import { isModelId, MODEL_CATALOG, unknownModelMessage, type ModelId } from './catalog';
import { GlobalQueuePolicy } from './global-queue/policy';
import { ModelRun } from './kernel/ModelRun';
import type { Policy } from './kernel/policy';
import { resolveModelSettings } from './kernel/settings';
import { checkModelSettingsData } from './checkSettings';
import { NTo1Policy } from './n-to-1/policy';
import { OneToOnePolicy } from './one-to-one/policy';
import { PerThreadQueuesPolicy } from './per-thread-queues/policy';
import { PoolPolicy } from './thread-pool/policy';

/** Settings of a run under any model. */
export interface ModelRunConfig {
  /** Cores of the simulated machine (the Go model's GOMAXPROCS unless `gomaxprocs` is given). */
  readonly cores: number;
  readonly gomaxprocs?: number;
  readonly seed: number;
  readonly cost?: Partial<CostModel>;
  /** The model's named settings (see the catalog). */
  readonly modelSettings?: Readonly<Record<string, number>>;
  readonly maxGoroutines?: number;
  readonly keyframeEvents?: number;
}

/** A run the command line and tests can also drive to the end. */
export type RunnableModel = SchedulerRun & {
  runToEnd(maxEvents?: number): void;
  readonly recordedCount: number;
};

/** A setting the model cannot take; `setting` names it (for a located message). */
export class ModelSettingsError extends SettingsError {
  constructor(
    message: string,
    readonly setting: string | undefined,
  ) {
    super(message);
  }
}

type PolicyFactory = (settings: Readonly<Record<string, number>>) => Policy;

const POLICIES: Readonly<Record<Exclude<ModelId, 'go'>, PolicyFactory>> = {
  'os-threads': (s) => new OneToOnePolicy(s['goroutinesPerProcess'] ?? 1),
  'n-to-1': () => new NTo1Policy(),
  'one-to-one': () => new OneToOnePolicy(),
  'thread-pool': () => new PoolPolicy(),
  'global-queue': () => new GlobalQueuePolicy(),
  'per-thread-queues': () => new PerThreadQueuesPolicy(),
};

/**
 * Creates a run of model `id`. Throws {@link ModelSettingsError} (unknown model, bad model setting),
 * {@link SettingsError} or {@link EngineLimitError} before anything runs.
 */
export function createModelRun(id: string, program: GoProgram, cfg: ModelRunConfig): RunnableModel {
  if (!isModelId(id)) throw new ModelSettingsError(unknownModelMessage(id), undefined);
  if (id === 'go') {
    const bad = checkModelSettingsData(id, cfg.cores, cfg.modelSettings)[0];
    if (bad) throw new ModelSettingsError(bad.message, bad.setting);
    return createGoRun(program, {
      gomaxprocs: cfg.gomaxprocs ?? cfg.cores,
      seed: cfg.seed,
      ...(cfg.cost ? { cost: cfg.cost } : {}),
      ...(cfg.maxGoroutines !== undefined ? { maxGoroutines: cfg.maxGoroutines } : {}),
      ...(cfg.keyframeEvents !== undefined ? { keyframeEvents: cfg.keyframeEvents } : {}),
    });
  }
  const cores = cfg.cores;
  if (!Number.isInteger(cores) || cores < 1 || cores > MAX_GOMAXPROCS)
    throw new EngineLimitError(
      `cores must be an integer in 1..${MAX_GOMAXPROCS}, got ${cores}`,
      'MAX_GOMAXPROCS',
    );
  const maxG = cfg.maxGoroutines ?? MAX_GOROUTINES;
  if (!Number.isInteger(maxG) || maxG < 1 || maxG > MAX_GOROUTINES)
    throw new EngineLimitError(
      `maxGoroutines must be an integer in 1..${MAX_GOROUTINES} (MAX_GOROUTINES), got ${maxG}`,
      'MAX_GOROUTINES',
    );
  if (!Number.isFinite(cfg.seed)) throw new SettingsError(`seed must be a finite number, got ${cfg.seed}`);
  const info = MODEL_CATALOG[id];
  const r = resolveModelSettings(id, info.settings, cfg.modelSettings, cores);
  if ('problems' in r) {
    const p = r.problems[0] as { setting: string; message: string };
    throw new ModelSettingsError(p.message, p.setting);
  }
  return new ModelRun(
    id,
    info.name,
    POLICIES[id](r.settings),
    {
      program,
      cores,
      seed: cfg.seed,
      cost: resolveCostModel(cfg.cost),
      settings: r.settings,
      maxGoroutines: maxG,
    },
    cfg.keyframeEvents,
  );
}
