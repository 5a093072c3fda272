import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisplayClock, LAG_MS } from './displayClock';

describe('DisplayClock', () => {
  it('stands at the playhead while paused and after a seek', () => {
    const c = new DisplayClock();
    c.sync(5_000, 0, false, 1, true);
    expect(c.now(1_000)).toBe(5_000);
    c.sync(9_000, 2_000, false, 1, false);
    expect(c.now(9_999)).toBe(9_000);
  });

  it('runs at speed between frames, a lag behind the playhead, never past it', () => {
    const c = new DisplayClock();
    const rate = DisplayClock.rateOf(10); // 100 ns per wall ms
    c.sync(0, 0, true, 10, true);
    for (let w = 16; w <= 1_600; w += 16) c.sync(w * rate, w, true, 10, false);
    const t = c.now(1_600);
    expect(t).toBeLessThanOrEqual(1_600 * rate);
    expect(t).toBeGreaterThanOrEqual(1_600 * rate - 2 * LAG_MS * rate);
    expect(c.now(1_610) - c.now(1_600)).toBeCloseTo(10 * rate, 6);
  });

  it('never goes backwards while playing and keeps up with the playhead, whatever the frame timing (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 5_000 })), {
          maxLength: 60,
        }),
        fc.constantFrom(0.01, 1, 100),
        (frames, speed) => {
          const c = new DisplayClock();
          const rate = DisplayClock.rateOf(speed);
          c.sync(0, 0, true, speed, true);
          let wall = 0;
          let playhead = 0;
          let shown = c.now(0);
          for (const [dw, jitter] of frames) {
            wall += dw;
            shown = Math.max(shown, c.now(wall - 1));
            playhead += dw * rate + (jitter % 3 === 0 ? jitter : 0);
            c.sync(playhead, wall, true, speed, false);
            const now = c.now(wall);
            expect(now).toBeLessThanOrEqual(playhead);
            expect(now).toBeGreaterThanOrEqual(shown);
            expect(now).toBeGreaterThanOrEqual(playhead - 2 * LAG_MS * rate - 120 * rate);
            shown = now;
          }
        },
      ),
    );
  });
});
