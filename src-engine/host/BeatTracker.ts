import type { Beat } from '../protocol/scenarioFile';
import type { SchedEvent } from '../sim/events';

/** Where a beat is anchored (the `at` of a scenario beat). */
export type BeatAt = Beat['at'];

/** What a {@link BeatTracker} has counted: matches per beat and which beats fired. */
export interface BeatTrackerState {
  readonly seen: readonly number[];
  readonly fired: readonly boolean[];
}

/**
 * Finds the events a lesson's beats are anchored to, as the log grows. Feed it events in log order; it
 * says which beats each event reaches: `{seq}` at that position, `{timeNs}` at the first event at or after
 * that time, `{fn, g?, nth}` at the nth event of that runtime function (of that goroutine).
 *
 * @remarks The beats are indexed by anchor (seq, function, time order), so an event costs a few lookups
 * however many beats a lesson has: the host scans a million-event step through 1 000 beats in bounded slices.
 */
export class BeatTracker {
  private readonly seen: number[];
  private readonly fired: boolean[];
  private readonly bySeq = new Map<number, number[]>();
  private readonly byFn = new Map<string, number[]>();
  /** `{timeNs}` beats, earliest first, and how many of them have fired (they fire in this order). */
  private readonly byTime: number[] = [];
  private timeFired = 0;

  constructor(private readonly beats: readonly BeatAt[]) {
    this.seen = beats.map(() => 0);
    this.fired = beats.map(() => false);
    const add = <K>(m: Map<K, number[]>, k: K, i: number) => {
      const list = m.get(k);
      if (list) list.push(i);
      else m.set(k, [i]);
    };
    beats.forEach((at, i) => {
      if ('seq' in at) add(this.bySeq, at.seq, i);
      else if ('timeNs' in at) this.byTime.push(i);
      else add(this.byFn, at.fn, i);
    });
    const timeOf = (i: number) => (beats[i] as { timeNs: number }).timeNs;
    this.byTime.sort((a, b) => timeOf(a) - timeOf(b) || a - b);
  }

  /** A copy of what the tracker has counted, to resume from later ({@link BeatTracker.restore}). */
  snapshot(): BeatTrackerState {
    return { seen: this.seen.slice(), fired: this.fired.slice() };
  }

  /** Goes back to a state taken by {@link BeatTracker.snapshot} on the same beats. */
  restore(state: BeatTrackerState): void {
    state.seen.forEach((v, i) => (this.seen[i] = v));
    state.fired.forEach((v, i) => (this.fired[i] = v));
    this.timeFired = 0;
    while (this.timeFired < this.byTime.length && this.fired[this.byTime[this.timeFired]!]) this.timeFired++;
  }

  /** Indexes of the beats `ev` reaches (each beat fires once), in beat order. */
  observe(ev: SchedEvent): number[] {
    const hits: number[] = [];
    for (const i of this.bySeq.get(ev.seq) ?? []) if (!this.fired[i]) hits.push(i);
    while (this.timeFired < this.byTime.length) {
      const i = this.byTime[this.timeFired]!;
      if (ev.t < (this.beats[i] as { timeNs: number }).timeNs) break;
      this.timeFired++;
      if (!this.fired[i]) hits.push(i);
    }
    for (const i of this.byFn.get(ev.fn) ?? []) {
      if (this.fired[i]) continue;
      const at = this.beats[i] as { g?: number; nth?: number };
      if ((at.g === undefined || ev.g === at.g) && ++this.seen[i]! === (at.nth ?? 1)) hits.push(i);
    }
    for (const i of hits) this.fired[i] = true;
    return hits.length > 1 ? hits.sort((a, b) => a - b) : hits;
  }
}
