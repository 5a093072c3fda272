import { describe, expect, it } from 'vitest';
import { createRun } from '../../host/services';
import { loadCorpus } from '../../../conformance/corpus';
import type { GoRun } from '../GoRun';
import type { SimState } from '../state/types';
import { deriveView, deriveWireView } from './deriveView';
import { trimView } from './trimView';

/** The engine state of a Go run (the test reads what the host never does). */
const stateOf = (run: unknown): SimState => (run as { rt: { st: SimState } }).rt.st;

/** Goroutines in every kind of place at once: run queues, channel queues, timers, a mutex, a WaitGroup, a select. */
const CROWD = `package main

import (
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	a := make(chan int)
	b := make(chan int, 4)
	mu.Lock()
	for i := 0; i < 3500; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			switch i % 6 {
			case 0:
				<-a
			case 1:
				b <- i
			case 2:
				time.Sleep(time.Duration(1000-i%1000) * time.Microsecond)
			case 3:
				mu.Lock()
				mu.Unlock()
			case 4:
				select {
				case <-a:
				case b <- i:
				}
			default:
				work(50 * time.Microsecond)
			}
		}()
	}
	time.Sleep(2 * time.Millisecond)
	mu.Unlock()
	close(a)
	for len(b) > 0 {
		<-b
	}
	wg.Wait()
}
`;

describe('deriveWireView: the wire view straight from the engine state', () => {
  it('equals trimView of the full view at every stage of a crowded run (the host sends it while playing)', () => {
    const made = createRun({ title: 'crowd', program: CROWD, settings: { cores: 4, seed: 1 } });
    if ('diagnostics' in made) throw new Error(made.diagnostics[0]?.message);
    const run = made as GoRun;
    let compared = 0;
    let trimmedSeen = 0;
    while (run.exit === undefined && compared < 60) {
      run.runUntil(Number.MAX_SAFE_INTEGER, 2_000);
      const full = run.view();
      const wire = run.wireView();
      expect(wire).toEqual(trimView(full));
      // A few per place: the wake-time order of the sleepers decides which are kept.
      const st = stateOf(run);
      expect(deriveWireView(st, run.now, run.eventCount - 1, 3_000, 5)).toEqual(trimView(full, 3_000, 5));
      if (wire.trimmed !== undefined) trimmedSeen++;
      compared++;
    }
    expect(trimmedSeen).toBeGreaterThan(5);
  });

  it('equals trimView of deriveView through every corpus case, trimmed hard (limit 8, 2 per place)', () => {
    for (const c of loadCorpus()) {
      const made = createRun({
        title: c.name,
        program: c.source,
        settings: { cores: c.config.gomaxprocs, seed: 1 },
      });
      if ('diagnostics' in made) throw new Error(`${c.name}: ${made.diagnostics[0]?.message}`);
      const run = made as GoRun;
      // At 40, 80, 160, … events and at the end (at most 20 000).
      for (let step = 40; run.exit === undefined && run.eventCount < 20_000; step *= 2) {
        run.runUntil(Number.MAX_SAFE_INTEGER, step);
        const st = stateOf(run);
        const want = trimView(deriveView(st, run.now, run.eventCount - 1), 8, 2);
        expect(deriveWireView(st, run.now, run.eventCount - 1, 8, 2), c.name).toEqual(want);
      }
    }
  });
});
