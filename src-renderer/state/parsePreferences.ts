import type { ThemeName } from '../stage/palette';

/** The user's display choices; kept in this browser profile, not in scenario files. */
export interface PreferenceValues {
  /** `system` follows the OS light/dark setting. */
  theme: ThemeName | 'system';
  /** UI text size, 1 = normal (0.85–1.6). */
  uiScale: number;
  /** Stage text size, 1 = normal (0.8–2). */
  stageScale: number;
}

export const DEFAULT_PREFERENCES: PreferenceValues = { theme: 'system', uiScale: 1, stageScale: 1 };

/** Reads stored preferences, ignoring anything malformed (a bad value never breaks start-up). */
export function parsePreferences(raw: string | null): PreferenceValues {
  try {
    const v = JSON.parse(raw ?? '{}') as Partial<PreferenceValues>;
    const clamp = (x: unknown, lo: number, hi: number, d: number) =>
      typeof x === 'number' && x >= lo && x <= hi ? x : d;
    return {
      theme: ['system', 'light', 'dark', 'projector'].includes(v.theme as string)
        ? (v.theme as PreferenceValues['theme'])
        : 'system',
      uiScale: clamp(v.uiScale, 0.85, 1.6, 1),
      stageScale: clamp(v.stageScale, 0.8, 2, 1),
    };
  } catch {
    return { ...DEFAULT_PREFERENCES };
  }
}
