import type { BeatInput } from '../protocol';
import type { SchedulerRun } from '../sim/SchedulerRun';
import { BeatTracker, type BeatTrackerState } from './BeatTracker';

/** A beat reached at an event. */
export interface BeatHit {
  readonly index: number;
  readonly seq: number;
}

/**
 * Events between two checkpoints of the beat tracker: a rescan after a seek scans at most this many events
 * (it walked the whole log before, a million events after a long step).
 */
export const BEAT_CHECKPOINT_EVENTS = 4_096;

/** The tracker's state after the events before `next`, and the last beat they reached. */
interface Checkpoint {
  readonly next: number;
  readonly state: BeatTrackerState;
  readonly last: BeatHit | undefined;
}

/**
 * Follows a run's log for a lesson's beats: which beats the events produced so far reach, and where the
 * run must stop for a beat with `pause`. Beats count matches from the start of the log, so after every jump
 * (load, seek) the cursor resumes from its nearest checkpoint before the run's position.
 */
export class BeatCursor {
  private tracker: BeatTracker;
  /** Last event seen. */
  private scanned = -1;
  /** Events the last {@link BeatCursor.rescan} walked (the host counts its work). */
  lastRescanEvents = 0;
  /** Last beat reached by the events seen. */
  private last: BeatHit | undefined;
  /** Checkpoints at every multiple of {@link BEAT_CHECKPOINT_EVENTS} scanned so far, in order. */
  private readonly checkpoints: Checkpoint[] = [];

  constructor(readonly beats: readonly BeatInput[]) {
    this.tracker = new BeatTracker(beats.map((b) => b.at));
  }

  /** Last event seen (-1: none). */
  get scannedTo(): number {
    return this.scanned;
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
      const seq = this.see();
      for (const index of this.tracker.observe(run.event(seq))) {
        this.last = { index, seq };
        reached.push(this.last);
        if (this.beats[index]?.pause) pauseAt = seq;
      }
    }
    return { reached, pauseAt };
  }

  /**
   * Puts the cursor right after the run's position (from the nearest checkpoint, so at most
   * {@link BEAT_CHECKPOINT_EVENTS} events are scanned); returns the last beat those events reach.
   */
  rescan(run: SchedulerRun): BeatHit | undefined {
    const target = run.eventCount - 1;
    if (this.beats.length === 0) {
      this.scanned = target;
      this.lastRescanEvents = 0;
      return undefined;
    }
    let cp: Checkpoint | undefined;
    for (let i = this.checkpoints.length - 1; i >= 0; i--) {
      const c = this.checkpoints[i]!;
      if (c.next - 1 <= target) {
        cp = c;
        break;
      }
    }
    this.tracker = new BeatTracker(this.beats.map((b) => b.at));
    if (cp) this.tracker.restore(cp.state);
    this.scanned = cp ? cp.next - 1 : -1;
    this.last = cp?.last;
    this.lastRescanEvents = target - this.scanned;
    while (this.scanned < target) {
      const seq = this.see();
      for (const index of this.tracker.observe(run.event(seq))) this.last = { index, seq };
    }
    return this.last;
  }

  /** Moves to the next event, first taking a checkpoint at each multiple of the interval; returns its seq. */
  private see(): number {
    const seq = this.scanned + 1;
    if (seq % BEAT_CHECKPOINT_EVENTS === 0 && seq > 0) {
      const n = seq / BEAT_CHECKPOINT_EVENTS;
      if (this.checkpoints.length === n - 1)
        this.checkpoints.push({ next: seq, state: this.tracker.snapshot(), last: this.last });
    }
    this.scanned = seq;
    return seq;
  }
}
