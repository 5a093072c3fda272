import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GLanes } from './GLanes';
import { Lane, type LaneReader } from './Lane';

/** A lane's segments as plain rows. */
function rows(l: LaneReader): number[][] {
  return Array.from({ length: l.length }, (_, i) => [l.startAt(i), l.codeAt(i), l.gAt(i), l.labelAt(i)]);
}

describe('GLanes (every goroutine lane in shared columns)', () => {
  it('holds, for any interleaving of goroutines, exactly the lanes separate Lane objects would', () => {
    const step = fc.tuple(
      fc.integer({ min: 0, max: 40 }), // goroutine (sparse ids: some never get a lane)
      fc.integer({ min: 0, max: 3 }), // time step (0: a change at the same time)
      fc.integer({ min: 0, max: 4 }), // code
      fc.integer({ min: -1, max: 2 }), // label
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 400 }), (steps) => {
        const lanes = new GLanes();
        const ref = new Map<number, Lane>();
        let t = 0;
        for (const [g, dt, code, label] of steps) {
          t += dt;
          lanes.set(g * 37, t, code, label);
          let l = ref.get(g * 37);
          if (l === undefined) ref.set(g * 37, (l = new Lane()));
          l.set(t, code, g * 37, label);
        }
        for (let g = 0; g <= 40 * 37; g++) {
          const want = ref.get(g);
          const got = lanes.lane(g);
          expect(got === undefined).toBe(want === undefined);
          if (want === undefined || got === undefined) continue;
          expect(rows(got)).toEqual(rows(want));
          expect(got.summarise(0, t + 1, 7, t + 1)).toEqual(want.summarise(0, t + 1, 7, t + 1));
          expect(got.indexAt(t / 2)).toBe(want.indexAt(t / 2));
        }
      }),
    );
  });

  it('keeps a long lane whole across its moves to bigger blocks', () => {
    const lanes = new GLanes();
    for (let i = 0; i < 10_000; i++) {
      lanes.set(1, i, i % 2, -1);
      lanes.set(2, i, (i + 1) % 2, 3);
    }
    const one = lanes.lane(1)!;
    expect(one.length).toBe(10_000);
    expect([one.startAt(9_999), one.codeAt(9_999), one.gAt(0)]).toEqual([9_999, 1, 1]);
    expect(lanes.lane(2)!.labelAt(5_000)).toBe(3);
    expect(lanes.lane(3)).toBeUndefined();
    expect(lanes.lane(-1)).toBeUndefined();
  });
});
