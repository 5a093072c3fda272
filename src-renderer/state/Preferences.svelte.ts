import type { ThemeName } from '../stage/palette';
import { parsePreferences, type PreferenceValues } from './parsePreferences';

const KEY = 'gosched.preferences.v1';

/** Theme, UI and stage text sizes: applied to the page at once and remembered. */
export class Preferences {
  values = $state<PreferenceValues>(parsePreferences(localStorage.getItem(KEY)));
  private readonly dark = matchMedia('(prefers-color-scheme: dark)');
  /** Bumped when the OS switches light/dark, so `system` re-resolves. */
  private osTick = $state(0);

  constructor() {
    this.dark.addEventListener('change', () => this.osTick++);
  }

  /** The theme in force (`system` resolved). */
  get theme(): ThemeName {
    void this.osTick;
    const t = this.values.theme;
    return t === 'system' ? (this.dark.matches ? 'dark' : 'light') : t;
  }

  set(patch: Partial<PreferenceValues>): void {
    this.values = { ...this.values, ...patch };
    localStorage.setItem(KEY, JSON.stringify(this.values));
  }
}
