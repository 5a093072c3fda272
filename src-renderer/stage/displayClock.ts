import { BASE_NS_PER_WALL_SECOND } from '../../src-engine/protocol/messages';

/**
 * How far the stage's clock runs behind the engine's playhead while playing, wall ms. The engine sends a frame
 * about every 16 ms with the events up to its playhead; showing the stage this much later lets every event of
 * a frame start its motion at its own virtual time instead of all at once when the frame lands.
 */
export const LAG_MS = 60;

/**
 * The virtual time the stage shows (ns), running smoothly between engine frames at the playback speed.
 *
 * @remarks While playing it advances at `speed × BASE_NS_PER_WALL_SECOND / 1000` ns per wall ms, never past the
 * newest frame's playhead, and is nudged forwards towards `playhead - LAG_MS × rate` on every frame (jumping
 * when more than a lag behind, e.g. after a stall); it never runs backwards while playing. Paused, it stands at the playhead. Pure: wall time is passed in.
 */
export class DisplayClock {
  private t0 = 0;
  private w0 = 0;
  private rate = 0;
  private limit = 0;

  /** Virtual ns per wall ms at this speed. */
  static rateOf(speed: number): number {
    return (speed * BASE_NS_PER_WALL_SECOND) / 1000;
  }

  /** True while the clock advances (playing), so motions are timed in virtual ns. */
  get running(): boolean {
    return this.rate > 0;
  }

  /** Virtual ns per wall ms now (0 when paused). */
  get nsPerMs(): number {
    return this.rate;
  }

  /** A frame from the engine: its playhead `t`, at wall time `wallMs`. `snap` (load, seek) jumps there. */
  sync(t: number, wallMs: number, playing: boolean, speed: number, snap: boolean): void {
    const rate = playing ? DisplayClock.rateOf(speed) : 0;
    if (rate === 0 || snap || this.rate === 0) {
      this.t0 = rate === 0 || snap ? t : Math.min(this.now(wallMs), t);
      if (rate > 0 && !snap) this.t0 = Math.max(this.t0, t - LAG_MS * rate);
    } else {
      const cur = this.now(wallMs);
      const want = t - LAG_MS * rate;
      // Catch up (jump when far behind, e.g. after a stall); never step back: running ahead, the limit holds it.
      this.t0 = want - cur > LAG_MS * rate ? want : want > cur ? cur + (want - cur) * 0.2 : cur;
    }
    this.w0 = wallMs;
    this.rate = rate;
    this.limit = Math.max(t, this.t0);
  }

  /** The virtual time to show at wall time `wallMs`, ns. */
  now(wallMs: number): number {
    return Math.min(this.limit, this.t0 + Math.max(0, wallMs - this.w0) * this.rate);
  }
}
