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

  it('paused, plays out a step to its limit, then rests; never goes back without a jump', () => {
    const c = new DisplayClock();
    const rate = DisplayClock.rateOf(1);
    c.sync(1_000, 0, false, 1, true);
    expect(c.restsAt(0)).toBe(true);
    c.sync(1_200, 100, false, 1, false);
    c.extend(1_200, 1_200 + 320 * rate, 100, 1);
    expect(c.restsAt(100)).toBe(false);
    expect(c.now(260)).toBeCloseTo(1_200 + 160 * rate, 6);
    expect(c.now(10_000)).toBe(1_200 + 320 * rate);
    expect(c.restsAt(10_000)).toBe(true);
    // A later paused frame behind the clock does not pull it back; a seek does.
    c.sync(1_300, 10_001, false, 1, false);
    expect(c.now(10_002)).toBe(1_200 + 320 * rate);
    c.sync(500, 10_003, false, 1, true);
    expect(c.now(10_004)).toBe(500);
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

describe('DisplayClock.paceNsPerMs: motion keeps its wall duration when the playhead cannot keep up', () => {
  it('is the speed’s rate while the playhead keeps pace, and paused', () => {
    const c = new DisplayClock();
    const rate = DisplayClock.rateOf(10);
    c.sync(0, 0, true, 10, true);
    for (let w = 16; w <= 1_600; w += 16) c.sync(w * rate, w, true, 10, false);
    expect(c.paceNsPerMs(10)).toBe(rate);
    c.sync(1_600 * rate, 1_616, false, 10, false);
    expect(c.paceNsPerMs(10)).toBe(rate);
  });

  it('follows the real rate when the playhead advances at a twentieth of the speed', () => {
    const c = new DisplayClock();
    const rate = DisplayClock.rateOf(100);
    c.sync(0, 0, true, 100, true);
    for (let w = 16; w <= 3_200; w += 16) c.sync((w * rate) / 20, w, true, 100, false);
    expect(c.paceNsPerMs(100)).toBeCloseTo(rate / 20, 6);
  });

  it('never exceeds the speed’s rate nor falls to zero, whatever the frames', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(50), fc.integer({ min: 0, max: 100_000 })), { maxLength: 80 }),
        (steps) => {
          const c = new DisplayClock();
          const rate = DisplayClock.rateOf(4);
          let w = 0;
          let t = 0;
          c.sync(0, 0, true, 4, true);
          for (const [dw, dt] of steps) {
            w += dw;
            t += dt;
            c.sync(t, w, true, 4, false);
            const pace = c.paceNsPerMs(4);
            expect(pace).toBeLessThanOrEqual(rate);
            expect(pace).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
