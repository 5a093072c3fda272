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
import { TableExplainer } from '../explain/table';
import { MODEL_EVENT_KINDS } from './kernel/names';
import { FREE_REASON_KINDS, KERNEL_REASONS } from './kernel/reasons';
import { GLOBAL_QUEUE_EXPLAIN } from './global-queue/explain';
import { N_TO_1_EXPLAIN } from './n-to-1/explain';
import { ONE_TO_ONE_EXPLAIN } from './one-to-one/explain';
import { OS_THREADS_EXPLAIN } from './os-threads/explain';
import { PER_THREAD_QUEUES_EXPLAIN } from './per-thread-queues/explain';
import { THREAD_POOL_EXPLAIN } from './thread-pool/explain';

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

/** A historical model: its scheduling policy and the table that explains its events. */
interface HistoricalModel {
  readonly policy: PolicyFactory;
  readonly explain: TableExplainer;
}

const MODELS: Readonly<Record<Exclude<ModelId, 'go'>, HistoricalModel>> = {
  'os-threads': {
    policy: (s) => new OneToOnePolicy(s['goroutinesPerProcess'] ?? 1),
    explain: new TableExplainer(OS_THREADS_EXPLAIN),
  },
  'n-to-1': { policy: () => new NTo1Policy(), explain: new TableExplainer(N_TO_1_EXPLAIN) },
  'one-to-one': { policy: () => new OneToOnePolicy(), explain: new TableExplainer(ONE_TO_ONE_EXPLAIN) },
  'thread-pool': { policy: () => new PoolPolicy(), explain: new TableExplainer(THREAD_POOL_EXPLAIN) },
  'global-queue': {
    policy: () => new GlobalQueuePolicy(),
    explain: new TableExplainer(GLOBAL_QUEUE_EXPLAIN),
  },
  'per-thread-queues': {
    policy: () => new PerThreadQueuesPolicy(),
    explain: new TableExplainer(PER_THREAD_QUEUES_EXPLAIN),
  },
};

/** What a historical model's events can carry: every kind, declared reason and reason family. */
export interface ModelEventDeclaration {
  readonly kinds: readonly string[];
  readonly reasons: readonly string[];
  readonly families: readonly string[];
  readonly freeReasonKinds: readonly string[];
  readonly explainer: TableExplainer;
}

/** The declaration of model `id`'s events (the kernel's and its policy's), with its explainer. */
export function modelEventDeclaration(id: Exclude<ModelId, 'go'>): ModelEventDeclaration {
  const m = MODELS[id];
  const own = m.policy({}).reasons;
  return {
    kinds: MODEL_EVENT_KINDS,
    reasons: [...KERNEL_REASONS.texts, ...own.texts],
    families: [...KERNEL_REASONS.families, ...own.families],
    freeReasonKinds: FREE_REASON_KINDS,
    explainer: m.explain,
  };
}

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
    MODELS[id].policy(r.settings),
    MODELS[id].explain,
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
