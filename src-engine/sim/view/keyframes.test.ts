import { describe, expect, it } from 'vitest';
import { createGoRun } from '../index';
import { body, go, loop, newWaitGroup, program, ref, wgAdd, wgDone, wgWait } from '../testing/bodyBuilder';

/** main starts `n` goroutines that return at once, and waits for them. */
function shortLived(n: number) {
  const quick = body('main.quick', [wgDone(ref('wg'))]);
  return program([
    newWaitGroup('wg'),
    wgAdd(ref('wg'), n),
    loop(n, 'i', [go(quick, (v) => ({ wg: v.wg }))]),
    wgWait(ref('wg')),
  ]);
}

describe('Keyframes (view/keyframes.ts)', () => {
  it('cost memory in proportion to what changed, not to every goroutine ever made (dead pages are shared)', () => {
    const bytesPerKeyframe = (n: number): number => {
      const run = createGoRun(shortLived(n), { gomaxprocs: 4, seed: 1, keyframeEvents: 256 });
      run.runToEnd();
      expect(run.exit?.code).toBe(0);
      const kf = run.internals.keyframes;
      return kf.byteSize / kf.count;
    };
    const small = bytesPerKeyframe(4_000);
    const large = bytesPerKeyframe(32_000);
    // Copying a column per goid ever used made a keyframe 8× larger for 8× the goroutines (20 bytes per goid:
    // 640 kB at 32 000). Shared pages leave the pages a keyframe interval touches plus 4 bytes per 256 goids.
    expect(large).toBeLessThan(2 * small);
    expect(large).toBeLessThan(40_000);
  });

  it('restore the same views after the run has many dead goroutines', () => {
    const run = createGoRun(shortLived(3_000), { gomaxprocs: 3, seed: 7, keyframeEvents: 100 });
    run.runToEnd();
    const n = run.eventCount;
    const seqs = [0, 99, 100, 101, Math.floor(n / 3), Math.floor(n / 2) + 17, n - 2];
    const expected = new Map<number, string>();
    // Reference: views by stepping from the start (the frontier view at every action boundary, then folds).
    const ref = createGoRun(shortLived(3_000), { gomaxprocs: 3, seed: 7, keyframeEvents: 1 << 30 });
    for (let i = 0; i < n; i++) {
      ref.step();
      if (seqs.includes(i)) expected.set(i, JSON.stringify(ref.view()));
    }
    for (const seq of [...seqs].reverse()) {
      run.seekToEvent(seq);
      expect(JSON.stringify(run.view())).toBe(expected.get(seq));
    }
  });
});
