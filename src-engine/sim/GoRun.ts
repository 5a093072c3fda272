/**
 * The Go scheduler model as a {@link SchedulerRun}: the shared {@link LoggedRun} machinery (log, playhead,
 * seeking, keyframe cadence) over the Go engine and its keyframe store.
 *
 * @remarks
 * Views behind the frontier come from keyframes ({@link Keyframes}): snapshots of the view every
 * {@link KEYFRAME_EVENTS} events, taken from the engine state at an action boundary (where it equals the fold
 * of the log) and stored compactly, re-encoding only the goroutines that moved since the previous one, so the
 * run pays almost nothing per event for them. A seek restores the nearest keyframe at or before the target
 * and replays the log's events through the reducer ({@link applyEventMut}), so it is exact and costs at most
 * one keyframe interval of cheap event applications, however expensive the simulation was. Stepping forward from a seek
 * position reuses the recorded events, then continues simulating at the frontier.
 */
import type { BodyProgram, GoProgram } from './body';
import type { CostModel } from './costModel';
import { bootstrap, emptyState, peekTime, processSilent, SILENT_ACTIONS } from './core/engine';
import { ProgramEnd, Rt } from './core/Rt';
import { outOfMemory } from './core/oom';
import { activateBudget, MEMORY_BUDGET_BYTES, MemoryBudget, OutOfMemoryError } from './limits';
import { NONE } from './state/types';
import { reachableBytes } from './util/reachableBytes';
import { LoggedRun, type RunEngine, type ViewStore } from './run/LoggedRun';
import type { SimState } from './state/types';
import { objectArray } from './util/arrays';
import { fromWorldView, toWorldView, type MutableView } from './view/MutableView';
import { LogFolder } from './view/foldLog';
import { deriveView, deriveWireView } from './view/deriveView';
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

/**
 * The Go engine as {@link LoggedRun} drives it.
 *
 * @remarks
 * A class, not an object literal with getters: V8 gives each such literal's object a hidden class of its own
 * (its getters are new closures every time), and that hidden class, held in old space until a full
 * collection, kept the whole run reachable. Every finished run then survived the young-generation collections
 * (about 85 % of what a short run allocates was copied, then promoted): the §11.7 bench's go cpuAndSyscall
 * case ran at 0.95 M events/s with the literal, 1.27 M with this class, side by side on the same machine.
 */
class GoEngine implements RunEngine {
  private readonly st: SimState;
  readonly outputs: RunEngine['outputs'];

  constructor(
    private readonly rt: Rt,
    /** {@link RunEngine.advance}: the run's `processOne`. */
    readonly advance: (horizonNs: number) => number,
  ) {
    this.st = rt.st;
    this.outputs = rt.outputs;
  }

  get ended(): boolean {
    return this.st.ended;
  }

  get exitCode(): number {
    return this.st.exitCode;
  }

  get exitReason(): string {
    return this.st.exitReason;
  }

  nextTime(): number {
    return peekTime(this.rt) ?? Infinity;
  }
}

export class GoRun extends LoggedRun<MutableView> {
  readonly modelName = 'Go 1.22–1.24 (M:P:N)';
  private readonly rt: Rt;
  /** Keyframes, derived from the engine state at action boundaries. */
  private readonly keyframes: Keyframes;
  private readonly folder: LogFolder;
  /** Program values, the log and the keyframes count against it (docs/limits.md). */
  readonly budget: MemoryBudget;

  private readonly program: GoProgram;

  setLineBreaks(lines: readonly number[]): void {
    this.program.setLineBreaks?.(lines);
  }

  constructor(opts: GoRunOptions) {
    super(opts.keyframeEvents ?? KEYFRAME_EVENTS);
    this.program = opts.program;
    this.folder = new LogFolder(this.log);
    const bodies = objectArray<BodyProgram>();
    this.rt = new Rt(emptyState(opts.gomaxprocs, opts.seed), this.log, opts.cost, bodies, opts.maxGoroutines);
    this.keyframes = new Keyframes(this.rt);
    this.budget = new MemoryBudget(opts.memoryBudgetBytes ?? MEMORY_BUDGET_BYTES, () =>
      this.liveProgramBytes(),
    );
    this.attach(this.goEngine(), this.viewStore());
    activateBudget(this.budget);
    try {
      bootstrap(this.rt, opts.program, opts.gomaxprocs);
    } finally {
      activateBudget(undefined);
    }
  }

  /** The engine's internal state at the frontier (tests and invariant checks only). */
  get internals(): { st: SimState; cursor: number; pos: number; keyframes: Keyframes } {
    return { st: this.rt.st, cursor: this.rt.cursor, pos: this.pos, keyframes: this.keyframes };
  }

  private goEngine(): RunEngine {
    return new GoEngine(this.rt, (horizonNs) => this.processOne(horizonNs));
  }

  private viewStore(): ViewStore<MutableView> {
    const kf = this.keyframes;
    return {
      posAtOrBefore: (pos) => kf.posAtOrBefore(pos),
      restore: (pos) => {
        const r = kf.restore(pos);
        return { pos: r.pos, f: r.mv };
      },
      fold: (mv, from, to) => this.folder.fold(mv, from, to),
      toView: (mv) => toWorldView(mv),
      atBoundary: (n) => {
        kf.add(n, this.log.timeOf(n - 1));
        this.chargeRecord();
      },
      frontierView: () => this.frontierView(),
      frontierWireView: () => this.frontierView(true),
      frontierFold: () => fromWorldView(this.frontierView()),
    };
  }

  /** The view at the frontier, derived from the engine state (`wire`: as the wire carries it). */
  private frontierView(wire = false): WorldView {
    const n = this.log.length;
    const t = n === 0 ? 0 : this.log.timeOf(n - 1);
    return wire ? deriveWireView(this.rt.st, t, n - 1) : deriveView(this.rt.st, t, n - 1);
  }

  private processOne(horizonNs: number): number {
    // The interpreter charges allocations to the run being simulated (`budget.charge`), and to no other run.
    activateBudget(this.budget);
    let ran: number;
    try {
      ran = processSilent(this.rt, horizonNs, SILENT_ACTIONS);
    } finally {
      activateBudget(undefined);
    }
    if (ran === 0) this.hang();
    return ran;
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
