/**
 * Progress of a long `gosched run` on a terminal: one line on stderr, redrawn in place, showing the virtual time
 * reached, the events recorded and the wall time elapsed. Shown only when stderr is a terminal and the run has
 * taken more than {@link PROGRESS_AFTER_MS}; erased before the program's own output and at the end, so what
 * the program prints is never mixed with it. Nothing at all when stderr is not a terminal (pipes, files, CI).
 */
import { durationText } from '../../lang/compile/fmt/duration';

/** Wall time before the progress line first appears, ms. */
export const PROGRESS_AFTER_MS = 1_000;
/** Least wall time between two redraws, ms. */
const REDRAW_MS = 100;

/** Where the progress line goes. */
export interface ProgressOut {
  /** True when it is a terminal (else nothing is ever written). */
  readonly isTTY: boolean;
  write(text: string): void;
}

/** The progress line of one run. */
export class Progress {
  private shown = false;
  private lastDrawMs = -Infinity;

  constructor(
    private readonly out: ProgressOut,
    /** Wall clock, ms (injected: tests drive it). */
    private readonly nowMs: () => number,
    private readonly startMs = nowMs(),
  ) {}

  /** Reports where the run is; draws when due. */
  update(virtualNs: number, events: number): void {
    if (!this.out.isTTY) return;
    const now = this.nowMs();
    const elapsedMs = now - this.startMs;
    if (elapsedMs < PROGRESS_AFTER_MS || now - this.lastDrawMs < REDRAW_MS) return;
    this.lastDrawMs = now;
    this.shown = true;
    this.out.write(`\r\x1b[K${progressText(virtualNs, events, elapsedMs)}`);
  }

  /** Erases the line (before the program writes, and at the end). */
  hide(): void {
    if (!this.shown) return;
    this.shown = false;
    this.lastDrawMs = -Infinity;
    this.out.write('\r\x1b[K');
  }
}

/** `gosched: virtual 1.5s · 12,345 events · 3.2s elapsed`. */
export function progressText(virtualNs: number, events: number, elapsedMs: number): string {
  return `gosched: virtual ${durationText(virtualNs)} · ${events.toLocaleString('en-US')} events · ${(elapsedMs / 1000).toFixed(1)}s elapsed`;
}

/** Wall time one slice of a `--until` run aims at, ms: short enough for a live progress line. */
const SLICE_TARGET_MS = 50;
/** Shortest slice of virtual time, ns. */
const MIN_SLICE_NS = 1_000;

/**
 * Runs `run` to virtual time `untilNs` in slices of virtual time (each about {@link SLICE_TARGET_MS} of wall
 * time), calling `afterSlice` between them. Same result as one `runUntil(untilNs)`: the engine processes the
 * same actions in the same order, only stopping in between.
 */
export async function runUntilInSlices(
  run: { runUntil(tNs: number): void },
  untilNs: number,
  nowMs: () => number,
  afterSlice: () => void | Promise<void>,
): Promise<void> {
  let sliceNs = 1_000_000;
  for (let reached = 0; ;) {
    const target = Math.min(untilNs, reached + sliceNs);
    const t0 = nowMs();
    run.runUntil(target);
    const tookMs = nowMs() - t0;
    reached = target;
    await afterSlice();
    if (reached >= untilNs) return;
    if (tookMs < SLICE_TARGET_MS / 2) sliceNs *= 2;
    else if (tookMs > SLICE_TARGET_MS * 2) sliceNs = Math.max(MIN_SLICE_NS, Math.floor(sliceNs / 2));
    // Let the event loop write what was printed.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
