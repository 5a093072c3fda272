/**
 * A historical model as a {@link SchedulerRun}: one class for every model (the model differs only by its
 * {@link Policy}), on the machinery every run shares ({@link LoggedRun}: the columnar log, the playhead,
 * seeking, the keyframe cadence). Views are folds of the log ({@link foldEvent}) with a keyframe
 * ({@link ModelKeyframes}, in proportion to the live state) every {@link MODEL_KEYFRAME_EVENTS} events, taken
 * as the fold passes them, so a seek restores the nearest keyframe and replays at most one interval.
 */
import type { GoProgram } from '../../body';
import type { SchedEvent } from '../../events';
import type { TableExplainer } from '../../explain/table';
import { DEFAULT_KEYFRAME_EVENTS, LoggedRun, type RunEngine, type ViewStore } from '../../run/LoggedRun';
import { ModelKeyframes } from './keyframes';
import { endStuck, processSilent, SILENT_ACTIONS, startSim } from './loop';
import type { Policy } from './policy';
import { Sim, type SimOptions } from './Sim';
import { emptyFold, foldEvent, foldToView, type ModelFold } from './view';

/**
 * A model's {@link Sim} as {@link LoggedRun} drives it. A class, not an object literal with getters: V8 gives
 * each such literal's object a hidden class of its own (its getters are new closures every time), and that
 * hidden class, held in old space until a full collection, kept the whole run reachable, so every finished
 * run survived the young-generation collections (see `GoEngine` in GoRun.ts).
 */
class SimEngine implements RunEngine {
  readonly outputs: RunEngine['outputs'];
  /** The popped agenda entry `peekTime` fills (reused: no garbage per call). */
  private readonly entry = { t: 0, kind: 0, target: 0, gen: 0 };

  constructor(private readonly sim: Sim) {
    this.outputs = sim.outputs;
  }

  get ended(): boolean {
    return this.sim.ended;
  }

  get exitCode(): number {
    return this.sim.exitCode;
  }

  get exitReason(): string {
    return this.sim.exitReason;
  }

  advance(horizonNs: number): number {
    const ran = processSilent(this.sim, horizonNs, SILENT_ACTIONS);
    if (ran === 0) endStuck(this.sim);
    return ran;
  }

  nextTime(): number {
    return this.sim.peekTime(this.entry);
  }
}

/** Events between keyframes of a model run's view. */
export const MODEL_KEYFRAME_EVENTS = DEFAULT_KEYFRAME_EVENTS;

/**
 * Most actions one {@link ModelRun.step} runs looking for the next event. The kernel records a slice
 * renewal at least once per time slice of a running core, so a step normally needs far fewer (a `for {}`
 * takes ~400 actions per 4 ms slice); this is the safety net that keeps every call bounded whatever the
 * costs and slice are set to. A step that spends it returns undefined with the run not ended (the caller
 * asks again).
 */
export const MODEL_STEP_ACTIONS = 1_000_000;

export class ModelRun extends LoggedRun<ModelFold> {
  /** The engine (tests read its state). */
  readonly sim: Sim;
  /** The view's keyframes (tests read their size). */
  readonly keyframes: ModelKeyframes;
  private readonly program: GoProgram;

  constructor(
    readonly modelId: string,
    readonly modelName: string,
    policy: Policy,
    private readonly explainer: TableExplainer,
    opts: SimOptions & { readonly program: GoProgram },
    kfEvery = MODEL_KEYFRAME_EVENTS,
  ) {
    super(kfEvery, MODEL_STEP_ACTIONS);
    this.program = opts.program;
    const sim = new Sim(this.log, policy, opts);
    this.sim = sim;
    this.keyframes = new ModelKeyframes(opts.cores);
    const engine = new SimEngine(sim);
    const kf = this.keyframes;
    const log = this.log;
    const store: ViewStore<ModelFold> = {
      posAtOrBefore: (pos) => kf.posAtOrBefore(pos),
      restore: (pos) => (pos === 0 ? { pos: 0, f: emptyFold(opts.cores, kf.exited) } : kf.restore(pos)),
      fold: (f, from, to) => {
        for (let seq = from; seq < to; seq++) foldEvent(f, log.get(seq));
      },
      toView: (f) => foldToView(f, modelId, modelName),
      atFolded: (n, f) => kf.add(n, f),
    };
    this.attach(engine, store);
    startSim(sim, opts.program);
  }

  /** The event's sentence from the model's own explanation table (what happened and why, in its terms). */
  explain(e: SchedEvent): string {
    return this.explainer.explain(e).text;
  }

  setLineBreaks(lines: readonly number[]): void {
    this.program.setLineBreaks?.(lines);
  }
}
