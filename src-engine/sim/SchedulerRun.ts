import type { SchedEvent } from './events';
import type { WorldView } from './WorldView';
import type { RawEventSource } from './log/EventLog';

/** How a program ended, with Go's exit status (0, 2 for panics and fatal errors, or os.Exit's code). */
export interface ProgramExit {
  readonly code: number;
  /** Virtual time of the end, ns. */
  readonly t: number;
  /** Why, e.g. `main returned`, `fatal error: all goroutines are asleep - deadlock!`. */
  readonly reason: string;
}

/** A chunk of program output, in order, at the virtual time it was written. */
export interface OutputChunk {
  readonly t: number;
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

/**
 * One run of a scheduler model over one program: what the engine host drives.
 *
 * @remarks
 * Implementations are deterministic: the same program, settings and seed give the same event log,
 * however the run is chunked (`step` one at a time, `runUntil`, or `seekToEvent` then continuing).
 */
export interface SchedulerRun {
  /**
   * Source lines where a goroutine arriving must be recorded (a `line.reached` event) even with no scheduler
   * event there: the line breakpoints. Applies to events simulated from now on; an empty list (the default)
   * records nothing extra.
   */
  setLineBreaks?(lines: readonly number[]): void;
  /** Name shown in the UI, e.g. `Go 1.22–1.24 (M:P:N)`. */
  readonly modelName: string;
  /** Virtual time of the last event, ns. */
  readonly now: number;
  /** Number of events produced so far. */
  readonly eventCount: number;
  /** Set once the program has ended (main returned, a fatal error, or a panic). */
  readonly exit: ProgramExit | undefined;
  /** Produces the next event. Returns it, or undefined when the program has ended. */
  step(): SchedEvent | undefined;
  /**
   * Steps until the next event would be after `tNs` or the program ends; with `maxEvents`, also stops once
   * that many events were passed or recorded (an action is never cut, so it may pass a few more). The host
   * bounds each playback tick this way (docs/limits.md). Models that ignore `maxEvents` run to `tNs`.
   */
  runUntil(tNs: number, maxEvents?: number): void;
  /** The event at log position `seq` (0-based). */
  event(seq: number): SchedEvent;
  /**
   * The recorded events read without objects, for consumers that meet every event (the insight index); absent,
   * they read {@link SchedulerRun.event}.
   */
  rawEvents?(): RawEventSource;
  /** Output written so far. */
  output(): readonly OutputChunk[];
  /** The whole current state, for a keyframe or a seek. */
  view(): WorldView;
  /**
   * The current state as the wire carries it: {@link SchedulerRun.view} trimmed above `TRIM_ABOVE` goroutines
   * (`sim/view/trimView.ts`), built without the goroutines' views it leaves out where the model can.
   */
  wireView(): WorldView;
  /**
   * One plain sentence for an event of this run, when the model explains its own events (the historical
   * models, from their registered tables); absent, the Go explainer (`explain/explain.ts`) applies.
   */
  explain?(e: SchedEvent, creator: number): string;
  /** Restores the state right after event `seq` (or the start, with -1). Exact and deterministic. */
  seekToEvent(seq: number): void;
}
