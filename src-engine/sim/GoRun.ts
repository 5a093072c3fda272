/**
 * The Go scheduler model as a {@link SchedulerRun}.
 *
 * @remarks
 * The engine state always sits at the end of the recorded log (the frontier): simulation only ever moves
 * forward, and the log is the single source of truth. The playhead (`pos`) can be anywhere in the recorded
 * range. Views behind the frontier come from keyframes ({@link Keyframes}): snapshots of the view every
 * {@link KEYFRAME_EVENTS} events, taken from the engine state at an action boundary (where it equals the fold
 * of the log) and stored compactly, re-encoding only the goroutines that moved since the previous one, so the
 * run pays almost nothing per event for them. A seek restores the nearest keyframe at or before the target
 * and replays the log's events through the reducer ({@link applyEventMut}), so it is exact and costs at most
 * one keyframe interval of cheap event applications, however expensive the simulation was. Stepping forward from a seek
 * position reuses the recorded events, then continues simulating at the frontier.
 */
import type { BodyProgram, GoProgram } from './body';
import type { CostModel } from './costModel';
import { bootstrap, emptyState, peekTime, processAction } from './core/engine';
import { ProgramEnd, Rt } from './core/Rt';
import { outOfMemory } from './core/oom';
import { activateBudget, MEMORY_BUDGET_BYTES, MemoryBudget, OutOfMemoryError } from './limits';
import { NONE } from './state/types';
import { reachableBytes } from './util/reachableBytes';
import type { SchedEvent } from './events';
import { EventLog } from './log/EventLog';
import type { OutputChunk, ProgramExit, SchedulerRun } from './SchedulerRun';
import type { SimState } from './state/types';
import { objectArray } from './util/arrays';
import { fromWorldView, toWorldView, type MutableView } from './view/MutableView';
import { LogFolder } from './view/foldLog';
import { deriveView } from './view/deriveView';
import { Keyframes } from './view/keyframes';
import type { WorldView } from './WorldView';

/** Events between keyframes (each seek replays at most this many events through the reducer). */
export const KEYFRAME_EVENTS = 4_096;

export interface GoRunOptions {
  program: GoProgram;
  gomaxprocs: number;
  seed: number;
  cost: CostModel;
  maxGoroutines: number;
  keyframeEvents?: number;
  /** The run's memory budget, bytes (default {@link MEMORY_BUDGET_BYTES}; docs/limits.md). */
  memoryBudgetBytes?: number;
}

export class GoRun implements SchedulerRun {
  readonly modelName = 'Go 1.22–1.24 (M:P:N)';
  private readonly rt: Rt;
  private readonly log = new EventLog();
  /** Events consumed: the state shown is right after event pos-1. */
  private pos = 0;
  /** Reducer state at some position (reused when the playhead moves forward a little). */
  private cache: { pos: number; mv: MutableView } | null = null;
  /** Keyframes, derived from the engine state at action boundaries. */
  private readonly keyframes: Keyframes;
  private readonly kfEvery: number;
  /** Log length at which the next keyframe is due (saves reading the last keyframe after every action). */
  private nextKeyframe: number;
  private readonly folder: LogFolder;
  /** Program values, the log and the keyframes count against it (docs/limits.md). */
  readonly budget: MemoryBudget;

  private readonly program: GoProgram;

  setLineBreaks(lines: readonly number[]): void {
    this.program.setLineBreaks?.(lines);
  }

  constructor(opts: GoRunOptions) {
    this.program = opts.program;
    this.kfEvery = opts.keyframeEvents ?? KEYFRAME_EVENTS;
    this.nextKeyframe = this.kfEvery;
    this.folder = new LogFolder(this.log);
    const bodies = objectArray<BodyProgram>();
    this.rt = new Rt(emptyState(opts.gomaxprocs, opts.seed), this.log, opts.cost, bodies, opts.maxGoroutines);
    this.keyframes = new Keyframes(this.rt);
    this.budget = new MemoryBudget(opts.memoryBudgetBytes ?? MEMORY_BUDGET_BYTES, () =>
      this.liveProgramBytes(),
    );
    activateBudget(this.budget);
    try {
      bootstrap(this.rt, opts.program, opts.gomaxprocs);
    } finally {
      activateBudget(undefined);
    }
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
    const st = this.rt.st;
    if (!st.ended || this.pos < this.log.length) return undefined;
    return { code: st.exitCode, t: this.now, reason: st.exitReason };
  }

  step(): SchedEvent | undefined {
    if (this.pos < this.log.length) return this.log.get(this.pos++);
    if (this.rt.st.ended) return undefined;
    // At the frontier: keep the view at this action boundary, so views inside the action are folds. Folding the
    // previous action's events costs a few operations per event; deriving the view afresh costs one object per
    // goroutine, which made every step of a 100 000-goroutine run take milliseconds.
    const c = this.cache;
    if (c === null || c.pos > this.pos || this.pos - c.pos > this.kfEvery) {
      this.cache = { pos: this.pos, mv: fromWorldView(this.frontierView()) };
    } else if (c.pos < this.pos) {
      this.folder.fold(c.mv, c.pos, this.pos);
      c.pos = this.pos;
    }
    if (!this.advanceAction()) return undefined;
    return this.log.get(this.pos++);
  }

