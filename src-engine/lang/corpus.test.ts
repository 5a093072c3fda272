import { describe, expect, it } from 'vitest';
import { formatDiagnostic, parseAndCheck } from './index';
import { LECTURES } from './testdata/lectures';
import { NEGATIVE } from './testdata/negative';
import { POSITIVE } from './testdata/positive';
import { VET_WARNINGS } from './testdata/warnings';

describe('valid programs check clean', () => {
  for (const [name, src] of Object.entries(POSITIVE)) {
    it(name, () => {
      const r = parseAndCheck(src);
      expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
      expect(r.ok).toBe(true);
      expect(r.program?.main?.name).toBe('main');
    });
  }
});

describe('lecture scenarios S01–S25 check clean', () => {
  it('has all 25 scenarios', () => {
    expect(Object.keys(LECTURES)).toHaveLength(25);
  });
  for (const [name, src] of Object.entries(LECTURES)) {
    it(name, () => {
      const r = parseAndCheck(src);
      expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
    });
  }
});

describe('invalid programs get exactly the expected diagnostics', () => {
  for (const c of NEGATIVE) {
    it(c.name, () => {
      const r = parseAndCheck(c.src);
      expect(r.diagnostics.map(formatDiagnostic)).toEqual(c.expected);
      expect(r.ok).toBe(false);
    });
  }
});

describe('vet findings are warnings: the program still runs', () => {
  for (const c of VET_WARNINGS) {
    it(c.name, () => {
      const r = parseAndCheck(c.src);
      expect(r.diagnostics.map(formatDiagnostic)).toEqual(c.expected);
      expect(r.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
      expect(r.ok).toBe(true);
    });
  }
});
