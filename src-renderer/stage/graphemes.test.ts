import { describe, expect, it } from 'vitest';
import { simpleGraphemes } from './graphemes';

describe('simpleGraphemes', () => {
  it('splits stage labels as Intl.Segmenter does', () => {
    const segmenter = new Intl.Segmenter();
    for (const text of [
      'runq 12/256 (80 not drawn)',
      'P3 · M4',
      'G1.2k+',
      'chan ch1 · buf 3/4 → closed',
      '▶ Π ≤ ≥ é',
      '',
    ])
      expect(simpleGraphemes(text)).toEqual([...segmenter.segment(text)].map((s) => s.segment));
  });

  it('leaves text with combining marks, joiners or emoji to Intl.Segmenter', () => {
    for (const text of ['e\u0301', '👩\u200d💻', 'G7 ✔\ufe0f', '😀'])
      expect(simpleGraphemes(text)).toBeUndefined();
  });
});
