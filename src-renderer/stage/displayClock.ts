import { BASE_NS_PER_WALL_SECOND } from '../../src-engine/protocol/messages';

/**
 * How far the stage's clock runs behind the engine's playhead while playing, wall ms. The engine sends a frame
 * about every 16 ms with the events up to its playhead; showing the stage this much later lets every event of
 * a frame start its motion at its own virtual time instead of all at once when the frame lands.
 */
export const LAG_MS = 60;

/** Wall time the playhead's real rate is measured over, ms (a few engine frames). */
const OBSERVE_MIN_MS = 100;
/** Below this fraction of the speed's rate the playhead counts as not keeping up, and motion follows it. */
const SLOW_FRACTION = 0.5;

/**
 * The live player's clock: the virtual time the stage shows (ns), running smoothly between engine frames at the
 * playback speed.
 *
 * @remarks While playing it advances at `speed × BASE_NS_PER_WALL_SECOND / 1000` ns per wall ms, never past the
 * newest frame's playhead, and is nudged forwards towards `playhead - LAG_MS × rate` on every frame (jumping
 * when more than a lag behind, e.g. after a stall). Paused, it stands at the playhead, except that it runs on
 * at the same rate up to {@link DisplayClock.extend}'s limit so that motions under way finish. It never runs
 * backwards except on a jump (`snap`). Pure: wall time is passed in.
 */
export class DisplayClock {
  private t0 = 0;
  private w0 = 0;
  private rate = 0;
  private limit = 0;
  private playing = false;
  /** Playheads seen while playing: the last one and its wall time, and virtual ns per wall ms (smoothed). */
  private seen: { t: number; wallMs: number; nsPerMs: number | undefined } | undefined;

  /** Virtual ns per wall ms at this speed. */
  static rateOf(speed: number): number {
    return (speed * BASE_NS_PER_WALL_SECOND) / 1000;
  }

  /** True while playing. */
  get running(): boolean {
    return this.playing;
  }

  /** A frame from the engine: its playhead `t`, at wall time `wallMs`. `snap` (load, seek) jumps there. */
  sync(t: number, wallMs: number, playing: boolean, speed: number, snap: boolean): void {
    const cur = this.now(wallMs);
    const rate = DisplayClock.rateOf(speed);
    if (snap) {
      this.t0 = t;
      this.limit = t;
    } else if (!playing) {
      // Paused: at the playhead, or where the clock already is; motions under way run on to the limit.
      this.t0 = Math.max(cur, t);
      this.limit = Math.max(this.limit, t);
    } else if (!this.playing) {
      this.t0 = Math.max(cur, t - LAG_MS * rate);
      this.limit = Math.max(t, this.t0);
    } else {
      const want = t - LAG_MS * rate;
      // Catch up (jump when far behind, e.g. after a stall); never step back: running ahead, the limit holds it.
      this.t0 = want - cur > LAG_MS * rate ? want : want > cur ? cur + (want - cur) * 0.2 : cur;
      this.limit = Math.max(t, this.t0);
    }
    this.w0 = wallMs;
    this.rate = playing || this.limit > this.t0 ? rate : 0;
    this.playing = playing;
    this.observe(t, wallMs, playing && !snap);
  }

  /** Follows how fast the playhead really advances while playing (a crowded run cannot keep up its speed). */
  private observe(t: number, wallMs: number, playing: boolean): void {
    if (!playing) {
      this.seen = undefined;
      return;
    }
    const s = this.seen;
    if (s === undefined || t < s.t) {
      this.seen = { t, wallMs, nsPerMs: undefined };
      return;
    }
    const dw = wallMs - s.wallMs;
    // Measured over at least a few frames, so one frame's jitter does not count.
    if (dw < OBSERVE_MIN_MS) return;
    const now = (t - s.t) / dw;
    const nsPerMs = s.nsPerMs === undefined ? now : s.nsPerMs + (now - s.nsPerMs) * 0.3;
    this.seen = { t, wallMs, nsPerMs };
  }

  /**
   * Virtual ns per wall ms that motion should be paced at while playing at `speed`: the speed's own rate, or,
   * when the playhead advances far slower than that (a program too crowded for the engine to play at that speed,
   * such as 100 000 goroutines at 100×), the rate it really advances at. Paced at the nominal rate, a move of
   * `MOVE_MS` there lasted many seconds of wall time, and tokens hung in mid-air between their places.
   */
  paceNsPerMs(speed: number): number {
    const nominal = DisplayClock.rateOf(speed);
    const seen = this.seen?.nsPerMs;
    if (!this.playing || seen === undefined || seen >= SLOW_FRACTION * nominal) return nominal;
    return Math.max(seen, nominal / 1_000);
  }

  /**
   * Lets the clock run on (at the speed's rate) to `untilNs` at least, starting no earlier than `fromNs`: the
   * live player's way to play out a paused step's motion, which starts where the clock stands.
   */
  extend(fromNs: number, untilNs: number, wallMs: number, speed: number): void {
    this.t0 = Math.max(this.now(wallMs), fromNs);
    this.w0 = wallMs;
    this.limit = Math.max(this.limit, untilNs);
    this.rate = DisplayClock.rateOf(speed);
  }

  /** The virtual time to show at wall time `wallMs`, ns. */
  now(wallMs: number): number {
    return Math.min(Math.max(this.limit, this.t0), this.t0 + Math.max(0, wallMs - this.w0) * this.rate);
  }

  /** True when the clock will not move any more until the next frame (paused and at its limit). */
  restsAt(wallMs: number): boolean {
    return !this.playing && this.now(wallMs) >= this.limit;
  }
}
