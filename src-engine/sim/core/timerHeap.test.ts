import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Timer } from '../state/types';
import { heapPop, heapPush, heapRemove } from './timerHeap';

describe('timer heap (4-ary, timerHeapN = 4)', () => {
  it('pops timers in (when, creation) order, with removals anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (whens, dels) => {
          const ts: Timer[] = whens.map((when, i) => ({
            id: i,
            when,
            seq: i,
            p: 0,
            g: -1,
            ch: -1,
            period: 0,
            body: -1,
            bstate: null,
          }));
          const h: number[] = [];
          for (const t of ts) heapPush(h, ts, t.id);
          const removed = new Set<number>();
          for (const d of dels) {
            if (ts.length === 0) break;
            const id = d % ts.length;
            expect(heapRemove(h, ts, id)).toBe(!removed.has(id));
            removed.add(id);
          }
          const out: number[] = [];
          while (h.length > 0) out.push(heapPop(h, ts));
          const want = ts
            .filter((t) => !removed.has(t.id))
            .sort((a, b) => a.when - b.when || a.seq - b.seq)
            .map((t) => t.id);
          expect(out).toEqual(want);
        },
      ),
      { numRuns: 200, seed: 5 },
    );
  });
});
