import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameLayout, layoutIsDisjoint } from './frameLayout';
import { wrapText } from './textFit';

describe('frameLayout', () => {
  it('reserves a caption band under the stage: the stage is never covered', () => {
    const l = frameLayout(1920, 1080, { program: true, captions: true, titleCard: false });
    expect(l.captionBand).toEqual({ x: 0, y: 907, w: 1920, h: 173 });
    expect(l.stage.y + l.stage.h).toBe(l.captionBand!.y);
    expect(l.program!.x + l.program!.w).toBe(l.stage.x);
    // Readable at the back of a hall: at least 36 px at 1080p.
    expect(l.captionFontPx).toBeGreaterThanOrEqual(36);
  });

  it('property: areas never overlap at any size and contents', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 64, max: 4096 }),
        fc.integer({ min: 64, max: 4096 }),
        fc.boolean(),
        fc.boolean(),
        (w, h, p, c) => layoutIsDisjoint(frameLayout(w, h, { program: p, captions: c, titleCard: false })),
      ),
    );
  });
});

describe('wrapText', () => {
  const mono = { measureText: (s: string) => ({ width: s.length * 10 }) };
  it('wraps at words, cuts long words and ends a cut caption with …', () => {
    expect(wrapText(mono, 'the quick brown fox', 100, 3)).toEqual(['the quick', 'brown fox']);
    expect(wrapText(mono, 'abcdefghijklmnop', 50, 5)).toEqual(['abcde', 'fghij', 'klmno', 'p']);
    const cut = wrapText(mono, 'one two three four five six', 90, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });
});
