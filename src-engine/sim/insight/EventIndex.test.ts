import { beforeAll, describe, expect, it } from 'vitest';
import { corpusRuns, type CorpusRun } from './testing/corpusRuns';
import { classify } from './classify';
import { EventIndex } from './EventIndex';
import { computeMetrics } from './metrics';
import { goroutineStory } from './query';

/** Everything a query can read of an index, as plain data. */
function contents(ix: EventIndex): unknown {
  const col = (c: { length: number; get(i: number): number }) =>
    Array.from({ length: c.length }, (_, i) => c.get(i));
  const end = ix.lastT + 1;
  return {
    columns: [ix.t, ix.g, ix.p, ix.m, ix.kind, ix.creator, ix.cats, ix.line].map(col),
    kinds: Array.from({ length: ix.kinds.size }, (_, i) => ix.kinds.str(i)),
    labels: Array.from({ length: ix.labels.size }, (_, i) => ix.labels.str(i)),
    lanes: [...ix.pLanes, ...ix.mLanes].map((l) => l.summarise(0, end, 64, end)),
    gs: ix.gIds.map((g) => [
      ix.gLane(g)?.summarise(0, end, 64, end),
      goroutineStory(ix, g, end),
      ix.createdOf(g),
    ]),
    // runqLen has a hole for a P whose queue never changed.
    series: [ix.globalRunqLen, ix.running, ix.runnable, ix.waiting, ...ix.runqLen].map((s) =>
      s === undefined ? null : [col(s.ts), col(s.vs)],
    ),
    metrics: computeMetrics(ix),
  };
}

describe('EventIndex reads a run from its log columns', () => {
  let runs: CorpusRun[];
  beforeAll(() => {
    // Every conformance case and lesson (the app's path: the index reads the run's log).
    runs = corpusRuns();
  });

  it('indexes a log read from its columns exactly as the same events read as objects', () => {
    for (const r of runs) {
      const fromObjects = new EventIndex();
      for (let i = 0; i < r.run.eventCount; i++) fromObjects.add(r.run.event(i));
      expect(contents(r.index), r.name).toEqual(contents(fromObjects));
    }
  });

  it('gives each event the categories classify gives its object (breakpoints and filters use classify)', () => {
    for (const r of runs)
      for (let i = 0; i < r.run.eventCount; i++)
        expect(r.index.cats.get(i), r.name).toBe(classify(r.run.event(i)));
  });

  it('takes events in order from the one source it was made for', () => {
    const r = runs[0]!;
    const log = r.run.rawEvents!();
    const ix = new EventIndex(log);
    expect(() => ix.addFrom(log, 1)).toThrow(/expects event 0, got 1/);
    ix.addFrom(log, 0);
    expect(() => ix.add(r.run.event(1))).toThrow(/reads a log/);
    expect(() => new EventIndex().addFrom(log, 0)).toThrow(/one event source/);
  });
});
