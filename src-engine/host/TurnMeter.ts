/**
 * What one turn of the engine thread did (a message handled, a playback tick, a slice of a long job, a slice
 * of indexing), counted in units of work rather than timed: the count is the same on a quiet or a loaded
 * machine, so a test can bound it exactly (docs/limits.md §4). Wall time is measured beside it, for the bench.
 */

/** Most events one turn may simulate, replay, scan or index in all (each kind is bounded lower on its own). */
export const MAX_EVENTS_PER_TURN = 32_768;
/** Most views one turn may build (a view of 100 000 goroutines costs tens of ms). */
export const MAX_VIEWS_PER_TURN = 1;

/** The largest turn seen so far. */
export interface TurnFigures {
  /** Most events a turn walked (simulated, replayed, scanned for stops, indexed). */
  readonly maxEvents: number;
  /** Most views a turn built. */
  readonly maxViews: number;
  /** Longest turn, wall ms. */
  readonly maxMs: number;
  /** Turns counted. */
  readonly turns: number;
  /** What the longest turn was doing: a message type, `tick`, or `later` (a slice of a long job). */
  readonly longest: string;
}

export class TurnMeter {
  private events = 0;
  private views = 0;
  private depth = 0;
  private started = 0;
  private what = '';
  private figures = { maxEvents: 0, maxViews: 0, maxMs: 0, turns: 0, longest: '' };

  constructor(private readonly now: () => number) {}

  /** Runs `fn` as one turn, doing `what` (nested calls belong to the outer turn). */
  turn<T>(what: string, fn: () => T): T {
    if (this.depth++ === 0) {
      this.events = 0;
      this.views = 0;
      this.what = what;
      this.started = this.now();
    }
    try {
      return fn();
    } finally {
      if (--this.depth === 0) {
        const f = this.figures;
        f.turns++;
        f.maxEvents = Math.max(f.maxEvents, this.events);
        f.maxViews = Math.max(f.maxViews, this.views);
        const ms = this.now() - this.started;
        if (ms > f.maxMs) {
          f.maxMs = ms;
          f.longest = this.what;
        }
      }
    }
  }

  /** Names what the current turn is doing (a message, once it is parsed). */
  doing(what: string): void {
    this.what = what;
  }

  /** `n` events walked in the current turn. */
  countEvents(n: number): void {
    this.events += n;
  }

  /** One view built in the current turn. */
  countView(): void {
    this.views++;
  }

  get largest(): TurnFigures {
    return { ...this.figures };
  }
}
