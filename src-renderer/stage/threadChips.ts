import type { MState, MView } from '../../src-engine/sim/WorldView';

/** Chip colours by M state (Okabe–Ito, with the state also written on the chip). */
export const M_COLORS: Record<MState, number> = {
  running: 0x009e73,
  scheduling: 0x56b4e9,
  spinning: 0xf0e442,
  syscall: 0xcc79a7,
  netpoll: 0x0072b2,
  idle: 0x666b75,
  'locked-idle': 0x8a6d3b,
  sysmon: 0xd55e00,
};

/** Width of one M chip, px. */
export const CHIP_W = 86;

/** What a chip says about an M: `M3 P1` when running on P1, else its state. */
export function chipText(m: MView): string {
  if (m.state === 'running' && m.p !== null) return `M${m.id} ▶ P${m.p}`;
  if (m.state === 'spinning') return `M${m.id} spinning`;
  return `M${m.id} ${m.state}`;
}

/** How many Ms are in each state, for the summary when there are more Ms than chips. */
export function countByState(ms: readonly MView[]): string {
  const counts = new Map<MState, number>();
  for (const m of ms) counts.set(m.state, (counts.get(m.state) ?? 0) + 1);
  return [...counts].map(([state, n]) => `${n} ${state}`).join(' · ');
}
