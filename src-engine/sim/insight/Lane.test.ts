import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lane } from './Lane';

describe('Lane (a step function of a state over virtual time)', () => {
  it('merges equal neighbours and replaces a change at the same time', () => {
    const l = new Lane();
    l.set(0, 1);
    l.set(5, 1);
    l.set(10, 2, 7);
    l.set(10, 3, 7);
    l.set(20, 1);
    expect([l.starts, l.codes]).toEqual([
      [0, 10, 20],
      [1, 3, 1],
    ]);
    l.set(20, 3, 7);
    expect([l.starts, l.codes]).toEqual([
      [0, 10],
      [1, 3],
    ]);
  });

  it('summarises any zoom level into ordered, non-overlapping pieces inside the window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 4 })), {
          minLength: 1,
          maxLength: 200,
        }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 300 }),
        (steps, t0, span, buckets) => {
          const l = new Lane();
          let t = 0;
          for (const [dt, code] of steps) l.set((t += dt), code);
          const now = t + 10;
          const segs = l.summarise(t0, t0 + span, buckets, now);
          let prev = t0;
          for (const s of segs) {
            expect(s.startNs).toBeGreaterThanOrEqual(prev - 1e-6);
            expect(s.endNs).toBeGreaterThan(s.startNs);
            expect(s.endNs).toBeLessThanOrEqual(Math.min(t0 + span, Math.max(now, t0 + span)) + 1e-6);
            prev = s.endNs;
          }
          // Few pieces per column: the level of detail bounds what is drawn.
          expect(segs.length).toBeLessThanOrEqual(2 * buckets + 2);
        },
      ),
    );
  });

  it('keeps the longest state of a column made of short segments, marked mixed', () => {
    const l = new Lane();
    l.set(0, 1);
    l.set(1, 2);
    l.set(2, 1);
    l.set(9, 2);
    const [s] = l.summarise(0, 100, 10, 100);
    expect(s).toMatchObject({ startNs: 0, code: 1, mixed: true });
  });
});
