import { describe, expect, it } from 'vitest';
import { captionCues, toWebVtt, vttTime } from './captions';
import { makePlan } from './plan';

describe('captions', () => {
  const plan = makePlan({
    fromNs: 0,
    toNs: 100_000,
    fps: 30,
    pacing: { mode: 'rate', nsPerVideoSecond: 10_000 },
    marks: [
      { tNs: 20_000, caption: 'first <beat> & more' },
      { tNs: 70_000, caption: 'second --> beat' },
    ],
    beatHoldS: 1,
    beatSlowS: 0,
    slowFactor: 4,
    titleS: 2,
    endHoldS: 1,
  });

  it('each beat is a cue from the frame that first shows it until the next', () => {
    const cues = captionCues(plan);
    expect(cues.map((c) => c.text)).toEqual(['first <beat> & more', 'second --> beat']);
    expect(cues[0]!.startS).toBe(4);
    expect(cues[0]!.endS).toBe(cues[1]!.startS);
    expect(cues[1]!.endS).toBe(plan.frameCount / plan.fps);
  });

  it('writes valid WebVTT with escaped text', () => {
    const vtt = toWebVtt(captionCues(plan));
    expect(vtt.startsWith('WEBVTT\n\n1\n00:00:04.000 --> ')).toBe(true);
    expect(vtt).toContain('first &lt;beat> &amp; more');
    expect(vtt).toContain('second → beat');
    expect(vttTime(3725.5)).toBe('01:02:05.500');
  });
});
