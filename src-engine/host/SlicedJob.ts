/**
 * Long host work (a `step` of up to 1 000 000 events) cut into slices of bounded wall time, with the thread
 * yielded between them, so the host answers other messages (pause, check, a new load) while it runs.
 */
import type { WallClock } from './Pacer';

/** Wall ms one slice may run before it yields the thread (well under the 100 ms a message may block). */
export const SLICE_MS = 15;
/** Units of work between two looks at the clock inside a slice. */
export const UNITS_PER_CLOCK_CHECK = 256;

/**
 * One job: `unit()` does one unit of work and returns false when the job is finished; `done()` runs once,
 * when the job finishes or is stopped early (it sends the answer for what was done).
 */
export class SlicedJob {
  private cancelNext: (() => void) | undefined;
  private finished = false;

  constructor(
    private readonly clock: WallClock,
    private readonly unit: () => boolean,
    private readonly done: () => void,
    /** Called instead of `done` when a unit throws (the job ends there). */
    private readonly onError: (err: unknown) => void,
    /** Reports each slice's wall duration, ms (the host keeps the longest). */
    private readonly onSlice: (ms: number) => void = () => {},
  ) {}

  /** Runs the first slice now and schedules the rest. */
  start(): void {
    this.slice();
  }

  /** Whether the job is still running (not finished, not stopped). */
  get running(): boolean {
    return !this.finished;
  }

  /** Stops the job where it is and sends its answer (`done`) now; nothing happens if it already finished. */
  stop(): void {
    if (this.finished) return;
    this.cancelNext?.();
    this.finish();
  }

  private slice(): void {
    this.cancelNext = undefined;
    const started = this.clock.now();
    const deadline = started + SLICE_MS;
    let more = true;
    try {
      do {
        for (let i = 0; i < UNITS_PER_CLOCK_CHECK && more; i++) more = this.unit();
      } while (more && this.clock.now() < deadline);
    } catch (err) {
      this.finished = true;
      this.onError(err);
      return;
    } finally {
      this.onSlice(this.clock.now() - started);
    }
    if (more) this.cancelNext = this.clock.later(() => this.slice());
    else this.finish();
  }

  private finish(): void {
    this.finished = true;
    this.done();
  }
}
