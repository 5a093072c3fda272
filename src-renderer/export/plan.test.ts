import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationS, frameAt, makePlan, PlanError, type PlanInput } from './plan';

const base: PlanInput = {
  fromNs: 0,
  toNs: 100_000,
  fps: 30,
  pacing: { mode: 'rate', nsPerVideoSecond: 10_000 },
  marks: [],
  beatHoldS: 0,
  beatSlowS: 0,
  slowFactor: 4,
  titleS: 0,
  endHoldS: 1,
};

describe('makePlan', () => {
  it('rate pacing: 100 µs at 10 µs per second is 10 s of motion plus the end hold', () => {
    const p = makePlan(base);
    expect(p.frameCount).toBe(330);
    expect(frameAt(p, 0).virtualNs).toBe(0);
    expect(frameAt(p, 150).virtualNs).toBe(50_000);
    expect(frameAt(p, 329)).toMatchObject({ virtualNs: 100_000, kind: 'hold' });
    expect(durationS(p) * p.fps).toBe(p.frameCount);
  });

  it('fit pacing fits the range, title and holds into exactly N seconds', () => {
    const p = makePlan({
      ...base,
      pacing: { mode: 'fit', seconds: 20 },
      titleS: 3,
      beatHoldS: 2,
      beatSlowS: 1,
      marks: [
        { tNs: 30_000, caption: 'first' },
        { tNs: 60_000, caption: 'second' },
      ],
    });
    expect(p.frameCount).toBe(20 * 30);
    expect(frameAt(p, 0).kind).toBe('title');
    const held = p.segments.filter((s) => s.kind === 'hold' && s.frames === 60);
    expect(held.map((s) => s.fromNs)).toEqual([30_000, 60_000]);
  });

  it('a beat holds its moment with its caption, and the caption stays until the next beat', () => {
    const p = makePlan({ ...base, beatHoldS: 2, marks: [{ tNs: 40_000, caption: 'runnext' }] });
    const hold = p.segments.find((s) => s.kind === 'hold' && s.fromNs === 40_000)!;
    expect(frameAt(p, hold.firstFrame)).toMatchObject({ virtualNs: 40_000, caption: 'runnext' });
    expect(frameAt(p, hold.firstFrame - 1).caption).toBeNull();
    expect(frameAt(p, p.frameCount - 1).caption).toBe('runnext');
  });

  it("the run's end (Go's fatal error) is the caption of the last frames", () => {
    const p = makePlan({
      ...base,
      endHoldS: 3,
      marks: [{ tNs: 100_000, caption: 'fatal error: all goroutines are asleep - deadlock!', isEnd: true }],
    });
    expect(frameAt(p, p.frameCount - 1).caption).toMatch(/deadlock/);
    expect(frameAt(p, p.frameCount - 90).caption).toMatch(/deadlock/);
  });

  it('bad ranges and pacing are clear errors', () => {
    expect(() => makePlan({ ...base, toNs: 0 })).toThrow(PlanError);
    expect(() => makePlan({ ...base, toNs: 0 })).toThrow(/range is empty/);
    expect(() => makePlan({ ...base, pacing: { mode: 'fit', seconds: 1 }, titleS: 3 })).toThrow(/too short/);
    expect(() => makePlan({ ...base, pacing: { mode: 'rate', nsPerVideoSecond: 0.0001 } })).toThrow(
      /hours long/,
    );
    expect(() => makePlan({ ...base, fps: 0 })).toThrow(/frame rate/);
  });

  it('two beats at one moment hold one after the other, and virtual time never goes back (fast-check found it)', () => {
    const p = makePlan({
      ...base,
      toNs: 14,
      fps: 24,
      pacing: { mode: 'fit', seconds: 3 },
      marks: [
        { tNs: 8, caption: 'a' },
        { tNs: 8, caption: 'b' },
      ],
      beatHoldS: 0.25,
      beatSlowS: 0.25,
    });
    const times = [...Array(p.frameCount).keys()].map((k) => frameAt(p, k).virtualNs);
    expect(times.every((t, k) => k === 0 || t >= times[k - 1]!)).toBe(true);
    const holds = p.segments
      .filter((s) => s.kind === 'hold' && s.fromNs === 8)
      .map((s) => p.marks[s.mark]?.caption);
    expect(holds).toEqual(['a', 'b']);
  });

  it('property: timestamps are exactly k / fps and virtual time never goes back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.constantFrom(24, 30, 60),
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 30 }),
        (span, fps, beatTimes, seconds) => {
          const p = makePlan({
            ...base,
            toNs: span,
            fps,
            pacing: { mode: 'fit', seconds: seconds + 2 },
            marks: beatTimes.map((t) => ({ tNs: t, caption: `b${t}` })),
            beatHoldS: 0.25,
            beatSlowS: 0.25,
          });
          let last = -1;
          for (let k = 0; k < p.frameCount; k++) {
            const f = frameAt(p, k);
            expect(f.timestampS).toBe(k / fps);
            expect(f.virtualNs).toBeGreaterThanOrEqual(last);
            expect(f.virtualNs).toBeLessThanOrEqual(span);
            last = f.virtualNs;
          }
          expect(frameAt(p, p.frameCount - 1).virtualNs).toBe(span);
        },
      ),
      { numRuns: 300 },
    );
  });
});
