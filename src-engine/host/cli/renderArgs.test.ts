import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';
import { progressLine, renderRequest } from './render';

describe('gosched render arguments', () => {
  it('defaults to 1080p30 in the projector theme at speed 1×', () => {
    const c = parseArgs(['render', 'a.gosched', 'out.mp4']);
    expect(c).toMatchObject({
      cmd: 'render',
      format: 'mp4',
      widthPx: 1920,
      heightPx: 1080,
      fps: 30,
      theme: 'projector',
    });
  });

  it('reads beats and Go durations for --from/--to, and --seconds as a fit', () => {
    const c = parseArgs([
      'render',
      'a.go',
      'o.webm',
      '--from',
      '2',
      '--to=150us',
      '--seconds',
      '20',
      '--width',
      '1280',
      '--height',
      '720',
      '--fps',
      '60',
    ]);
    expect(c).toMatchObject({
      from: { beat: 2 },
      to: { timeNs: 150_000 },
      seconds: 20,
      widthPx: 1280,
      heightPx: 720,
      fps: 60,
    });
    if (c.cmd !== 'render') throw new Error('not render');
    const req = renderRequest(c, '{}', 'a.go');
    expect(req.formatId).toBe('webm-vp9');
    expect(req.settings.range).toEqual({ kind: 'points', from: { beatIndex: 1 }, to: { timeNs: 150_000 } });
    expect(req.settings.pacing).toEqual({ mode: 'fit', seconds: 20 });
  });

  it.each([
    [['render', 'a.go'], /expects FILE and OUT/],
    [['render', 'a.go', 'out.avi'], /must end in \.mp4, \.webm or \.png/],
    [['render', 'a.go', 'o.mp4', '--width', '1281', '--height', '720'], /must be even/],
    [['render', 'a.go', 'o.mp4', '--fps', '0'], /--fps must be between 1 and 120/],
    [['render', 'a.go', 'o.mp4', '--from', 'soon'], /beat number .* or a Go duration/],
    [['render', 'a.go', 'o.mp4', '--from', '0'], /numbered from 1/],
    [['render', 'a.go', 'o.mp4', '--theme', 'neon'], /--theme must be projector, dark or light/],
    [['render', 'a.go', 'o.mp4', '--cores', '4'], /unknown flag --cores for "gosched render"/],
    [['render', 'a.go', 'o.mp4', '--fps'], /flag --fps needs a value/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it('draws a progress bar', () => {
    expect(progressLine(150, 300, 12_000, 15_400, 10)).toBe(
      '[#####-----]  50%  150/300 frames  0:12 elapsed  0:15 left',
    );
    expect(progressLine(0, 300, 0, -1, 4)).toBe('[----]   0%  0/300 frames  0:00 elapsed  … left');
  });
});
