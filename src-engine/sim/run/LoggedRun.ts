/**
 * The machinery every scheduler model's run shares: the columnar {@link EventLog}, the playhead, stepping and
 * `runUntil` with its event bound, seeking, program output, the keyframe cadence and views behind the frontier
 * by restore + replay. A model supplies only its engine ({@link RunEngine}: one action at a time) and its view
 * store ({@link ViewStore}: how it folds the log, snapshots and restores keyframes).
 *
 * @remarks
 * The engine state always sits at the end of the recorded log (the frontier): simulation only moves forward and
 * the log is the single source of truth. The playhead (`pos`) can be anywhere in the recorded range; a view
 * behind the frontier is the nearest keyframe at or before it plus at most one keyframe interval of the log
 * folded through the model's reducer, so it is exact and its cost does not depend on how expensive the
 * simulation was.
 */
import type { SchedEvent } from '../events';
import { EventLog, type RawEventSource } from '../log/EventLog';
import type { OutputChunk, ProgramExit, SchedulerRun } from '../SchedulerRun';
import type { WorldView } from '../WorldView';
import { trimView } from '../view/trimView';

/** One model's simulation, driven one action at a time by {@link LoggedRun}. */
export interface RunEngine {
  readonly ended: boolean;
  readonly exitCode: number;
  readonly exitReason: string;
  /** Output in order, each chunk with the log length when it was written. */
  readonly outputs: readonly { readonly seq: number; readonly chunk: OutputChunk }[];
  /**
   * Runs one action (which records zero or more events), and may go on with the next ones while they record
   * nothing (nothing happens between them here: no event to pass, no keyframe due); returns how many ran. 0
   * when nothing can ever happen again: the engine has then ended the program (a deadlock, a hang), so
   * `ended` is true. `horizonNs`: the caller's time bound (`runUntil`); the first action starts at or before
   * it (the caller checked {@link RunEngine.nextTime}) and nothing after it may run.
   */
  advance(horizonNs: number): number;
  /** Virtual time of the next pending action, ns (Infinity when none). */
  nextTime(): number;
}

/**
 * How a model turns its log into views, with keyframes. `F` is its mutable reducer state (the fold).
 * Keyframes are either taken from the engine at action boundaries ({@link ViewStore.atBoundary}, the Go
 * model) or from the fold as it passes a multiple of the cadence ({@link ViewStore.atFolded}); either way the
 * store keeps them in proportion to the live state, not to everything the run ever made.
 */
export interface ViewStore<F> {
  /** Position of the latest keyframe at or before `pos` (0: the start). */
  posAtOrBefore(pos: number): number;
  /** A fresh fold state at the latest keyframe at or before `pos`, with that keyframe's position. */
  restore(pos: number): { pos: number; f: F };
  /** Folds the log's events [from, to) into `f`. */
  fold(f: F, from: number, to: number): void;
  toView(f: F): WorldView;
  /** Eager keyframes: the log has `n` events and the engine is at an action boundary. */
  atBoundary?(n: number): void;
  /** Lazy keyframes: `f` is the fold of the first `n` events (a multiple of the cadence). */
  atFolded?(n: number, f: F): void;
  /** The view at the frontier straight from the engine state (cheaper than any fold). */
  frontierView?(): WorldView;
  /** {@link ViewStore.frontierView} as the wire carries it (see `SchedulerRun.wireView`). */
  frontierWireView?(): WorldView;
  /** A fresh fold state at the frontier from the engine state (with {@link ViewStore.frontierView}). */
  frontierFold?(): F;
}

/** Default events between keyframes (a seek replays at most this many events through the reducer). */
export const DEFAULT_KEYFRAME_EVENTS = 4_096;

/**
 * A {@link SchedulerRun} over a {@link RunEngine} and a {@link ViewStore}. Subclasses construct both (the
 * engine usually needs the log, which this class owns) and call {@link LoggedRun.attach}.
 */
export abstract class LoggedRun<F> implements SchedulerRun {
  abstract readonly modelName: string;
  protected readonly log = new EventLog();
  /** Events consumed: the state shown is right after event pos-1. */
  protected pos = 0;
  private runEngine!: RunEngine;
  private store!: ViewStore<F>;
  /** Reducer state at some position (reused when the playhead moves forward a little). */
  private cache: { pos: number; f: F } | null = null;
  /** Log length at which the next eager keyframe is due. */
  private nextKeyframe: number;
  /** Agenda actions run so far, with or without events (tests bound actions per recorded event). */
  actions = 0;

  constructor(
    protected readonly kfEvery: number,
    /** Most actions one {@link LoggedRun.step} runs looking for the next event (Infinity: no bound). */
    private readonly stepActions = Infinity,
  ) {
    if (!Number.isInteger(kfEvery) || kfEvery < 1) throw new RangeError(`bad keyframe interval ${kfEvery}`);
    this.nextKeyframe = kfEvery;
  }

  /** Connects the engine and the view store (once, from the subclass's constructor). */
  protected attach(engine: RunEngine, store: ViewStore<F>): void {
    this.runEngine = engine;
    this.store = store;
  }

  get now(): number {
    return this.pos === 0 ? 0 : this.log.timeOf(this.pos - 1);
  }

  get eventCount(): number {
    return this.pos;
  }

