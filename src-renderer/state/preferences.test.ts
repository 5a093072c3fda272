import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, parsePreferences } from './parsePreferences';

describe('parsePreferences', () => {
  it('reads valid values', () => {
    expect(parsePreferences('{"theme":"projector","uiScale":1.3,"stageScale":1.5}')).toEqual({
      theme: 'projector',
      uiScale: 1.3,
      stageScale: 1.5,
    });
  });
  it('falls back per field on anything malformed', () => {
    expect(parsePreferences('{"theme":"neon","uiScale":9,"stageScale":"big"}')).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences('not json')).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences(null)).toEqual(DEFAULT_PREFERENCES);
  });
});
