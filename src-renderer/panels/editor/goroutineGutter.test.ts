import { describe, expect, it } from 'vitest';
import { marksByLine } from './goroutineGutter';

describe('gutter marks', () => {
  it('groups goroutines by line, marks running ones, leaves out dead ones and unknown lines', () => {
    const m = marksByLine([
      { id: 1, status: '_Gwaiting', line: 12 },
      { id: 6, status: '_Grunning', line: 8 },
      { id: 7, status: '_Grunnable', line: 8 },
      { id: 8, status: '_Gdead', line: 8 },
      { id: 9, status: '_Grunnable' },
    ]);
    expect([...m.entries()]).toEqual([
      [12, [{ id: 1, running: false }]],
      [
        8,
        [
          { id: 6, running: true },
          { id: 7, running: false },
        ],
      ],
    ]);
  });
});
