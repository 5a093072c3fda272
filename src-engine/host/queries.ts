/**
 * The host's insight service: keeps an {@link EventIndex} of the run's log (built in bounded slices so the
 * engine thread never stalls), answers the renderer's queries from it, and checks breakpoints against new
 * events. EngineHost owns one and calls it from a few places; everything else lives here.
 */
import type { Breakpoint, EventRow, InsightAnswer, InsightQuery } from '../protocol';
import { explainText } from '../sim/explain/explain';
import { BREAK_CATEGORIES, classify } from '../sim/insight/classify';
import { EventIndex } from '../sim/insight/EventIndex';
import { computeMetrics } from '../sim/insight/metrics';
import { FilteredSeqs, flatLane, goroutineStory, sampleMax, type EventFilter } from '../sim/insight/query';
import type { SchedEvent } from '../sim/events';
import type { SchedulerRun } from '../sim/SchedulerRun';
import type { WallClock } from './Pacer';

/** Longest the index or a filter scan may hold the engine thread in one slice, ms. */
export const SLICE_MS = 20;
/**
 * Longest an index slice may take while the run plays, ms. The run's own ticks come first: indexing a crowded
 * run (100 000 goroutines at 100×) as fast as it played kept the engine thread busy all the time, and on a
 * two-core machine its work and collections took the UI thread's core in turn. The index catches up at the
 * full slice when playback pauses or ends, and a query indexes a full slice before it answers.
 */
export const PLAYING_SLICE_MS = 3;
/** Events indexed between two looks at the clock. */
const CHECK_EVERY = 512;
/** Most events indexed in one slice, whatever the clock says (about 2 µs each; docs/limits.md §4). */
export const MAX_INDEX_PER_SLICE = 8_192;
/** Filters kept (the event list asks for a few alternately). */
const MAX_FILTERS = 8;

/** A breakpoint that paused the run. */
export interface BreakHit {
  readonly id: string;
  readonly seq: number;
  readonly label: string;
}

export class InsightService {
  private index = new EventIndex();
  private filters = new Map<string, FilteredSeqs>();
  private breakpoints: readonly Breakpoint[] = [];
  private run: SchedulerRun | undefined;
  private produced = 0;
  private stopCatchUp: (() => void) | undefined;

  constructor(
    private readonly clock: WallClock,
    /** Told how many events each slice indexed or scanned (the host counts its work per turn). */
    private readonly countEvents: (n: number) => void = () => {},
    /** Whether the run is playing (index slices are then {@link PLAYING_SLICE_MS}). */
    private readonly playing: () => boolean = () => false,
  ) {}

  /** Whether any breakpoint is enabled (otherwise {@link InsightService.firstBreak} walks nothing). */
  get hasBreakpoints(): boolean {
    return this.breakpoints.length > 0;
  }

  /** A new run: forget the old index. */
  reset(run: SchedulerRun | undefined): void {
    this.stopCatchUp?.();
    this.stopCatchUp = undefined;
    this.run = run;
    this.applyLineBreaks();
    this.produced = run?.eventCount ?? 0;
    this.index = new EventIndex(run?.rawEvents?.());
    this.filters.clear();
    this.sliceIndex();
  }

  /** The run has produced `produced` events (its high-water mark): index them, a slice now and the rest later. */
  grew(produced: number): void {
    this.produced = Math.max(this.produced, produced);
    if (!this.sliceIndex() && this.stopCatchUp === undefined) {
      this.stopCatchUp = this.clock.every(16, () => {
        if (this.sliceIndex()) {
          this.stopCatchUp?.();
          this.stopCatchUp = undefined;
        }
      });
    }
  }

  /** Indexes for at most {@link SLICE_MS} ({@link PLAYING_SLICE_MS} while playing, unless `full`); true when caught up. */
  private sliceIndex(full = false): boolean {
    const run = this.run;
    if (run === undefined) return true;
    const ix = this.index;
    const budgetMs = full || !this.playing() ? SLICE_MS : PLAYING_SLICE_MS;
    const started = this.clock.now();
    const first = ix.length;
    const last = Math.min(this.produced, first + MAX_INDEX_PER_SLICE);
    // Read from the log's columns when the run offers them: no event object per event.
    const source = run.rawEvents?.();
    while (ix.length < last) {
      const end = Math.min(last, ix.length + CHECK_EVERY);
      if (source !== undefined) for (let s = ix.length; s < end; s++) ix.addFrom(source, s);
      else for (let s = ix.length; s < end; s++) ix.add(run.event(s));
      if (this.clock.now() - started > budgetMs) break;
    }
    this.countEvents(ix.length - first);
    return ix.length >= this.produced;
  }

  setBreakpoints(list: readonly Breakpoint[]): void {
    this.breakpoints = list.filter((b) => b.enabled);
    this.applyLineBreaks();
  }

  /** Tells the run which lines to report when a goroutine reaches them (line breakpoints with no event there). */
  private applyLineBreaks(): void {
    const lines: number[] = [];
    for (const b of this.breakpoints) if ('line' in b.on) lines.push(b.on.line);
    this.run?.setLineBreaks?.(lines);
  }

