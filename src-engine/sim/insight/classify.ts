/**
 * What an event means for breakpoints and metrics: a bit set of categories (a steal, a P hand-off, a
 * goroutine blocking, …), decided once from the event's kind, function and places.
 */
import type { SchedEvent } from '../events';
import type { GStatus } from '../WorldView';
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

/** Kinds of event the index and the categories tell apart (other kinds are {@link KIND_OTHER}). */
export const KIND_OTHER = 0;
export const KIND_G_CREATE = 1;
export const KIND_G_MOVE = 2;
export const KIND_P_STATUS = 3;
export const KIND_M_STATUS = 4;
export const KIND_M_CREATE = 5;
export const KIND_EXIT = 6;
export const KIND_STW = 7;

/** {@link KIND_OTHER} … of an event kind's name. */
export function kindCode(kind: string): number {
  switch (kind) {
    case 'g.create':
      return KIND_G_CREATE;
    case 'g.move':
      return KIND_G_MOVE;
    case 'p.status':
      return KIND_P_STATUS;
    case 'm.status':
      return KIND_M_STATUS;
    case 'm.create':
      return KIND_M_CREATE;
    case 'program.exit':
      return KIND_EXIT;
    case 'stw':
      return KIND_STW;
    default:
      return KIND_OTHER;
  }
}

/** Runtime functions the categories name. */
export const FN_RUNQSTEAL = 1;
export const FN_GOPREEMPT = 2;
export const FN_RETAKE = 4;
export const FN_HANDOFFP = 8;

/** {@link FN_RUNQSTEAL} … bits of a runtime function's name (0 for the others). */
export function fnBits(fn: string): number {
  switch (fn) {
    case 'runtime.runqsteal':
      return FN_RUNQSTEAL;
    case 'runtime.gopreempt_m':
      return FN_GOPREEMPT;
    case 'runtime.retake':
      return FN_RETAKE;
    case 'runtime.handoffp':
      return FN_HANDOFFP;
    default:
      return 0;
  }
}

/**
 * What decides an event's categories, as numbers and flags (read from an event object by {@link classify}, from
 * the log's columns by the event index).
 */
export interface CategoryFacts {
  kind: number;
  fn: number;
  /** Goroutine statuses at the move's source and destination (`statusOfLoc`; absent places are `dead`). */
  fromStatus: GStatus;
  toStatus: GStatus;
  /** A P status change out of `_Psyscall`. */
  fromPsyscall: boolean;
  /** A program exit whose reason names a deadlock. */
  deadlock: boolean;
}

/** The categories of an event with these facts (0 when none). */
export function categories(f: CategoryFacts): number {
  switch (f.kind) {
    case KIND_G_CREATE:
      return CAT_CREATE;
    case KIND_STW:
      return CAT_STW;
    case KIND_M_CREATE:
      return CAT_THREAD;
    case KIND_EXIT:
      return f.deadlock ? CAT_DEADLOCK : 0;
    case KIND_P_STATUS:
      return f.fn & FN_RETAKE || (f.fn & FN_HANDOFFP && f.fromPsyscall) ? CAT_HANDOFF : 0;
    case KIND_G_MOVE:
      return moveCategories(f.fn, f.fromStatus, f.toStatus);
    default:
      return 0;
  }
}

function moveCategories(fn: number, from: GStatus, to: GStatus): number {
  let c = 0;
  if (fn & FN_RUNQSTEAL) c |= CAT_STEAL;
  if (fn & FN_GOPREEMPT) c |= CAT_PREEMPT;
  if (to === '_Grunning') c |= CAT_SWITCH;
  if (to === '_Gdead') c |= CAT_EXIT;
  if (from === '_Grunning' && (to === '_Gwaiting' || to === '_Gsyscall')) c |= CAT_BLOCK;
  if ((from === '_Gwaiting' || from === '_Gsyscall') && (to === '_Grunnable' || to === '_Grunning'))
    c |= CAT_WAKE;
  return c;
}

/** The categories of `e` (0 when none). */
export function classify(e: SchedEvent): number {
  const kind = kindCode(e.kind);
  return categories({
    kind,
    fn: fnBits(e.fn),
    fromStatus: kind === KIND_G_MOVE ? statusOfLoc(e.from ?? 'dead') : '_Gdead',
    toStatus: kind === KIND_G_MOVE ? statusOfLoc(e.to ?? 'dead') : '_Gdead',
    fromPsyscall: e.from === '_Psyscall',
    deadlock: kind === KIND_EXIT && e.reason.includes('deadlock'),
  });
}
