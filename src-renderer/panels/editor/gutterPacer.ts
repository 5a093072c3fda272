/**
 * When the goroutine gutter follows the run. Each CodeMirror update reads the DOM selection back (a forced
 * style and layout) and rebuilds gutter markers: a few ms of the UI thread. At a normal size the gutter
 * follows every animation frame. A view the host trimmed (thousands of goroutines, `WorldView.trimmed`)
 * changes the running goroutines on every frame; the gutter then updates at most every {@link SLOW_GUTTER_MS},
 * in a task of its own, so that its cost never lands in the stage's animation-frame task.
 */

/** Least time between two gutter updates while the views are trimmed, ms. */
export const SLOW_GUTTER_MS = 250;

/** Timer functions (the browser's by default; a test passes its own). */
export interface PacerClock {
  requestFrame(run: () => void): number;
  cancelFrame(handle: number): void;
  setTimer(run: () => void, ms: number): number;
  clearTimer(handle: number): void;
}

const browserClock: PacerClock = {
  requestFrame: (run) => requestAnimationFrame(run),
  cancelFrame: (h) => cancelAnimationFrame(h),
  setTimer: (run, ms) => window.setTimeout(run, ms),
  clearTimer: (h) => window.clearTimeout(h),
};

/**
 * Runs a job once after any number of requests: at the next animation frame, or (a slow request) in its own
 * task {@link SLOW_GUTTER_MS} after the first request not yet served. A later request never postpones a
 * pending run (the gutter shows the latest view at most that late), and the job reads the latest state.
 */
export class GutterPacer {
  private frame: number | undefined;
  private timer: number | undefined;

  constructor(
    private readonly job: () => void,
    private readonly clock: PacerClock = browserClock,
  ) {}

  /** Asks for a run; `slow` when the view is trimmed. */
  request(slow: boolean): void {
    if (this.frame !== undefined || this.timer !== undefined) return;
    if (slow)
      this.timer = this.clock.setTimer(() => {
        this.timer = undefined;
        this.job();
      }, SLOW_GUTTER_MS);
    else
      this.frame = this.clock.requestFrame(() => {
        this.frame = undefined;
        this.job();
      });
  }

  /** Drops a pending run (the editor is going away). */
  cancel(): void {
    if (this.frame !== undefined) this.clock.cancelFrame(this.frame);
    if (this.timer !== undefined) this.clock.clearTimer(this.timer);
    this.frame = this.timer = undefined;
  }
}
