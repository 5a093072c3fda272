import { describe, expect, it } from 'vitest';
import { FrameMeter } from './FrameMeter';

describe('FrameMeter', () => {
  it('sums the measured work of a frame and reports percentiles', () => {
    const m = new FrameMeter();
    for (let i = 1; i <= 100; i++) {
      m.measure(() => {
        const end = performance.now() + i * 0.01;
        while (performance.now() < end);
      });
      m.endFrame(true);
    }
    expect(m.frames).toBe(100);
    expect(m.percentile(50)).toBeGreaterThanOrEqual(0.5);
    expect(m.percentile(95)).toBeGreaterThanOrEqual(m.percentile(50));
    expect(m.firstFrameMs).toBeGreaterThan(0);
    m.reset();
    expect(m.percentile(95)).toBe(0);
  });
  it('returns what the measured function returns, and counts a frame that threw', () => {
    const m = new FrameMeter();
    expect(m.measure(() => 7)).toBe(7);
    expect(() =>
      m.measure(() => {
        throw new Error('x');
      }),
    ).toThrow('x');
    m.endFrame(false);
    expect(m.frames).toBe(1);
    expect(m.firstFrameMs).toBeUndefined();
  });
});
