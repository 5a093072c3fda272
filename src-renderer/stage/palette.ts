import type { GStatus } from '../../src-engine/sim/WorldView';

/**
 * Goroutine colours by status, from the Okabe–Ito colour-blind-safe palette; each status also differs
 * in shape on the stage (ring vs disc), so colour is never the only cue.
 */
export const G_COLORS: Record<GStatus, number> = {
  _Grunning: 0x009e73,
  _Grunnable: 0x56b4e9,
  _Gwaiting: 0xe69f00,
  _Gsyscall: 0xcc79a7,
  _Gdead: 0x999999,
};

/** Stage chrome colours (dark theme). */
export const STAGE = {
  background: 0x0f1115,
  card: 0x181b22,
  cardIdle: 0x14161c,
  border: 0x2a2f3a,
  borderActive: 0x4ea1ff,
  text: 0xe6e8ee,
  muted: 0x9aa3b2,
} as const;
