import { describe, expect, it } from 'vitest';
import { parseArgs } from './parseArgs';

describe('parseArgs', () => {
  it('reads a scenario path, cores and seed in both flag forms', () => {
    expect(parseArgs(['lesson.gosched', '--cores', '4', '--seed=9'])).toEqual({
      scenarioPath: 'lesson.gosched',
      cores: 4,
      seed: 9,
      warnings: [],
    });
  });

  it('turns an unknown option into a warning and keeps going', () => {
    const args = parseArgs(['--frobnicate', 'x.go']);
    expect(args.scenarioPath).toBe('x.go');
    expect(args.warnings).toEqual([
      'unknown option --frobnicate (known: --cores N, --seed N, a scenario file)',
    ]);
  });

  it.each([['0'], ['257'], ['two'], ['1.5'], ['']])('rejects --cores %j with a warning', (v) => {
    const args = parseArgs(['--cores', v]);
    expect(args.cores).toBeUndefined();
    expect(args.warnings[0]).toMatch(/^--cores needs a whole number from 1 to 256/);
  });

  it('warns when a flag has no value', () => {
    expect(parseArgs(['--seed']).warnings).toEqual([
      '--seed needs a whole number from 0 to 4294967295, got nothing',
    ]);
  });

  it('ignores flags Chromium adds and warns about a second scenario', () => {
    const args = parseArgs(['--no-sandbox', 'a.go', 'b.go']);
    expect(args.scenarioPath).toBe('a.go');
    expect(args.warnings).toEqual(['only one scenario can be opened at a time; ignoring "b.go"']);
  });
});
