import type { SchedEvent } from '../../src-engine/sim/events';

/** A moment worth a brief highlight: which P and/or G, and what kind. */
export interface Emphasis {
  readonly kind: 'steal' | 'handoff' | 'preempt';
  readonly p?: number;
  readonly g?: number;
}

/** Highlight colours (Okabe–Ito), one per kind; the stage also writes the kind next to the P card. */
export const EMPHASIS_COLORS: Record<Emphasis['kind'], number> = {
  steal: 0x56b4e9,
  handoff: 0xcc79a7,
  preempt: 0xe69f00,
};

const BY_FN: Record<string, Emphasis['kind']> = {
  'runtime.runqsteal': 'steal',
  'runtime.handoffp': 'handoff',
  'runtime.retake': 'handoff',
  'runtime.preemptone': 'preempt',
  'runtime.gopreempt_m': 'preempt',
};

/** The moments in a batch of events that the stage emphasises: steals, P hand-offs and preemptions. */
export function emphasesOf(events: readonly SchedEvent[]): Emphasis[] {
  const out: Emphasis[] = [];
  for (const e of events) {
    const kind = BY_FN[e.fn];
    if (kind)
      out.push({ kind, ...(e.p !== undefined ? { p: e.p } : {}), ...(e.g !== undefined ? { g: e.g } : {}) });
  }
  return out;
}
