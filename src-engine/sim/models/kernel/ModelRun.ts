/**
 * A historical model as a {@link SchedulerRun}: one class for every model (the model differs only by its
 * {@link Policy}). The log is the columnar {@link EventLog} the Go engine uses; views are folds of it
 * ({@link foldEvent}), with a keyframe (a structured clone of the fold) every {@link MODEL_KEYFRAME_EVENTS}
 * events, so a seek restores the nearest keyframe and replays at most one interval. Like the Go run, the
 * simulation only moves forward and the playhead can sit anywhere in the recorded range.
 */
import type { GoProgram } from '../../body';
import type { SchedEvent } from '../../events';
import { EventLog } from '../../log/EventLog';
import type { OutputChunk, ProgramExit, SchedulerRun } from '../../SchedulerRun';
import type { WorldView } from '../../WorldView';
import { endStuck, processAction, startSim } from './loop';
import type { Policy } from './policy';
import { Sim, type SimOptions } from './Sim';
import { emptyFold, foldEvent, foldToView, type ModelFold } from './view';

/** Events between keyframes of a model run's view. */
export const MODEL_KEYFRAME_EVENTS = 4_096;

/**
 * Most actions one {@link ModelRun.step} runs looking for the next event. The kernel records a slice
 * renewal at least once per time slice of a running core, so a step normally needs far fewer (a `for {}`
 * takes ~400 actions per 4 ms slice); this is the safety net that keeps every call bounded whatever the
 * costs and slice are set to. A step that spends it returns undefined with the run not ended (the caller
 * asks again).
 */
export const MODEL_STEP_ACTIONS = 1_000_000;

export class ModelRun implements SchedulerRun {
  private readonly log = new EventLog();
  /** The engine (tests read its state). */
  readonly sim: Sim;
  private pos = 0;
  private fold: { pos: number; f: ModelFold };
  private readonly keyframes: { pos: number; f: ModelFold }[] = [];

  constructor(
    readonly modelId: string,
    readonly modelName: string,
    policy: Policy,
    opts: SimOptions & { readonly program: GoProgram },
    private readonly kfEvery = MODEL_KEYFRAME_EVENTS,
  ) {
    this.program = opts.program;
    this.sim = new Sim(this.log, policy, opts);
    this.fold = { pos: 0, f: emptyFold(opts.cores) };
    startSim(this.sim, opts.program);
  }

  setLineBreaks(lines: readonly number[]): void {
    this.program.setLineBreaks?.(lines);
  }

  private readonly program: GoProgram;

  get now(): number {
    return this.pos === 0 ? 0 : this.log.timeOf(this.pos - 1);
  }

  get eventCount(): number {
    return this.pos;
  }

  get recordedCount(): number {
    return this.log.length;
  }

  get exit(): ProgramExit | undefined {
    const s = this.sim;
    if (!s.ended || this.pos < this.log.length) return undefined;
    return { code: s.exitCode, t: this.now, reason: s.exitReason };
  }

  /**
   * The next event; undefined when the program has ended, or (the run not ended) when
   * {@link MODEL_STEP_ACTIONS} actions produced none.
   */
  step(): SchedEvent | undefined {
    if (this.pos < this.log.length) return this.log.get(this.pos++);
    const before = this.log.length;
    for (let left = MODEL_STEP_ACTIONS; left > 0 && this.log.length === before && !this.sim.ended; left--)
      this.processOne();
    if (this.log.length === before) return undefined;
    return this.log.get(this.pos++);
  }

  /**
   * Plays to `tNs`; with `maxEvents`, stops once that many events were passed or recorded (an action is never
   * cut, so it may pass a few more), with the playhead on the last of them.
   */
  runUntil(tNs: number, maxEvents = Number.MAX_SAFE_INTEGER): void {
    const stop = Math.min(Number.MAX_SAFE_INTEGER, this.pos + maxEvents);
    while (this.pos < this.log.length && this.pos < stop && this.log.timeOf(this.pos) <= tNs) this.pos++;
    if (this.pos < this.log.length) return;
    const s = this.sim;
    while (!s.ended && this.log.length < stop && this.nextTime() <= tNs) this.processOne();
    this.pos = this.log.length;
  }

  /** Runs to the end of the program, or until `maxEvents` events are recorded. */
  runToEnd(maxEvents = Number.MAX_SAFE_INTEGER): void {
    while (!this.sim.ended && this.log.length < maxEvents) this.processOne();
    this.pos = this.log.length;
  }

  event(seq: number): SchedEvent {
    return this.log.get(seq);
  }

  output(): readonly OutputChunk[] {
    const out: OutputChunk[] = [];
    for (const o of this.sim.outputs) if (o.seq < this.pos) out.push(o.chunk);
    return out;
  }

  view(): WorldView {
    return foldToView(this.foldAt(this.pos), this.modelId, this.modelName);
  }

  seekToEvent(seq: number): void {
    if (!Number.isInteger(seq) || seq < -1) throw new RangeError(`bad seq ${seq}`);
    const target = seq + 1;
    while (this.log.length < target && !this.sim.ended) this.processOne();
    this.pos = Math.min(target, this.log.length);
  }

  /** Time of the next pending action (Infinity when none). */
  private nextTime(): number {
    const e = { t: 0, kind: 0, target: 0, gen: 0 };
    // Peek by popping and pushing back would reorder ties; the agenda's own peek is exact.
    return this.sim.peekTime(e);
  }

  private processOne(): void {
    if (!processAction(this.sim)) endStuck(this.sim);
  }

  /** The fold right after event pos-1, from the cached fold or the nearest keyframe. */
  private foldAt(pos: number): ModelFold {
    let c = this.fold;
    if (c.pos > pos) {
      let best: { pos: number; f: ModelFold } | undefined;
      for (const k of this.keyframes) if (k.pos <= pos && (best === undefined || k.pos > best.pos)) best = k;
      c =
        best === undefined
          ? { pos: 0, f: emptyFold(this.sim.cores.length) }
          : { pos: best.pos, f: structuredClone(best.f) };
    }
    for (let seq = c.pos; seq < pos; seq++) {
      foldEvent(c.f, this.log.get(seq));
      const n = seq + 1;
      if (n % this.kfEvery === 0 && !this.keyframes.some((k) => k.pos === n))
        this.keyframes.push({ pos: n, f: structuredClone(c.f) });
    }
    c.pos = pos;
    this.fold = c;
    return c.f;
  }
}
