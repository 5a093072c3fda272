import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arcPoint, easeInOutCubic, motionAt, motionDone, restingAt, retarget, type Motion } from './motion';

describe('motion', () => {
  it('eases from 0 to 1 monotonically', () => {
    let last = -1;
    for (let i = 0; i <= 100; i++) {
      const v = easeInOutCubic(i / 100);
      expect(v).toBeGreaterThanOrEqual(last);
      last = v;
    }
    expect(easeInOutCubic(0)).toBe(0);
    expect(easeInOutCubic(1)).toBe(1);
  });

  it('starts at a, ends at b', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.integer(), fc.integer(), (ax, ay, bx, by) => {
        // `+ 0` turns a remainder of -0 into 0: a point has no signed zero, and toEqual tells them apart.
        const a = { x: (ax % 5000) + 0, y: (ay % 5000) + 0 };
        const b = { x: (bx % 5000) + 0, y: (by % 5000) + 0 };
        expect(arcPoint(a, b, 0)).toEqual(a);
        const end = arcPoint(a, b, 1);
        expect(end.x).toBeCloseTo(b.x, 6);
        expect(end.y).toBeCloseTo(b.y, 6);
      }),
    );
  });
});

describe('motion on the virtual clock', () => {
  const a = { x: 0, y: 0 };
  const b = { x: 100, y: 0 };
  const c = { x: 100, y: 200 };

  it('is at its start before it begins, at its end after, and on the arc between', () => {
    const m = retarget(restingAt(a), b, 1_000, 400);
    expect(motionAt(m, 0)).toEqual(a);
    expect(motionAt(m, 1_000)).toEqual(a);
    expect(motionAt(m, 1_400)).toEqual(b);
    expect(motionAt(m, 9_999)).toEqual(b);
    expect(motionAt(m, 1_200)).toEqual(arcPoint(a, b, 0.5));
    expect(motionDone(m, 1_399)).toBe(false);
    expect(motionDone(m, 1_400)).toBe(true);
  });

  it('a move sent mid-way sets off from where the token is at its start time, without a jump', () => {
    const first = retarget(restingAt(a), b, 0, 1_000);
    const second = retarget(first, c, 500, 1_000);
    expect(second.from).toEqual(motionAt(first, 500));
    expect(motionAt(second, 500)).toEqual(motionAt(first, 500));
    expect(motionAt(second, 1_500)).toEqual(c);
  });

  it('depends on the last two moves and the place before them only, whatever came earlier (property)', () => {
    // Two tokens with different pasts (different places and times of moves), then the same three moves: from
    // the third on they are drawn at the same point at every virtual time, however close the moves are.
    const point = fc.record({
      x: fc.integer({ min: -999, max: 999 }),
      y: fc.integer({ min: -999, max: 999 }),
    });
    const move = fc.tuple(point, fc.integer({ min: 0, max: 3_000 }));
    fc.assert(
      fc.property(
        fc.array(move, { maxLength: 8 }),
        fc.array(move, { maxLength: 8 }),
        fc.tuple(move, move, move),
        fc.integer({ min: 0, max: 8_000 }),
        (pastA, pastB, [[p0, d0], [p1, d1], [p2, d2]], probe) => {
          const run = (past: [{ x: number; y: number }, number][]): Motion => {
            let m: Motion = restingAt(a);
            let t = 0;
            for (const [p, dt] of past) m = retarget(m, p, (t += dt), 1_000);
            // The shared moves start after every past move began.
            const t0 = 30_000 + d0;
            m = retarget(m, p0, t0, 1_000);
            m = retarget(m, p1, t0 + d1, 1_000);
            return retarget(m, p2, t0 + d1 + d2, 1_000);
          };
          const at = 30_000 + d0 + d1 + d2 + probe;
          expect(motionAt(run(pastA), at)).toEqual(motionAt(run(pastB), at));
        },
      ),
    );
  });

  it('a move started after the previous one ended sets off from its place, continuously', () => {
    const m1 = retarget(restingAt(a), b, 0, 1_000);
    const m2 = retarget(m1, c, 2_000, 1_000);
    expect(m2.from).toEqual(b);
    expect(motionAt(m2, 2_000)).toEqual(motionAt(m1, 2_000));
  });
});
