import type { SchedEvent } from '../sim/events';
import type { OutputChunk, ProgramExit } from '../sim/SchedulerRun';
import type { WorldView } from '../sim/WorldView';
import type { Beat, Breakpoint } from './scenarioFile/schema';
import type { InsightAnswer, InsightQuery } from './insight';

/** Settings of one run, as the renderer asks for them. */
export interface RunSettings {
  /** Number of CPU cores of the simulated machine; the default GOMAXPROCS. 1–256. */
  readonly cores: number;
  /** Seed of the engine's PRNG; same seed, same event log. */
  readonly seed: number;
  /** GOMAXPROCS at start when it differs from `cores`. */
  readonly gomaxprocs?: number;
  /** Cost model overrides, ns by name (see the engine's `CostModel`). */
  readonly cost?: Readonly<Record<string, number>>;
  /** Scheduler model id (`go` when absent); see `sim/models/catalog.ts`. */
  readonly model?: string;
  /** The model's named settings, by name. */
  readonly modelSettings?: Readonly<Record<string, number>>;
}

/** A narrated moment of a lesson, as the engine needs it: where it is anchored and whether to pause. */
export interface BeatInput {
  readonly at: Beat['at'];
  readonly caption: string;
  readonly pause?: boolean;
}

/** What the renderer asks the engine to load. */
export interface ScenarioInput {
  readonly title: string;
  /** Go source of `package main`. */
  readonly program: string;
  readonly settings: RunSettings;
  readonly beats?: readonly BeatInput[];
}

/**
 * A located problem in a scenario (compile error, unsupported construct, bad setting). Lines are 1-based;
 * columns are 1-based UTF-8 byte columns, as the Go compiler counts them.
 */
export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly endLine?: number;
  readonly endCol?: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** Messages from the renderer to the engine, keyed on `type`. */
export type RendererToEngine =
  | { readonly type: 'hello'; readonly protocolVersion: number }
  | { readonly type: 'load'; readonly scenario: ScenarioInput }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  /** Advance by `count` events (≥ 1), then pause. */
  | { readonly type: 'step'; readonly count: number }
  /** Jump to the state right after event `seq` (-1: the start). */
  | { readonly type: 'seek'; readonly seq: number }
  /** Jump to virtual time `tNs`: the state after the last event at or before it (the scrub bar). */
  | { readonly type: 'seekTime'; readonly tNs: number }
  /** Playback rate as a multiple of {@link BASE_NS_PER_WALL_SECOND}. */
  | { readonly type: 'setSpeed'; readonly speed: number }
  /** Check a program without running it (the editor's inline diagnostics); answered by `checked`. */
  | { readonly type: 'check'; readonly requestId: number; readonly program: string }
  /** Ask for events, lanes, metrics or a goroutine's story (see insight.ts); answered by `answer`. */
  | { readonly type: 'query'; readonly requestId: number; readonly query: InsightQuery }
  /** Replace the breakpoints; the run pauses right after the first event one matches (`breakpoint`). */
  | { readonly type: 'setBreakpoints'; readonly breakpoints: readonly Breakpoint[] };

/** Why the engine reports an error. */
export type EngineErrorCode = 'bad-message' | 'version-mismatch' | 'not-ready' | 'limit' | 'internal';

/** Messages from the engine to the renderer, keyed on `type`. */
export type EngineToRenderer =
  | { readonly type: 'hello'; readonly protocolVersion: number; readonly engine: string }
  | {
      readonly type: 'loaded';
      readonly title: string;
      readonly modelName: string;
      readonly settings: RunSettings;
      /** State at virtual time 0, after the runtime's start-up events. */
      readonly view: WorldView;
      /** Events already in the log at that point (the start-up). */
      readonly eventCount: number;
    }
  | { readonly type: 'diagnostics'; readonly items: readonly Diagnostic[] }
  | { readonly type: 'checked'; readonly requestId: number; readonly diagnostics: readonly Diagnostic[] }
  | {
      readonly type: 'frame';
      /** Playhead, virtual ns: may be past the last event while time passes between events. */
      readonly t: number;
      /**
       * Events since the previous frame that had a view, in order (the newest ones, see `skipped`): they come
       * with the view they lead to, so a frame without a view has none. Empty after a seek.
       */
      readonly events: readonly SchedEvent[];
      /**
       * Events between the previous frame and `events` left out because the batch was too large to animate
       * (`MAX_EVENTS_PER_FRAME`); the view still reflects them. Absent when none were.
       */
      readonly skipped?: number;
      /**
       * Whole state after the last event of this frame; left out when nothing moved since the view last
       * sent (most frames while playing only advance the clock).
       */
      readonly view?: WorldView;
      readonly playing: boolean;
      /** True when this frame does not follow the previous one (load, seek): draw it without motion. */
      readonly snap: boolean;
      /** Total events produced so far. */
      readonly eventCount: number;
    }
  | { readonly type: 'output'; readonly chunks: readonly OutputChunk[] }
  /** The run reached beat `index` at event `seq`; with `pause` the run stopped right after that event. */
  | {
      readonly type: 'beat';
      readonly index: number;
      readonly seq: number;
      readonly caption: string;
      readonly pause: boolean;
    }
  | { readonly type: 'ended'; readonly exit: ProgramExit }
  | { readonly type: 'answer'; readonly requestId: number; readonly answer: InsightAnswer }
  /** Breakpoint `id` paused the run right after event `seq`; `label` says what it was and what happened. */
  | { readonly type: 'breakpoint'; readonly id: string; readonly seq: number; readonly label: string }
  | { readonly type: 'error'; readonly code: EngineErrorCode; readonly message: string };

/**
 * Virtual nanoseconds that pass per wall-clock second at speed 1×: 10 µs of Go time takes a second to
 * watch, so a goroutine switch (~0.2 µs) is visible and a 20 µs sysmon tick takes two seconds.
 */
export const BASE_NS_PER_WALL_SECOND = 10_000;

/** Limits a renderer must respect; the engine rejects anything outside them with a `bad-message` error. */
export const LIMITS = {
  minCores: 1,
  maxCores: 256,
  minSpeed: 0.01,
  maxSpeed: 100,
  maxStep: 1_000_000,
  maxProgramBytes: 5 * 1024 * 1024,
} as const;
