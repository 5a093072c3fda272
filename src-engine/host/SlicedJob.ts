/**
 * Long host work (a `step` of up to 1 000 000 events) cut into slices of bounded work, with the thread
 * yielded between them, so the host answers other messages (pause, check, a new load) while it runs.
 */
import type { WallClock } from './Pacer';

/** Wall ms one slice may run before it yields the thread (well under the 100 ms a message may block). */
export const SLICE_MS = 15;
/** Units of work between two looks at the clock inside a slice. */
export const UNITS_PER_CLOCK_CHECK = 256;
/**
 * Most units one slice does, whatever the clock says: the bound that holds on a machine of any speed or load
 * (a unit of `step` is one event, about 2 µs at 100 000 goroutines; docs/limits.md §4).
 */
export const MAX_UNITS_PER_SLICE = 8_192;

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
    /** Reports each slice's wall duration, ms, and the units it did (the host keeps the largest). */
    private readonly onSlice: (ms: number, units: number) => void = () => {},
    /** Runs after each slice that leaves work to do; true ends the job there (a breakpoint was reached). */
    private readonly between: () => boolean = () => false,
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
    let units = 0;
    try {
      do {
        const end = Math.min(MAX_UNITS_PER_SLICE, units + UNITS_PER_CLOCK_CHECK);
        while (units < end && more) {
          more = this.unit();
          if (more) units++;
        }
      } while (more && units < MAX_UNITS_PER_SLICE && this.clock.now() < deadline);
      if (more && this.between()) more = false;
    } catch (err) {
      this.finished = true;
      this.onError(err);
      return;
    } finally {
      this.onSlice(this.clock.now() - started, units);
    }
    if (more) this.cancelNext = this.clock.later(() => this.slice());
    else this.finish();
  }

  private finish(): void {
    this.finished = true;
    this.done();
  }
}
