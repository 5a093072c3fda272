import { describe, expect, it } from 'vitest';
import { marksByLine, runMarksKey } from './goroutineGutter';

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

describe('runMarksKey', () => {
  const marks = (gs: { id: number; status: string; line?: number }[], selected: number | null = null) => ({
    byLine: marksByLine(gs),
    hiddenByLine: new Map<number, number>(),
    selected,
    selectedLine: 0,
    goLine: 0,
    breakLines: new Map<number, boolean>(),
  });

  it('is the same for the same marks, so that an unchanged view sends the gutter nothing', () => {
    const gs = Array.from({ length: 6_000 }, (_, id) => ({ id, status: '_Gwaiting', line: 12 }));
    expect(runMarksKey(marks(gs))).toBe(runMarksKey(marks(gs.map((g) => ({ ...g })))));
  });

  it('differs when a goroutine moves, starts running, or the selection or a breakpoint changes', () => {
    const base = marks([{ id: 1, status: '_Grunnable', line: 3 }]);
    const key = runMarksKey(base);
    expect(runMarksKey(marks([{ id: 1, status: '_Grunnable', line: 4 }]))).not.toBe(key);
    expect(runMarksKey(marks([{ id: 1, status: '_Grunning', line: 3 }]))).not.toBe(key);
    expect(runMarksKey(marks([{ id: 1, status: '_Grunnable', line: 3 }], 1))).not.toBe(key);
    expect(runMarksKey({ ...base, breakLines: new Map([[3, true]]) })).not.toBe(key);
    expect(runMarksKey({ ...base, breakLines: new Map([[3, false]]) })).not.toBe(
      runMarksKey({ ...base, breakLines: new Map([[3, true]]) }),
    );
    // Goroutines a trimmed view left out are counted at their line: their number changing is a change.
    const hidden = { ...base, hiddenByLine: new Map([[3, 80_000]]) };
    expect(runMarksKey(hidden)).not.toBe(key);
    expect(runMarksKey({ ...base, hiddenByLine: new Map([[3, 80_001]]) })).not.toBe(runMarksKey(hidden));
  });
});
