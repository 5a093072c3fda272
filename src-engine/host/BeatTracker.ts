import type { Beat } from '../protocol/scenarioFile';
import type { SchedEvent } from '../sim/events';

/** Where a beat is anchored (the `at` of a scenario beat). */
export type BeatAt = Beat['at'];

/**
 * Finds the events a lesson's beats are anchored to, as the log grows. Feed it events in log order; it
 * says which beats each event reaches: `{seq}` at that position, `{timeNs}` at the first event at or after
 * that time, `{fn, g?, nth}` at the nth event of that runtime function (of that goroutine).
 */
export class BeatTracker {
  private readonly seen: number[];
  private readonly fired: boolean[];

  constructor(private readonly beats: readonly BeatAt[]) {
    this.seen = beats.map(() => 0);
    this.fired = beats.map(() => false);
  }

  /** Indexes of the beats `ev` reaches (each beat fires once). */
  observe(ev: SchedEvent): number[] {
    const hits: number[] = [];
    this.beats.forEach((at, i) => {
      if (this.fired[i]) return;
      let hit: boolean;
      if ('seq' in at) hit = ev.seq === at.seq;
      else if ('timeNs' in at) hit = ev.t >= at.timeNs;
      else
        hit = ev.fn === at.fn && (at.g === undefined || ev.g === at.g) && ++this.seen[i]! === (at.nth ?? 1);
      if (hit) {
        this.fired[i] = true;
        hits.push(i);
      }
    });
    return hits;
  }
}
