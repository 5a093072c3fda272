import { describe, expect, it } from 'vitest';
import { groupDigits, stageHeadline } from './headline';

describe('stageHeadline', () => {
  it('says how many of how many goroutines are drawn', () => {
    expect(stageHeadline({ goroutines: 100_000, shown: 1_200, stw: '' }, 5)).toBe(
      'showing 1\u202f200 of 100\u202f000 goroutines (the rest as counts)',
    );
    expect(stageHeadline({ goroutines: 3, shown: 3, stw: '' }, 5)).toBe('3 goroutines');
    expect(stageHeadline({ goroutines: 1, shown: 1, stw: 'stopped' }, 5)).toBe('1 goroutine · world stopped');
  });

  it('names an empty stage rather than showing nothing', () => {
    expect(stageHeadline({ goroutines: 0, shown: 0, stw: '' }, 0)).toBe('No scheduler events yet');
    expect(stageHeadline({ goroutines: 0, shown: 0, stw: '' }, 12)).toBe('No live goroutines');
  });

  it('groups digits in threes', () => {
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(1000)).toBe('1\u202f000');
    expect(groupDigits(1234567)).toBe('1\u202f234\u202f567');
  });
});
