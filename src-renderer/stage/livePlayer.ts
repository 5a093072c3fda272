import type { ViewUpdate } from '../state/viewFeed';
import { DisplayClock } from './displayClock';
import type { Stage } from './Stage';

/**
 * Shortest wall time between two renders while a trimmed view (more than `TRIM_ABOVE` goroutines) plays, ms:
 * every other display frame at 60 Hz, 30 frames a second. At 100 000 goroutines a frame's drawing and
 * rasterising take 8–10 ms of CPU, on a machine whose other cores the engine and the compiler keep busy: drawing
 * half as often leaves the UI thread and the engine more of it (the UI thread's longest task at 100 000
 * goroutines: 15–20 ms against 19–32 ms, the stage drawing in its worker). The threshold sits below 33.3 ms so
 * a frame that comes a little early is not put off to the one after.
 */
export const CROWDED_FRAME_MS = 25;

/** What the live player drives of a {@link Stage}. */
export type LiveStage = Pick<
  Stage,
  | 'onNeedsRender'
  | 'setPace'
  | 'moveNs'
  | 'setView'
  | 'prepare'
  | 'unprepared'
  | 'needsRender'
  | 'renderAt'
  | 'renderMotionAt'
  | 'meter'
  | 'view'
>;

/**
 * The live driver of a {@link Stage}: wall clock → virtual time. It feeds the stage each engine state and
 * renders on `requestAnimationFrame` only while something changes — a new state, a motion or highlight under
 * way, a resize, zoom, theme or selection — so a paused stage with nothing moving costs no frame at all.
 *
 * @remarks Playing, motion follows the playback clock ({@link DisplayClock}, a little behind the engine's
 * playhead so each event moves at its own virtual time). Paused, a step's motion starts where the clock
 * stands and the clock plays it out at the playback speed, then stops.
 */
export class LivePlayer {
  private readonly clock = new DisplayClock();
  private frameRequest: number | undefined;
  private stopped = false;
  /** Animation frames that rendered, since the page started (exposed to tests as a rate). */
  renders = 0;

  constructor(
    private readonly stage: LiveStage,
    private readonly now: () => number = () => performance.now(),
  ) {
    stage.onNeedsRender(() => this.request());
  }

  /** A new engine state (from `session.views`). */
  show(u: ViewUpdate): void {
    const wall = this.now();
    this.playing = u.playing;
    this.clock.sync(u.playheadNs, wall, u.playing, u.speed, u.snap);
    this.stage.setPace(this.clock.paceNsPerMs(u.speed));
    if (u.snap || u.playing) {
      this.stage.setView(u.view, { snap: u.snap, events: u.events });
    } else {
      // A paused step: its moves start where the display stands and play out at the playback speed.
      const from = Math.max(this.clock.now(wall), u.view.t);
      this.stage.setView(u.view, { snap: false, events: u.events, moveStartNs: from });
      this.clock.extend(from, from + this.stage.moveNs * 1.05, wall, u.speed);
    }
    this.request();
    this.prepareSoon();
  }

  /**
   * Has the stage lay out the states received so far in a task of its own, before the next animation frame
   * draws them (once, however many states arrive). A `MessageChannel` task rather than `setTimeout`: it runs
   * at once, with no clamping, between the message that brought the state and the frame.
   */
  private prepareSoon(): void {
    if (this.preparing || this.stopped) return;
    this.preparing = true;
    this.tasks.port2.postMessage(null);
  }

  private preparing = false;
  /** True when the last frame drew without the states waiting for the prepare task. */
  private deferred = false;
  /** Wall time of the last render, ms. */
  private renderedWall = -Infinity;
  /** Whether the latest state came while playing. */
  private playing = false;
  private readonly tasks = (() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      this.preparing = false;
      if (!this.stopped) this.stage.prepare();
    };
    return channel;
  })();

  /** Renders on the next animation frame (once, however often asked). */
  request(): void {
    if (this.frameRequest !== undefined || this.stopped) return;
    this.frameRequest = requestAnimationFrame(() => this.frame());
  }

  /** Stops rendering (the stage is going away). */
  stop(): void {
    this.stopped = true;
    this.tasks.port1.close();
    this.tasks.port2.close();
    if (this.frameRequest !== undefined) cancelAnimationFrame(this.frameRequest);
    this.frameRequest = undefined;
  }

  private frame(): void {
    this.frameRequest = undefined;
    const wall = this.now();
    const t = this.clock.now(wall);
    if (this.playing && this.stage.view?.trimmed && wall - this.renderedWall < CROWDED_FRAME_MS) {
      this.request();
      return;
    }
    if (this.stage.needsRender(t)) {
      this.renderedWall = wall;
      // A state that came since the last frame is laid out by the task prepareSoon queued. When the frame comes
      // first (Chromium runs a due frame before other tasks), it moves the tokens on the layout drawn so far and
      // leaves the new state to that task and the next frame: at 100 000 goroutines a layout and a drawing in
      // one task held its thread (the page's, when the stage draws there) twice as long. Once only: a frame
      // that finds the task still waiting after a deferred frame lays out itself, so a state is never more
      // than one frame late.
      if (this.preparing && !this.deferred && this.stage.unprepared) {
        this.stage.renderMotionAt(t);
        this.deferred = true;
      } else {
        this.stage.renderAt(t);
        this.deferred = false;
      }
      this.renders++;
      this.stage.meter.endFrame(this.stage.view !== undefined);
    }
    // Keep going while the clock runs or the stage still has something to draw; otherwise sleep until asked.
    if (!this.clock.restsAt(wall) || this.stage.needsRender(this.clock.now(wall + 17))) this.request();
  }
}
