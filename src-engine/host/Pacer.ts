/** Wall-clock services the host needs; injected so tests can drive time by hand. */
export interface WallClock {
  /** Milliseconds from an arbitrary origin. */
  now(): number;
  /** Calls `tick` about every `everyMs`; returns a function that stops it. */
  every(everyMs: number, tick: () => void): () => void;
  /** Calls `fn` once, as soon as the thread is free (after pending messages); returns a function that cancels it. */
  later(fn: () => void): () => void;
}

/** The real clock: `performance.now` and `setInterval` (allowed only here, in `host/`). */
export const realClock: WallClock = {
  now: () => performance.now(),
  every: (everyMs, tick) => {
    const id = setInterval(tick, everyMs);
    return () => clearInterval(id);
  },
  later: (fn) => {
    const id = setTimeout(fn, 0);
    return () => clearTimeout(id);
  },
};

/**
 * Turns wall-clock time into virtual time while playing.
 *
 * @remarks A long wall gap (a stalled process, a laptop lid) is capped at {@link MAX_FRAME_MS} so the
 * playhead never leaps ahead by more than a frame's worth.
 */
export class Pacer {
  static readonly MAX_FRAME_MS = 100;
  private lastWallMs: number | undefined;

  constructor(
    private readonly clock: WallClock,
    /** Virtual ns per wall second at speed 1. */
    private readonly baseNsPerSecond: number,
  ) {}

  /** Starts measuring from now. */
  start(): void {
    this.lastWallMs = this.clock.now();
  }

  /** Virtual ns to advance for the wall time since the last call, at `speed`. */
  advance(speed: number): number {
    const now = this.clock.now();
    const dt = Math.min(Pacer.MAX_FRAME_MS, Math.max(0, now - (this.lastWallMs ?? now)));
    this.lastWallMs = now;
    return Math.round((dt / 1000) * this.baseNsPerSecond * speed);
  }
}