  /** Events recorded so far (≥ eventCount after seeking back). */
  get recordedCount(): number {
    return this.log.length;
  }

  get exit(): ProgramExit | undefined {
    const e = this.runEngine;
    if (!e.ended || this.pos < this.log.length) return undefined;
    return { code: e.exitCode, t: this.now, reason: e.exitReason };
  }

  /**
   * The next event; undefined when the program has ended or (the run not ended) when the step's action
   * bound produced none (the caller asks again).
   */
  step(): SchedEvent | undefined {
    if (this.pos < this.log.length) return this.log.get(this.pos++);
    if (this.runEngine.ended) return undefined;
    this.keepFrontierFold();
    const before = this.log.length;
    // The bound counts agenda actions (an advance may run several silent ones).
    const start = this.actions;
    while (this.log.length === before && this.actions - start < this.stepActions)
      if (this.runEngine.ended || !this.advance()) break;
    if (this.log.length === before) return undefined;
    return this.log.get(this.pos++);
  }

  /**
   * Plays to `tNs`; with `maxEvents`, stops once that many events were passed or recorded (an action is never
   * cut, so it may pass a few more), with the playhead on the last of them.
   */
  runUntil(tNs: number, maxEvents = Number.MAX_SAFE_INTEGER): void {
    const limit = Math.min(Number.MAX_SAFE_INTEGER, this.pos + maxEvents);
    const log = this.log;
    while (this.pos < log.length && this.pos < limit && log.timeOf(this.pos) <= tNs) this.pos++;
    if (this.pos < log.length) return;
    const e = this.runEngine;
    while (!e.ended && log.length < limit && e.nextTime() <= tNs) if (!this.advance(tNs)) break;
    this.pos = log.length;
  }

  /** Runs to the end of the program, or until `maxEvents` events are recorded. */
  runToEnd(maxEvents = Number.MAX_SAFE_INTEGER): void {
    const e = this.runEngine;
    while (!e.ended && this.log.length < maxEvents) if (!this.advance()) break;
    this.pos = this.log.length;
  }

  event(seq: number): SchedEvent {
    return this.log.get(seq);
  }

  rawEvents(): RawEventSource {
    return this.log;
  }

  output(): readonly OutputChunk[] {
    const out: OutputChunk[] = [];
    for (const o of this.runEngine.outputs) if (o.seq < this.pos) out.push(o.chunk);
    return out;
  }

  view(): WorldView {
    const s = this.store;
    if (this.pos === this.log.length && s.frontierView !== undefined) return s.frontierView();
    return s.toView(this.foldAt(this.pos));
  }

  wireView(): WorldView {
    const s = this.store;
    if (this.pos === this.log.length && s.frontierWireView !== undefined) return s.frontierWireView();
    return trimView(this.view());
  }

  seekToEvent(seq: number): void {
    if (!Number.isInteger(seq) || seq < -1) throw new RangeError(`bad seq ${seq}`);
    const target = seq + 1;
    while (this.log.length < target && !this.runEngine.ended) if (!this.advance()) break;
    this.pos = Math.min(target, this.log.length);
  }

  /**
   * One action (none of it after `horizonNs`), then an eager keyframe when one is due. False when nothing can
   * happen any more.
   */
  private advance(horizonNs = Infinity): boolean {
    const ran = this.runEngine.advance(horizonNs);
    this.actions += Math.max(1, ran);
    if (ran === 0) return false;
    const n = this.log.length;
    if (n >= this.nextKeyframe) {
      this.nextKeyframe = n + this.kfEvery;
      // n is an action boundary, where the engine's view equals the fold of the log up to n.
      this.store.atBoundary?.(n);
    }
    return true;
  }

  /**
   * Stepping at the frontier with a frontier view: keep the fold at this action boundary, so views inside the
   * next action are short folds. Folding the previous action's events costs a few operations per event;
   * deriving the view afresh costs one object per goroutine (milliseconds per step with 100 000 goroutines).
   */
  private keepFrontierFold(): void {
    const s = this.store;
    if (s.frontierFold === undefined) return;
    const c = this.cache;
    if (c === null || c.pos > this.pos || this.pos - c.pos > this.kfEvery)
      this.cache = { pos: this.pos, f: s.frontierFold() };
    else if (c.pos < this.pos) {
      s.fold(c.f, c.pos, this.pos);
      c.pos = this.pos;
    }
  }

  /** The fold right after event pos-1, from the cached fold or the nearest keyframe. */
  private foldAt(pos: number): F {
    const s = this.store;
    let c = this.cache;
    if (c === null || c.pos > pos || c.pos < s.posAtOrBefore(pos)) {
      c = s.restore(pos);
      this.cache = c;
    }
    if (c.pos < pos) {
      if (s.atFolded === undefined) s.fold(c.f, c.pos, pos);
      else
        while (c.pos < pos) {
          // Cut the fold at each multiple of the cadence so the store can keep a keyframe there.
          const next = Math.min(pos, (Math.floor(c.pos / this.kfEvery) + 1) * this.kfEvery);
          s.fold(c.f, c.pos, next);
          c.pos = next;
          if (next % this.kfEvery === 0) s.atFolded(next, c.f);
        }
      c.pos = pos;
    }
    return c.f;
  }
}
