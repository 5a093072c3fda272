import { frameAt, type FrameAt, type FramePlan } from './plan';
import type { FrameSource } from './types';

/**
 * Feeds a plan's frames to a {@link FrameSource} by one rule, for a video and for a still alike, so that a still
 * of a moment is the video's frame of that moment:
 * - the pace changes where the plan's does (a slow stretch after a beat);
 * - a hold shows the settled picture of its moment: every token at its place in the state of that time (a move
 *   that starts at the beat's own event has arrived), and the frames after it go on from there;
 * - a moment already drawn is not drawn again (a hold repeats one picture).
 */
export class PlanFeeder {
  private pace = Number.NaN;
  private drawnAt = Number.NaN;
  private drawnSettled = false;

  constructor(private readonly source: FrameSource) {}

  private paceFor(f: FrameAt): void {
    if (f.nsPerVideoMs > 0 && f.nsPerVideoMs !== this.pace)
      this.source.setPace?.((this.pace = f.nsPerVideoMs));
  }

  /**
   * Draws frame `f` into the source (nothing for a title card, or a moment already drawn as `f` needs it).
   * Resolves false when the source's picture is the one it held before (nothing drawn, or nothing moved).
   */
  async draw(f: FrameAt): Promise<boolean> {
    if (f.kind === 'title') return false;
    this.paceFor(f);
    const settle = f.kind === 'hold';
    if (f.virtualNs === this.drawnAt && (this.drawnSettled || !settle)) return false;
    const changed = await this.source.renderAt(f.virtualNs, settle);
    this.drawnSettled = settle;
    this.drawnAt = f.virtualNs;
    return changed !== false;
  }

  /** Feeds frame `f` without drawing it (a still's warm-up: the states and moves, not the pixels). */
  advance(f: FrameAt): void {
    if (f.kind === 'title') return;
    this.paceFor(f);
    const settle = f.kind === 'hold';
    if (this.source.advanceTo) this.source.advanceTo(f.virtualNs, settle);
    this.drawnAt = Number.NaN;
  }

  /** Draws the moment `tNs` after the frames fed so far (a still: `settle` when a hold shows that moment). */
  async drawMoment(tNs: number, settle: boolean): Promise<void> {
    await this.source.renderAt(tNs, settle);
    this.drawnAt = tNs;
    this.drawnSettled = settle;
  }
}

/** The frames a still of moment `tNs` replays before drawing it, and whether the video holds that moment. */
export interface StillReplay {
  /** The plan's frames (no title card) from the warm-up start up to, not including, `tNs`, in order. */
  readonly frames: readonly FrameAt[];
  /** True when a hold of the plan shows `tNs` (a beat or the end): the still is then settled. */
  readonly settle: boolean;
}

/**
 * Which frames a still of `tNs` replays so that it shows what the video shows at `tNs`: those since the later
 * of the last hold at or before `tNs` (everything settled there, in both) and `tNs − 2 moves` (a token's place
 * on screen depends only on its last two moves, see `motion.ts`). `moveMs` is how long a move lasts, ms of video.
 */
export function stillReplay(plan: FramePlan, tNs: number, moveMs: number): StillReplay {
  const holds = plan.segments.filter((s) => s.kind === 'hold' && s.fromNs <= tNs);
  if (holds.some((s) => s.fromNs === tNs)) return { frames: [], settle: true };
  const fastest = Math.max(
    0,
    ...plan.segments.map((s) => (s.kind === 'move' ? (s.toNs - s.fromNs) / s.frames : 0)),
  );
  const warmUpNs = 2 * moveMs * fastest * (plan.fps / 1000);
  const startNs = Math.max(tNs - warmUpNs, holds.at(-1)?.fromNs ?? -Infinity);
  const frames: FrameAt[] = [];
  for (const s of plan.segments) {
    if (s.kind === 'title' || s.fromNs >= tNs) continue;
    // A move's frames are evenly spaced: start a frame before the window (rounding), not at the segment's start.
    const span = s.toNs - s.fromNs;
    const first = span > 0 ? Math.max(0, Math.floor(((startNs - s.fromNs) * s.frames) / span) - 1) : 0;
    for (let i = first; i < s.frames; i++) {
      const f = frameAt(plan, s.firstFrame + i);
      if (f.virtualNs >= tNs) break;
      const last = frames.at(-1);
      // A hold repeats one moment: fed once.
      if (f.virtualNs >= startNs && !(last && last.virtualNs === f.virtualNs && last.kind === f.kind))
        frames.push(f);
    }
  }
  return { frames, settle: false };
}

/** Virtual ns per ms of video of the move that shows `tNs` (else the nearest before it, else the first): a still's pace. */
export function paceAt(plan: FramePlan, tNs: number): number {
  const moves = plan.segments.filter((s) => s.kind === 'move');
  const at =
    moves.find((s) => s.fromNs <= tNs && tNs < s.toNs) ??
    moves.filter((s) => s.fromNs <= tNs).at(-1) ??
    moves[0];
  return at ? ((at.toNs - at.fromNs) / at.frames) * (plan.fps / 1000) : 10;
}