  runUntil(tNs: number, maxEvents = Number.MAX_SAFE_INTEGER): void {
    const limit = this.pos + maxEvents;
    while (this.pos < this.log.length && this.pos < limit && this.log.timeOf(this.pos) <= tNs) this.pos++;
    if (this.pos < this.log.length) return;
    for (;;) {
      if (this.rt.st.ended || this.log.length >= limit) break;
      const t = peekTime(this.rt);
      if (t === undefined || t > tNs) break;
      this.processOne();
    }
    this.pos = this.log.length;
  }

  /** Runs to the end of the program, or until `maxEvents` events are recorded. */
  runToEnd(maxEvents = Number.MAX_SAFE_INTEGER): void {
    while (!this.rt.st.ended && this.log.length < maxEvents) {
      if (!this.processOne()) break;
    }
    this.pos = this.log.length;
  }

  event(seq: number): SchedEvent {
    return this.log.get(seq);
  }

  output(): readonly OutputChunk[] {
    const out: OutputChunk[] = [];
    for (const o of this.rt.outputs) if (o.seq < this.pos) out.push(o.chunk);
    return out;
  }

  view(): WorldView {
    if (this.pos === this.log.length) return this.frontierView();
    return toWorldView(this.mutableAt(this.pos));
  }

  seekToEvent(seq: number): void {
    if (!Number.isInteger(seq) || seq < -1) throw new RangeError(`bad seq ${seq}`);
    const target = seq + 1;
    while (this.log.length < target && !this.rt.st.ended) {
      if (!this.processOne()) break;
    }
    this.pos = Math.min(target, this.log.length);
  }

  /** The engine's internal state at the frontier (tests and invariant checks only). */
  get internals(): { st: SimState; cursor: number; pos: number; keyframes: Keyframes } {
    return { st: this.rt.st, cursor: this.rt.cursor, pos: this.pos, keyframes: this.keyframes };
  }

  /** The view at the frontier, derived from the engine state. */
  private frontierView(): WorldView {
    const n = this.log.length;
    return deriveView(this.rt.st, n === 0 ? 0 : this.log.timeOf(n - 1), n - 1);
  }

  /** The reducer state right after event pos-1 (pos < log.length), from the cache or the nearest keyframe. */
  private mutableAt(pos: number): MutableView {
    let c = this.cache;
    if (c === null || c.pos > pos || c.pos < this.keyframes.posAtOrBefore(pos)) {
      c = this.keyframes.restore(pos);
      this.cache = c;
    }
    if (c.pos < pos) {
      this.folder.fold(c.mv, c.pos, pos);
      c.pos = pos;
    }
    return c.mv;
  }

  /** Processes actions until at least one event is recorded; false at the end. */
  private advanceAction(): boolean {
    const before = this.log.length;
    while (this.log.length === before) {
      if (this.rt.st.ended) return false;
      if (!this.processOne()) return false;
    }
    return true;
  }

  private processOne(): boolean {
    // The interpreter charges allocations to the run being simulated (`budget.charge`), and to no other run.
    activateBudget(this.budget);
    let more: boolean;
    try {
      more = processAction(this.rt);
    } finally {
      activateBudget(undefined);
    }
    if (!more) {
      this.hang();
      return false;
    }
    const n = this.log.length;
    if (n >= this.nextKeyframe) {
      // n is an action boundary, where the engine state's view equals the fold of the log up to n.
      this.keyframes.add(n, this.log.timeOf(n - 1));
      this.nextKeyframe = n + this.kfEvery;
      this.chargeRecord();
    }
    return true;
  }

  /** Counts the event log and keyframes against the budget; ends the program when they cross it. */
  private chargeRecord(): void {
    try {
      this.budget.setLogBytes(this.log.byteSize + this.keyframes.byteSize);
    } catch (err) {
      if (!(err instanceof OutOfMemoryError) || this.rt.st.ended) throw err;
      try {
        outOfMemory(this.rt, NONE, err);
      } catch (end) {
        if (!(end instanceof ProgramEnd)) throw end;
      }
    }
  }

  /** Bytes the program's values hold now: what its goroutines and channel buffers reach (a "collection"). */
  private liveProgramBytes(): number {
    const st = this.rt.st;
    const roots: unknown[] = [];
    for (const g of st.gs) if (g !== undefined) roots.push(g.state, g.inValue, g.sendValue, g.selVals);
    for (const c of st.chans) if (c !== undefined) roots.push(c.buf);
    return reachableBytes(roots);
  }

  /** Nothing can ever happen again but the program has not ended (Go would hang). */
  private hang(): void {
    if (this.rt.st.ended) return;
    try {
      this.rt.end(-1, 'hang: no goroutine can run and no deadlock is reported (as in Go)');
    } catch {
      // ProgramEnd
    }
  }
}
