import type { SchedEvent } from '../../src-engine/sim/events';
import type { WorldView } from '../../src-engine/sim/WorldView';
import type { ThemeName } from '../stage/palette';
import type { FrameSource } from './types';

/**
 * The part of the stage an export uses (the stage's `renderAt` seam): fed engine states, it draws the picture
 * of any virtual time synchronously into its canvas, reading no wall clock.
 */
export interface RenderableStage {
  readonly canvas: HTMLCanvasElement;
  /** Virtual ns per ms of video: how long a move lasts. */
  setPace(nsPerMs: number): void;
  setView(view: WorldView, input: { snap: boolean; events?: readonly SchedEvent[] }): void;
  renderAt(tNs: number): void;
  /** False when `renderAt(tNs)` would draw exactly the picture already drawn (see `Stage.needsRender`). */
  needsRender?(tNs: number): boolean;
  /** Goroutines drawn away from their place as of the last `renderAt` (see `Stage.tokensAwayFromPlace`). */
  tokensAwayFromPlace?(): readonly number[];
  destroy(): void;
}

/** Makes an offscreen stage of `width × height` device pixels laid out for `width / resolution` stage pixels. */
export type StageFactory = (options: {
  width: number;
  height: number;
  resolution: number;
  theme: ThemeName;
  textScale: number;
  /**
   * The scheduler model's name when the run is one of the historical models (it has no P: the model stage
   * draws it); undefined for the Go scheduler (the P stage).
   */
  historicalModel?: string;
}) => Promise<RenderableStage>;

/** The engine states an export feeds the stage, from its private run. */
export interface StateFeed {
  viewAt(tNs: number): WorldView;
  eventsBetween(fromNs: number, toNs: number): readonly SchedEvent[];
}

/**
 * Device pixels per stage pixel for an export of height `heightPx`: the stage is laid out as on a 720-pixel
 * screen whatever the resolution (so a 720p and a 4K export of one moment show the same picture), and its text
 * is scaled up with it, to be read on a projector from the back of the room.
 */
export function stageResolution(heightPx: number): number {
  return Math.max(0.5, heightPx / 720);
}

/**
 * A {@link FrameSource} over the stage: for each frame, the state at its virtual time with the events since
 * the previous frame (each move starts at its own event's time), then `renderAt`. Going back in time (never
 * in a plan) or the first frame snaps.
 */
export class StageFrameSource implements FrameSource {
  private lastNs = Number.NaN;
  /** Whether the canvas holds a picture yet (before the first render it is blank, whatever the stage says). */
  private drawn = false;

  private constructor(
    private readonly stage: RenderableStage,
    private readonly feed: StateFeed,
    readonly widthPx: number,
    readonly heightPx: number,
  ) {}

  static async create(
    factory: StageFactory,
    feed: StateFeed,
    o: {
      widthPx: number;
      heightPx: number;
      theme: ThemeName;
      textScale: number;
      nsPerVideoMs: number;
      historicalModel?: string;
    },
  ): Promise<StageFrameSource> {
    const stage = await factory({
      width: o.widthPx,
      height: o.heightPx,
      resolution: stageResolution(o.heightPx),
      theme: o.theme,
      textScale: o.textScale,
      historicalModel: o.historicalModel,
    });
    stage.setPace(o.nsPerVideoMs);
    return new StageFrameSource(stage, feed, o.widthPx, o.heightPx);
  }

  /** The picture of the last `renderAt`: the stage's own canvas. */
  get canvas(): CanvasImageSource {
    return this.stage.canvas;
  }

  /** Changes how long moves last from now on (a slow stretch after a beat). */
  setPace(nsPerVideoMs: number): void {
    this.stage.setPace(nsPerVideoMs);
  }

  /**
   * Feeds the stage the state at `virtualNs` with the events since the previous frame (each move starts at its
   * own event's time). Settling (a hold), going back in time or the first frame snaps: every token at its place.
   */
  advanceTo(virtualNs: number, settle = false): void {
    const snap = settle || !(virtualNs >= this.lastNs);
    const events = snap ? [] : this.feed.eventsBetween(this.lastNs, virtualNs);
    if (snap || events.length > 0) this.stage.setView(this.feed.viewAt(virtualNs), { snap, events });
    this.lastNs = virtualNs;
  }

  /** Draws the moment; resolves false (and draws nothing) when the stage's picture would not change. */
  async renderAt(virtualNs: number, settle = false): Promise<boolean> {
    this.advanceTo(virtualNs, settle);
    if (this.drawn && this.stage.needsRender?.(virtualNs) === false) return false;
    // Drawn synchronously on the CPU (the offscreen stage's Canvas 2D renderer): the canvas holds the picture
    // now, with no GPU work pending that a read would wait for.
    this.stage.renderAt(virtualNs);
    this.drawn = true;
    return true;
  }

  tokensAwayFromPlace(): readonly number[] {
    return this.stage.tokensAwayFromPlace?.() ?? [];
  }

  dispose(): void {
    this.stage.destroy();
  }
}
