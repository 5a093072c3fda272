/**
 * Measures the stage's own JavaScript time per animation frame, ms: drawing a new engine state and
 * advancing motion. Rasterising is left out on purpose: where WebGL runs in software (headless CI) it
 * dominates wall time and says nothing about our code.
 */
export class FrameMeter {
  private current = 0;
  private readonly samples: number[] = [];
  /** Pixi's own render call per frame, ms (scene traversal and WebGL submission, software GL included). */
  private readonly renders: number[] = [];
  /** Page-relative time of the first frame that drew an engine state, ms. */
  firstFrameMs: number | undefined;

  constructor(private readonly keep = 10_000) {}

  /** Runs `fn`, adding its duration to the current frame. */
  measure<T>(fn: () => T): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      this.current += performance.now() - t0;
    }
  }

  /** Closes the current frame. `drew` says whether an engine state was on screen. */
  endFrame(drew: boolean): void {
    if (drew && this.firstFrameMs === undefined) this.firstFrameMs = performance.now();
    this.samples.push(this.current);
    if (this.samples.length > this.keep) this.samples.shift();
    this.current = 0;
  }

  /** Records one frame's Pixi render call, ms. */
  addRender(ms: number): void {
    this.renders.push(ms);
    if (this.renders.length > this.keep) this.renders.shift();
  }

  /** The p-th percentile of Pixi render calls, ms; 0 with no samples. */
  renderPercentile(p: number): number {
    return percentileOf(this.renders, p);
  }

  /** Forgets the samples so far (e.g. after loading, before measuring steady animation). */
  reset(): void {
    this.samples.length = 0;
    this.renders.length = 0;
    this.current = 0;
  }

  /** The p-th percentile (0–100) of frame times, ms; 0 with no samples. */
  percentile(p: number): number {
    return percentileOf(this.samples, p);
  }

  get frames(): number {
    return this.samples.length;
  }
}

/** The p-th percentile (0–100) of `samples`; 0 when empty. */
function percentileOf(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
