import type { GStatus } from '../../src-engine/sim/WorldView';

/**
 * Goroutine colours by status, from the Okabe–Ito colour-blind-safe palette; each status also differs
 * in shape on the stage (ring vs disc), so colour is never the only cue. The same in every theme.
 */
export const G_COLORS: Record<GStatus, number> = {
  _Grunning: 0x009e73,
  _Grunnable: 0x56b4e9,
  _Gwaiting: 0xe69f00,
  _Gsyscall: 0xcc79a7,
  _Gdead: 0x999999,
};

/** Stage themes: light, dark, and a high-contrast one for projectors (thicker lines, larger text). */
export type ThemeName = 'light' | 'dark' | 'projector';

interface StagePalette {
  background: number;
  card: number;
  cardIdle: number;
  border: number;
  borderActive: number;
  text: number;
  muted: number;
  /** Multiplies stroke widths. */
  lineScale: number;
  /** Multiplies stage font sizes (the user's stage text size times the theme's own). */
  fontScale: number;
  /** Smallest label drawn, px (the projector theme keeps every label legible from the back of a hall). */
  minFontPx: number;
}

const THEMES: Record<ThemeName, Omit<StagePalette, 'fontScale'> & { fontBoost: number }> = {
  dark: {
    background: 0x0f1115,
    card: 0x181b22,
    cardIdle: 0x14161c,
    border: 0x2a2f3a,
    borderActive: 0x4ea1ff,
    text: 0xe6e8ee,
    muted: 0x9aa3b2,
    lineScale: 1,
    fontBoost: 1,
    minFontPx: 9,
  },
  light: {
    background: 0xf6f7f9,
    card: 0xffffff,
    cardIdle: 0xeef0f3,
    border: 0xc5cad3,
    borderActive: 0x0072b2,
    text: 0x1b1f27,
    muted: 0x555d6b,
    lineScale: 1,
    fontBoost: 1,
    minFontPx: 9,
  },
  projector: {
    background: 0x000000,
    card: 0x000000,
    cardIdle: 0x000000,
    border: 0xbfbfbf,
    borderActive: 0xffff00,
    text: 0xffffff,
    muted: 0xffffff,
    lineScale: 2,
    fontBoost: 1.3,
    minFontPx: 14,
  },
};

/**
 * The stage's current colours and scales. One shared object, changed in place by {@link applyStageTheme};
 * the stage redraws its chrome afterwards.
 */
export const STAGE: StagePalette = { ...THEMES.dark, fontScale: 1 };

/** A stage label's size in px for a design size `size` (at text size 1, light theme): scaled, never below the theme's minimum. */
export function fontPx(size: number): number {
  return Math.max(STAGE.minFontPx, size * STAGE.fontScale);
}

/** How much bigger than designed labels are drawn now (≥ 1): boxes holding text grow by this. */
export function textGrowth(): number {
  return Math.max(1, fontPx(10) / 10);
}

/** Switches the stage palette; `textScale` is the user's stage text size (1 = normal). */
export function applyStageTheme(name: ThemeName, textScale = 1): void {
  const { fontBoost, ...colors } = THEMES[name];
  Object.assign(STAGE, colors, { fontScale: fontBoost * textScale });
}
