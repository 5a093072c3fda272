import type { ViewUpdate } from '../state/viewFeed';
import type { Stage } from './Stage';

/** How an export steps virtual time. */
export interface ExportTiming {
  /** Virtual time of frame 0, ns. */
  readonly startNs: number;
  /** Frames per video second. */
  readonly fps: number;
  /** Virtual ns shown per video second (the pacing). */
  readonly virtualNsPerVideoSecond: number;
}

/** Virtual time of video frame `k`, ns: exact for every k (no accumulated rounding). */
export function frameTimeNs(timing: ExportTiming, k: number): number {
  return timing.startNs + (k * timing.virtualNsPerVideoSecond) / timing.fps;
}

/**
 * The export driver of a {@link Stage}: a loop that steps virtual time frame by frame, as fast as the consumer
 * takes frames (an encoder's backpressure is the consumer's promise). It reads no wall clock.
 *
 * For each frame `k` it asks `source` for the engine states between the previous frame's virtual time and
 * this one (in order, each with its events; the first call should start with a snap), feeds them to the
 * stage, renders {@link frameTimeNs}`(k)` and hands the canvas to `consume`. Motion is paced in video time:
 * a move lasts `MOVE_MS` of video.
 */
export class ExportDriver {
  private cancelled = false;

  constructor(
    private readonly stage: Stage,
    private readonly timing: ExportTiming,
  ) {
    stage.setPace(timing.virtualNsPerVideoSecond / 1000);
  }

  /** Stops the loop before its next frame. */
  cancel(): void {
    this.cancelled = true;
  }

  /**
   * Renders frames `0 … count-1`. Resolves with the number of frames consumed (fewer when cancelled).
   * `source(fromNs, toNs)` returns the states in (fromNs, toNs] (`fromNs` is -Infinity for frame 0).
   */
  async run(
    count: number,
    source: (fromNs: number, toNs: number) => Promise<readonly ViewUpdate[]> | readonly ViewUpdate[],
    consume: (canvas: HTMLCanvasElement, k: number, tNs: number) => Promise<void> | void,
  ): Promise<number> {
    let prev = -Infinity;
    for (let k = 0; k < count; k++) {
      if (this.cancelled) return k;
      const t = frameTimeNs(this.timing, k);
      for (const u of await source(prev, t)) this.stage.setView(u.view, { snap: u.snap, events: u.events });
      this.stage.renderAt(t);
      await consume(this.stage.canvas, k, t);
      prev = t;
    }
    return count;
  }
}

/**
 * A `source` for {@link ExportDriver.run} over states already at hand (recorded from `session.views`, or read
 * from the engine ahead): the states whose view time is in (fromNs, toNs], with the latest one before
 * `fromNs` as a snap on the first call.
 */
export function recordedSource(
  updates: readonly ViewUpdate[],
): (fromNs: number, toNs: number) => readonly ViewUpdate[] {
  let i = 0;
  let first = true;
  return (_fromNs, toNs) => {
    const out: ViewUpdate[] = [];
    while (i < updates.length && updates[i]!.view.t <= toNs) out.push(updates[i++]!);
    if (first && out.length > 0) {
      first = false;
      // Start from the latest state at or before the first frame, drawn without motion.
      const last = out.at(-1)!;
      return [{ ...last, snap: true, events: [] }];
    }
    first = false;
    return out;
  };
}
