/**
 * What an event means for breakpoints and metrics: a bit set of categories (a steal, a P hand-off, a
 * goroutine blocking, …), decided once from the event's kind, function and places.
 */
import type { SchedEvent } from '../events';
import { statusOfLoc } from '../core/locs';

export const CAT_STEAL = 1 << 0;
export const CAT_HANDOFF = 1 << 1;
export const CAT_PREEMPT = 1 << 2;
export const CAT_STW = 1 << 3;
export const CAT_CREATE = 1 << 4;
export const CAT_BLOCK = 1 << 5;
export const CAT_WAKE = 1 << 6;
export const CAT_EXIT = 1 << 7;
export const CAT_DEADLOCK = 1 << 8;
export const CAT_SWITCH = 1 << 9;
export const CAT_THREAD = 1 << 10;

/** Categories a person can break on, with their labels (the breakpoint menu and names). */
export const BREAK_CATEGORIES = {
  steal: { bit: CAT_STEAL, label: 'a steal' },
  handoff: { bit: CAT_HANDOFF, label: 'a P hand-off' },
  preempt: { bit: CAT_PREEMPT, label: 'a preemption' },
  stw: { bit: CAT_STW, label: 'a stop-the-world' },
  create: { bit: CAT_CREATE, label: 'a goroutine is created' },
  block: { bit: CAT_BLOCK, label: 'a goroutine blocks' },
  wake: { bit: CAT_WAKE, label: 'a goroutine wakes' },
  exit: { bit: CAT_EXIT, label: 'a goroutine exits' },
  deadlock: { bit: CAT_DEADLOCK, label: 'deadlock' },
} as const;

/** A breakable category's key. */
export type BreakCategory = keyof typeof BREAK_CATEGORIES;

/** The categories of `e` (0 when none). */
export function classify(e: SchedEvent): number {
  switch (e.kind) {
    case 'g.create':
      return CAT_CREATE;
    case 'stw':
      return CAT_STW;
    case 'm.create':
      return CAT_THREAD;
    case 'program.exit':
      return e.reason.includes('deadlock') ? CAT_DEADLOCK : 0;
    case 'p.status':
      return e.fn === 'runtime.retake' || (e.fn === 'runtime.handoffp' && e.from === '_Psyscall')
        ? CAT_HANDOFF
        : 0;
    case 'g.move':
      return classifyMove(e);
    default:
      return 0;
  }
}

function classifyMove(e: SchedEvent): number {
  const from = statusOfLoc(e.from ?? 'dead');
  const to = statusOfLoc(e.to ?? 'dead');
  let c = 0;
  if (e.fn === 'runtime.runqsteal') c |= CAT_STEAL;
  if (e.fn === 'runtime.gopreempt_m') c |= CAT_PREEMPT;
  if (to === '_Grunning') c |= CAT_SWITCH;
  if (to === '_Gdead') c |= CAT_EXIT;
  if (from === '_Grunning' && (to === '_Gwaiting' || to === '_Gsyscall')) c |= CAT_BLOCK;
  if ((from === '_Gwaiting' || from === '_Gsyscall') && (to === '_Grunnable' || to === '_Grunning'))
    c |= CAT_WAKE;
  return c;
}
