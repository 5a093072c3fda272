import { describe, expect, it } from 'vitest';
import { createModelRun } from '../registry';
import { compileSource } from '../../../lang/compile';
import type { ModelRun } from './ModelRun';

/** `n` goroutines that each start, return and never come back (a million of these must not cost n² memory). */
function shortLived(n: number): string {
  return `package main

import "sync"

func main() {
	var wg sync.WaitGroup
	for i := 0; i < ${n}; i++ {
		wg.Add(1)
		go func() {
			wg.Done()
		}()
	}
	wg.Wait()
}
`;
}

describe('ModelKeyframes (a model view’s keyframes, in proportion to the live state)', () => {
  it.each(['thread-pool', 'global-queue'])(
    '%s: keyframes share exited tasks, so their size does not grow with every task the run made',
    (id) => {
      const c = compileSource(shortLived(4_000), 'main.go');
      if ('diagnostics' in c) throw new Error('compile');
      const run = createModelRun(id, c.program, { cores: 2, seed: 1, keyframeEvents: 512 }) as ModelRun;
      run.runToEnd();
      const n = run.eventCount;
      run.seekToEvent(n - 1);
      const v = run.view();
      expect(v.gs.filter((g) => g.status === '_Gdead').length).toBeGreaterThan(3_900);
      const kf = run.keyframes;
      expect(kf.count).toBeGreaterThan(n / 512 - 1);
      // Structured clones of the whole fold held every task ever made in every keyframe: ~count × 2 000 on
      // average here. Live tasks stay few (each returns soon after it starts).
      expect(kf.entries).toBeLessThan(kf.count * 200);
      expect(kf.exited.ids.length).toBeGreaterThan(3_900);
      // Seeking back and forth folds again from shared exits without duplicating them.
      run.seekToEvent(Math.floor(n / 3));
      const mid = run.view();
      run.seekToEvent(n - 1);
      expect(run.view()).toEqual(v);
      expect(kf.exited.ids.length).toBe(v.gs.filter((g) => g.status === '_Gdead').length);
      expect(mid.gs.length).toBeLessThan(v.gs.length);
    },
  );
});
