/**
 * The frame plan of an export: which virtual time (ns) and which caption every video frame shows.
 *
 * @remarks Pure arithmetic on integers of frames, so the frame count is exactly `durationS × fps` and frame
 * `k` is shown at exactly `k / fps` s. A plan is a list of segments, each a whole number of frames: a title
 * card, a move (virtual time advancing linearly), a slow move after a beat, or a hold on one moment.
 */

/** How fast virtual time passes in the video. */
export type Pacing =
  /** Virtual ns shown per second of video. */
  | { readonly mode: 'rate'; readonly nsPerVideoSecond: number }
  /** The whole range fits into this many seconds of video (holds and the title card included). */
  | { readonly mode: 'fit'; readonly seconds: number };

/** A moment with a caption: a lesson beat reached at `tNs`, or the run's end. */
export interface CaptionMark {
  readonly tNs: number;
  readonly caption: string;
  /** True for the run's end (Go's exit): held at the end of the video. */
  readonly isEnd?: boolean;
}

/** What a plan is made from. */
export interface PlanInput {
  readonly fromNs: number;
  readonly toNs: number;
  readonly fps: number;
  readonly pacing: Pacing;
  /** Beats (and the end), in any order; those outside [fromNs, toNs] are left out. */
  readonly marks: readonly CaptionMark[];
  /** Seconds each beat holds its moment still (0: no hold). */
  readonly beatHoldS: number;
  /** Seconds after each beat during which time runs `slowFactor` times slower (0: none). */
  readonly beatSlowS: number;
  readonly slowFactor: number;
  /** Seconds of title card before the run (0: none). */
  readonly titleS: number;
  /** Seconds the last frame is held (at least one frame is always there). */
  readonly endHoldS: number;
}

/** One stretch of the video. */
export interface Segment {
  readonly kind: 'title' | 'move' | 'hold';
  /** First frame of the segment. */
  readonly firstFrame: number;
  readonly frames: number;
  /** Virtual time of the first frame and the time the segment moves towards (reached by the next one). */
  readonly fromNs: number;
  readonly toNs: number;
  /** Index in the plan's `marks` of the caption shown, or -1 for none. */
  readonly mark: number;
}

/** A checked plan. */
export interface FramePlan {
  readonly fps: number;
  readonly frameCount: number;
  readonly segments: readonly Segment[];
  /** The marks inside the range, by time. */
  readonly marks: readonly CaptionMark[];
  readonly fromNs: number;
  readonly toNs: number;
}

/** What one frame shows. */
export interface FrameAt {
  readonly index: number;
  /** Presentation time in the video, s (exactly `index / fps`). */
  readonly timestampS: number;
  readonly virtualNs: number;
  readonly kind: Segment['kind'];
  /** The caption shown, or null. */
  readonly caption: string | null;
  readonly markIndex: number;
  /** Virtual ns per ms of video in this frame's segment (0 in a hold or the title): how fast motion runs. */
  readonly nsPerVideoMs: number;
}

/** Longest video made: two hours at 60 fps. */
export const MAX_FRAMES = 2 * 3600 * 60;

/** A plan that cannot be made, with the reason in the user's words. */
export class PlanError extends Error {
  override readonly name = 'PlanError';
}

const frames = (seconds: number, fps: number): number => Math.max(0, Math.round(seconds * fps));

