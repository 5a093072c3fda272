import { describe, expect, it } from 'vitest';
import { runMetrics } from '../metrics';
import { ofKind } from '../testing/logQueries';
import { runModel } from '../testing/runModel';
import { pingPong } from '../workloads';

const TWO_HOGS = `package main

import (
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			work(20 * time.Millisecond)
			wg.Done()
		}()
	}
	wg.Wait()
}
`;

describe('OS processes and threads (docs/models.md, stops 1–2)', () => {
  it('time-slices processes round robin with a configurable slice', () => {
    for (const slice of [2_000_000, 5_000_000]) {
      const r = runModel(TWO_HOGS, 'os-threads', { cores: 1, modelSettings: { timeSliceNs: slice } });
      const runsOf = r.events.filter((e) => e.kind === 'thread.status' && e.to === 'running' && e.m !== 0);
      // Each hog holds the core for one slice (plus the switch that restores it), then the other gets it.
      for (let i = 1; i < 5; i++) {
        const a = runsOf[i] as { t: number; m?: number };
        const b = runsOf[i + 1] as { t: number; m?: number };
        expect(b.m).not.toBe(a.m);
        expect(b.t - a.t).toBe(slice + 5_000);
      }
    }
  });

  it('draws every context switch as a save/restore naming both threads, with its cost', () => {
    const r = runModel(TWO_HOGS, 'os-threads', { cores: 1 });
    const sw = ofKind(r.events, 'core.switch');
    expect(sw.length).toBeGreaterThan(5);
    for (const e of sw) {
      expect(e.from).toMatch(/^T\d+$/);
      expect(e.to).toBe(`T${e.m}`);
      expect(e.reason).toMatch(/^process switch: save/);
    }
  });

  it('prices a process switch above a thread switch, and both far above a goroutine switch', () => {
    const src = pingPong(4, 20);
    const perSwitch = (model: string, perProcess?: number) => {
      const r = runModel(src, model, {
        cores: 1,
        ...(perProcess ? { modelSettings: { goroutinesPerProcess: perProcess } } : {}),
      });
      const m = runMetrics(r.run, 1);
      return m.switchCostNs / m.contextSwitches;
    };
    const proc = perSwitch('os-threads', 1);
    const thread = perSwitch('os-threads', 1_000_000);
    const goroutine = perSwitch('go');
    expect(proc).toBe(5_000);
    expect(thread).toBe(2_000);
    expect(goroutine).toBe(150);
  });

  it('reserves more memory for processes than for threads of one process', () => {
    const src = pingPong(4, 5);
    const peak = (perProcess: number) =>
      runMetrics(
        runModel(src, 'os-threads', { cores: 2, modelSettings: { goroutinesPerProcess: perProcess } }).run,
        2,
      ).peakStackBytes;
    expect(peak(1)).toBeGreaterThan(peak(1_000_000));
  });
});
