/**
 * Insight messages of the renderer ⇄ engine protocol: the renderer asks the engine for pages of events,
 * lane summaries, metrics and one goroutine's story (`query`, answered by `answer` with the same
 * `requestId`), and sets breakpoints (`setBreakpoints`, reported by `breakpoint` when one pauses the run).
 */
import type { EventFilter, GoroutineStory } from '../sim/insight/query';
import type { RunMetrics } from '../sim/insight/metrics';
import type { Breakpoint } from './scenarioFile/schema';

export type { EventFilter, GoroutineStory, RunMetrics, Breakpoint };

/** Most events one `events` page holds. */
export const MAX_EVENTS_PAGE = 1_000;
/** Most timeline columns a `lanes` query asks for. */
export const MAX_LANE_BUCKETS = 4_000;
/** Most goroutine lanes one `lanes` query returns. */
export const MAX_G_LANES = 400;

/** What the renderer asks. */
export type InsightQuery =
  /** Matching events `from` (a rank among the matches) to `from + count`. */
  | { readonly kind: 'events'; readonly from: number; readonly count: number; readonly filter: EventFilter }
  /** Lanes over [t0Ns, t1Ns) at `buckets` columns; goroutine lanes `gFrom`…`gFrom + gCount` (creation order). */
  | {
      readonly kind: 'lanes';
      readonly t0Ns: number;
      readonly t1Ns: number;
      readonly buckets: number;
      readonly gFrom: number;
      readonly gCount: number;
    }
  | { readonly kind: 'metrics' }
  | { readonly kind: 'goroutine'; readonly g: number };

/** One row of the event list. */
export interface EventRow {
  readonly seq: number;
  readonly t: number;
  readonly kind: string;
  readonly g?: number;
  readonly p?: number;
  readonly m?: number;
  readonly line?: number;
  /** The explanation: what happened and why. */
  readonly text: string;
}

/** Lane pieces, 6 numbers each: startNs, endNs, state code, goroutine (-1), mixed (0/1), label index (-1). */
export type FlatSegments = readonly number[];

/** The engine's answer to an {@link InsightQuery}. */
export type InsightAnswer =
  | {
      readonly kind: 'events';
      readonly from: number;
      readonly rows: readonly EventRow[];
      /** Matching events among those indexed. */
      readonly total: number;
      /** Events indexed so far (the index may still be catching up with a long run). */
      readonly indexed: number;
      /** Matches at or before the playhead's event (where the list's playhead marker goes). */
      readonly playheadRank: number;
    }
  | {
      readonly kind: 'lanes';
      readonly t0Ns: number;
      readonly t1Ns: number;
      readonly buckets: number;
      /** Virtual time of the last indexed event: lanes end there. */
      readonly endNs: number;
      readonly ps: readonly FlatSegments[];
      readonly ms: readonly FlatSegments[];
      readonly gs: readonly { readonly id: number; readonly segs: FlatSegments }[];
      readonly gFrom: number;
      /** Goroutines ever created. */
      readonly gTotal: number;
      /** Labels of segments (wait places and reasons), by index. */
      readonly labels: readonly string[];
      /** Goroutines running, runnable and waiting per column (largest in the column). */
      readonly counts: {
        readonly running: readonly number[];
        readonly runnable: readonly number[];
        readonly waiting: readonly number[];
      };
    }
  | { readonly kind: 'metrics'; readonly metrics: RunMetrics }
  | { readonly kind: 'goroutine'; readonly story: GoroutineStory };