/** Builds the plan, or throws {@link PlanError} (empty range, a fit too short for its holds, bad numbers). */
export function makePlan(input: PlanInput): FramePlan {
  const { fromNs, toNs, fps } = input;
  if (!Number.isFinite(fromNs) || !Number.isFinite(toNs) || fromNs < 0)
    throw new PlanError('the export range has no valid start or end time');
  if (toNs <= fromNs)
    throw new PlanError(
      `the export range is empty: it ends at ${toNs} ns, not after its start at ${fromNs} ns`,
    );
  if (!Number.isInteger(fps) || fps < 1 || fps > 240) throw new PlanError(`${fps} fps is not a frame rate`);
  const marks = input.marks
    .filter((m) => m.tNs >= fromNs && m.tNs <= toNs)
    .slice()
    .sort((a, b) => a.tNs - b.tNs || Number(a.isEnd ?? false) - Number(b.isEnd ?? false));
  const beats = marks.filter((m) => !m.isEnd);
  const holdF = frames(input.beatHoldS, fps);
  const slowF = frames(input.beatSlowS, fps);
  const slow = Math.max(1, input.slowFactor);
  const titleF = frames(input.titleS, fps);
  const endF = Math.max(1, frames(input.endHoldS, fps));
  const span = toNs - fromNs;

  let nsPerFrame: number;
  if (input.pacing.mode === 'rate') {
    if (!(input.pacing.nsPerVideoSecond > 0))
      throw new PlanError('virtual time per video second must be > 0');
    nsPerFrame = input.pacing.nsPerVideoSecond / fps;
  } else {
    const total = frames(input.pacing.seconds, fps);
    const fixed = titleF + endF + beats.length * holdF;
    const moving = total - fixed;
    // Slow frames cover 1/slow of a normal frame's time: span = nsPerFrame × (normal + slowFrames / slow).
    const slowFrames = Math.min(beats.length * slowF, Math.max(0, moving));
    if (moving < 1)
      throw new PlanError(
        `${input.pacing.seconds} s is too short: the title card, beat holds and end hold alone take ${(fixed / fps).toFixed(1)} s`,
      );
    nsPerFrame = span / (moving - slowFrames + slowFrames / slow);
  }

  const estimate = span / nsPerFrame + titleF + endF + beats.length * (holdF + slowF);
  if (estimate > MAX_FRAMES)
    throw new PlanError(
      `the video would be ${(estimate / fps / 3600).toFixed(1)} hours long; show more virtual time per second or fit it into fewer seconds`,
    );
  const segments: Segment[] = [];
  let frame = 0;
  const push = (kind: Segment['kind'], n: number, a: number, b: number, mark: number): void => {
    if (n <= 0) return;
    segments.push({ kind, firstFrame: frame, frames: n, fromNs: a, toNs: b, mark });
    frame += n;
  };
  const markIndex = (m: CaptionMark | undefined): number => (m === undefined ? -1 : marks.indexOf(m));
  push('title', titleF, fromNs, fromNs, -1);
  let t = fromNs;
  let shown: CaptionMark | undefined = marks.filter((m) => m.tNs <= fromNs && !m.isEnd).at(-1);
  /** Moves from `t` to `target` at `perFrame` ns a frame; returns the time reached (whole frames only). */
  const move = (target: number, perFrame: number): number => {
    const n = Math.floor((target - t) / perFrame);
    if (n > 0) push('move', n, t, t + n * perFrame, markIndex(shown));
    return t + Math.max(0, n) * perFrame;
  };
  for (const b of beats) {
    if (b.tNs > t) t = move(b.tNs, nsPerFrame);
    t = Math.max(t, b.tNs);
    shown = b;
    push('hold', holdF, b.tNs, b.tNs, markIndex(b));
    // After the beat: the slow stretch, never past the next mark or the end.
    // The next mark in order, which may be another beat at this same moment (then no slow stretch: time would
    // have passed it and gone back for its hold).
    const next = Math.min(toNs, marks[marks.indexOf(b) + 1]?.tNs ?? toNs);
    const slowTarget = Math.min(next, t + slowF * (nsPerFrame / slow));
    if (slowF > 0 && slowTarget > t) t = move(slowTarget, nsPerFrame / slow);
  }
  t = move(toNs, nsPerFrame);
  const end = marks.find((m) => m.isEnd);
  if (end) shown = end;
  // Fitting: the frames whole-frame rounding left out go to the end hold, so the video is exactly N s.
  const fitted = input.pacing.mode === 'fit' ? frames(input.pacing.seconds, fps) - frame - endF : 0;
  push('hold', endF + Math.max(0, fitted), toNs, toNs, markIndex(shown));
  return { fps, frameCount: frame, segments, marks, fromNs, toNs };
}

/** What frame `index` shows (0 ≤ index < frameCount). */
export function frameAt(plan: FramePlan, index: number): FrameAt {
  if (!Number.isInteger(index) || index < 0 || index >= plan.frameCount)
    throw new RangeError(`frame ${index} is outside the plan (0–${plan.frameCount - 1})`);
  const segs = plan.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.firstFrame <= index) lo = mid;
    else hi = mid - 1;
  }
  const s = segs[lo]!;
  const i = index - s.firstFrame;
  const virtualNs =
    s.kind === 'move' ? Math.round(s.fromNs + ((s.toNs - s.fromNs) * i) / s.frames) : s.fromNs;
  const mark = plan.marks[s.mark];
  return {
    index,
    timestampS: index / plan.fps,
    virtualNs,
    kind: s.kind,
    caption: mark?.caption ?? null,
    markIndex: s.mark,
    nsPerVideoMs: s.kind === 'move' ? ((s.toNs - s.fromNs) / s.frames) * (plan.fps / 1000) : 0,
  };
}

/** Video duration of a plan, s. */
export function durationS(plan: FramePlan): number {
  return plan.frameCount / plan.fps;
}
