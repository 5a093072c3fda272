/**
 * The same program under 2–6 models at once, all held at one virtual time: the comparison view's engine.
 * `at(t)` moves every run to the last event at or before `t` (simulating forward, or seeking back exactly),
 * so one transport drives all panes and they never drift apart.
 */
import type { GoProgram } from '../../sim/body';
import type { CostModel } from '../../sim/costModel';
import { MODEL_CATALOG, type ModelId } from '../../sim/models/catalog';
import { runMetrics, type RunMetrics } from '../../sim/models/metrics';
import { createModelRun, type RunnableModel } from '../../sim/models/registry';
import type { ProgramExit } from '../../sim/SchedulerRun';
import type { WorldView } from '../../sim/WorldView';

/** Most models one comparison runs. */
export const MAX_COMPARED = 6;
/** Fewest models a comparison runs. */
export const MIN_COMPARED = 2;

export interface ComparePane {
  readonly model: ModelId;
  readonly name: string;
  readonly view: WorldView;
  readonly exit: ProgramExit | null;
  /** Output so far (stdout and stderr, in order). */
  readonly output: string;
}

export interface CompareRow extends RunMetrics {
  readonly model: ModelId;
  readonly name: string;
  /** The run has ended (figures are final). */
  readonly ended: boolean;
}

/** Index of the last event at or before `t` among the first `n`, or -1. */
function lastAtOrBefore(run: RunnableModel, n: number, t: number): number {
  let lo = 0;
  let hi = n - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (run.event(mid).t <= t) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

export class ComparisonRuns {
  private readonly runs: { model: ModelId; run: RunnableModel }[];
  private t = 0;

  /** Throws (unknown model, bad settings, too few or too many models) before anything runs. */
  constructor(
    program: GoProgram,
    models: readonly ModelId[],
    readonly cores: number,
    seed: number,
    cost?: Partial<CostModel>,
  ) {
    if (models.length < MIN_COMPARED || models.length > MAX_COMPARED)
      throw new RangeError(`compare ${MIN_COMPARED} to ${MAX_COMPARED} models, got ${models.length}`);
    if (new Set(models).size !== models.length) throw new RangeError('each model can be compared once');
    this.runs = models.map((model) => ({
      model,
      run: createModelRun(model, program, { cores, seed, ...(cost ? { cost } : {}) }),
    }));
  }

  /** Virtual time all runs are held at, ns. */
  get now(): number {
    return this.t;
  }

  /** True when every run has ended by the current time. */
  get allEnded(): boolean {
    return this.runs.every((r) => r.run.exit !== undefined);
  }

  /**
   * Runs every model to its end, or to `maxEvents` events (a run still going then is cut there); returns the
   * latest end, ns (the span an export of the comparison shows). The runs can then be moved anywhere in it by {@link at}.
   */
  runToEnd(maxEvents: number): { endNs: number; cut: boolean } {
    let endNs = 0;
    let cut = false;
    for (const { run } of this.runs) {
      while (run.exit === undefined && run.eventCount < maxEvents && run.step() !== undefined);
      if (run.exit === undefined) cut = true;
      endNs = Math.max(endNs, run.exit?.t ?? run.now);
    }
    this.t = endNs;
    return { endNs, cut };
  }

  /** Moves every run to time `tNs` (forward or back). */
  at(tNs: number): void {
    for (const { run } of this.runs) {
      if (tNs >= run.now && run.eventCount === run.recordedCount) run.runUntil(tNs);
      else {
        const seq = lastAtOrBefore(run, run.recordedCount, tNs);
        run.seekToEvent(seq);
        if (seq === run.recordedCount - 1) run.runUntil(tNs);
      }
    }
    this.t = tNs;
  }

  panes(): ComparePane[] {
    return this.runs.map(({ model, run }) => ({
      model,
      name: MODEL_CATALOG[model].name,
      view: run.wireView(),
      exit: run.exit ?? null,
      output: run
        .output()
        .map((o) => o.text)
        .join(''),
    }));
  }

  /** The comparison table, one row per model, measured up to the current time. */
  rows(): CompareRow[] {
    return this.runs.map(({ model, run }) => ({
      model,
      name: MODEL_CATALOG[model].name,
      ended: run.exit !== undefined,
      ...runMetrics(run, this.cores),
    }));
  }
}

const CSV_HEAD = [
  'model',
  'name',
  'ended',
  'completion_ns',
  'cpu_utilisation_per_core',
  'context_switches',
  'switch_cost_ns',
  'threads_created',
  'peak_stack_bytes',
  'lock_wait_ns',
  'steal_probes',
  'worst_runnable_wait_ns',
];

function cell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The table as CSV (RFC 4180), per-core utilisation as `0.98;0.12;…`, missing figures empty. */
export function rowsToCsv(rows: readonly CompareRow[]): string {
  const lines = [CSV_HEAD.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.model,
        r.name,
        String(r.ended),
        String(r.completionNs),
        r.coreUtilisation.map((u) => u.toFixed(3)).join(';'),
        String(r.contextSwitches),
        String(r.switchCostNs),
        String(r.threadsCreated),
        String(r.peakStackBytes),
        String(r.lockWaitNs),
        r.stealProbes === undefined ? '' : String(r.stealProbes),
        String(r.worstRunnableWaitNs),
      ]
        .map(cell)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
