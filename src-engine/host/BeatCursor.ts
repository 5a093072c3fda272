import type { BeatInput } from '../protocol';
import type { SchedulerRun } from '../sim/SchedulerRun';
import { BeatTracker } from './BeatTracker';

/** A beat reached at an event. */
export interface BeatHit {
  readonly index: number;
  readonly seq: number;
}

/**
 * Follows a run's log for a lesson's beats: which beats the events produced so far reach, and where the
 * run must stop for a beat with `pause`. Rebuilt after every jump (load, seek), since beats count matches
 * from the start of the log.
 */
export class BeatCursor {
  private tracker: BeatTracker;
  /** Last event seen. */
  private scanned = -1;

  constructor(readonly beats: readonly BeatInput[]) {
    this.tracker = new BeatTracker(beats.map((b) => b.at));
  }

  /**
   * Scans the events not seen yet, stopping right after the first one that reaches a pausing beat.
   * Returns the beats reached and, if one pauses, the event to stop at.
   */
  advance(run: SchedulerRun): { reached: BeatHit[]; pauseAt: number | undefined } {
    const reached: BeatHit[] = [];
    let pauseAt: number | undefined;
    // Without beats there is nothing to find: skip the events rather than materialise each (a million-event step).
    if (this.beats.length === 0) this.scanned = run.eventCount - 1;
    while (this.scanned < run.eventCount - 1 && pauseAt === undefined) {
      const seq = ++this.scanned;
      for (const index of this.tracker.observe(run.event(seq))) {
        reached.push({ index, seq });
        if (this.beats[index]?.pause) pauseAt = seq;
      }
    }
    return { reached, pauseAt };
  }

  /** Starts over and scans the events before the run's position; returns the last beat they reach. */
  rescan(run: SchedulerRun): BeatHit | undefined {
    this.tracker = new BeatTracker(this.beats.map((b) => b.at));
    this.scanned = this.beats.length === 0 ? run.eventCount - 1 : -1;
    let last: BeatHit | undefined;
    while (this.scanned < run.eventCount - 1) {
      const seq = ++this.scanned;
      for (const index of this.tracker.observe(run.event(seq))) last = { index, seq };
    }
    return last;
  }
}