  /** The first enabled breakpoint matched by events `from`…`to` (inclusive), if any. */
  firstBreak(run: SchedulerRun, from: number, to: number): BreakHit | undefined {
    const bps = this.breakpoints;
    if (bps.length === 0) return undefined;
    for (let seq = Math.max(0, from); seq <= to; seq++) {
      const e = run.event(seq);
      let cats = -1;
      for (const b of bps) {
        const on = b.on;
        let hit = false;
        if ('event' in on) {
          if (cats < 0) cats = classify(e);
          hit = (cats & BREAK_CATEGORIES[on.event].bit) !== 0;
        } else if ('g' in on) hit = e.g === on.g;
        else hit = e.line === on.line && e.g !== undefined;
        if (hit)
          return {
            id: b.id,
            seq,
            label: `${breakpointName(b)} — ${this.explainRow(run, e, seq)}`,
          };
      }
    }
    return undefined;
  }

  private creatorOf(seq: number): number {
    return seq < this.index.length ? this.index.creator.get(seq) : -1;
  }

  /** Answers a query about the run; `currentSeq` is the playhead's event. */
  answer(q: InsightQuery, currentSeq: number, nowNs: number): InsightAnswer {
    this.sliceIndex(true);
    const ix = this.index;
    switch (q.kind) {
      case 'events': {
        const f = this.filtered(q.filter);
        const total = f.length;
        const rows: EventRow[] = [];
        const run = this.run;
        if (run !== undefined) {
          for (let r = q.from; r < Math.min(total, q.from + q.count); r++) rows.push(this.row(run, f.seq(r)));
        }
        return {
          kind: 'events',
          from: q.from,
          rows,
          total,
          indexed: ix.length,
          playheadRank: f.rankAfter(currentSeq),
        };
      }
      case 'lanes': {
        const labels: string[] = [];
        const labelIdx = new Map<string, number>();
        const end = Math.max(ix.lastT, nowNs);
        const t1 = Math.max(q.t0Ns + 1, q.t1Ns);
        const lane = (l: Parameters<typeof flatLane>[0]) =>
          flatLane(l, q.t0Ns, t1, q.buckets, end, (id) => ix.labels.str(id), labels, labelIdx);
        const gs = ix.gIds.slice(q.gFrom, q.gFrom + q.gCount).map((id) => ({ id, segs: lane(ix.gLane(id)) }));
        return {
          kind: 'lanes',
          t0Ns: q.t0Ns,
          t1Ns: t1,
          buckets: q.buckets,
          endNs: end,
          ps: ix.pLanes.map((l) => lane(l)),
          ms: ix.mLanes.map((l) => lane(l)),
          gs,
          gFrom: q.gFrom,
          gTotal: ix.gIds.length,
          labels,
          counts: {
            running: sampleMax(ix.running.ts, ix.running.vs, q.t0Ns, t1, q.buckets),
            runnable: sampleMax(ix.runnable.ts, ix.runnable.vs, q.t0Ns, t1, q.buckets),
            waiting: sampleMax(ix.waiting.ts, ix.waiting.vs, q.t0Ns, t1, q.buckets),
          },
        };
      }
      case 'metrics':
        return { kind: 'metrics', metrics: computeMetrics(ix, Math.max(ix.lastT, 1)) };
      case 'goroutine':
        return { kind: 'goroutine', story: goroutineStory(ix, q.g, Math.max(ix.lastT, nowNs)) };
    }
  }

  /** The run's own explanation when its model has one (a registered table), else the Go explainer's. */
  private explainRow(run: SchedulerRun, e: SchedEvent, seq: number): string {
    const creator = this.creatorOf(seq);
    return run.explain !== undefined ? run.explain(e, creator) : explainText(e, creator);
  }

  private row(run: SchedulerRun, seq: number): EventRow {
    const e = run.event(seq);
    return {
      seq,
      t: e.t,
      kind: e.kind,
      ...(e.g !== undefined ? { g: e.g } : {}),
      ...(e.p !== undefined ? { p: e.p } : {}),
      ...(e.m !== undefined ? { m: e.m } : {}),
      ...(e.line !== undefined ? { line: e.line } : {}),
      text: this.explainRow(run, e, seq),
    };
  }

  /** The matches of a filter, scanned as far as one slice allows. */
  private filtered(filter: EventFilter): FilteredSeqs {
    const key = JSON.stringify([filter.g, filter.p, filter.m, filter.kinds ?? []]);
    let f = this.filters.get(key);
    if (f === undefined) {
      f = new FilteredSeqs(this.index, filter);
      if (this.filters.size >= MAX_FILTERS) this.filters.delete(this.filters.keys().next().value as string);
      this.filters.set(key, f);
    }
    const started = this.clock.now();
    while (!f.extend(65_536) && this.clock.now() - started < SLICE_MS);
    return f;
  }
}

/** A breakpoint in words: "on a steal", "on G7", "at line 12". */
export function breakpointName(b: Breakpoint): string {
  const on = b.on;
  if ('event' in on) return `Breakpoint: ${BREAK_CATEGORIES[on.event].label}`;
  if ('g' in on) return `Breakpoint: G${on.g} does something`;
  return `Breakpoint: a goroutine at line ${on.line}`;
}
