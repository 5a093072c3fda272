/** The stage's public shapes: how it is made and fed, and what it tells the UI around it. */
import type { SchedEvent } from '../../src-engine/sim/events';
import type { GView } from '../../src-engine/sim/WorldView';
import type { ThemeName } from './palette';

/** What the stage has actually drawn, published on its host element for tests and assistive tech. */
export interface StageStats {
  readonly psDrawn: number;
  readonly tokens: number;
  /** Goroutine tokens currently drawn in some P's running slot. */
  readonly tokensOnPs: number;
  readonly zones: number;
  /** Live goroutines in the view (not `_Gdead`). */
  readonly goroutines: number;
  /** Of those, how many have a token (the rest are counted at their queue: level of detail). */
  readonly shown: number;
  /** `stopping` / `stopped` during a stop-the-world, else empty. */
  readonly stw: '' | 'stopping' | 'stopped';
}

/** How a stage is made: in a page element (live) or offscreen at a fixed size (export, stills, tests). */
export interface StageOptions {
  /** Stage theme (default: dark); change it later with {@link Stage.setTheme}. */
  readonly theme?: ThemeName;
  /** The user's stage text size, 1 = normal. */
  readonly textScale?: number;
  /** Live stages only: hold the start back this long, ms (a test hook for a slow GPU start). */
  readonly delayMs?: number;
  /** A live stage without a page element (a worker's): the user asks for reduced motion. */
  readonly reducedMotion?: boolean;
  /** A live stage without a page element (a worker's): where it publishes what it drew. */
  readonly surface?: StageSurface;
}

/** Where a live stage publishes what it drew, as `data-*` attributes of its element (`psDrawn`, `selected`, …). */
export interface StageSurface {
  set(key: string, value: string): void;
}

/** Size of an offscreen stage. */
export interface OffscreenStageOptions extends StageOptions {
  /** Canvas size in pixels (CSS pixels times `resolution`). */
  readonly width: number;
  readonly height: number;
  /** Device pixels per stage pixel (default 1): the layout is computed for `width / resolution`. */
  readonly resolution?: number;
  /**
   * How the pictures are drawn (default `canvas`). `canvas`: Pixi's Canvas 2D renderer, on the CPU — without a
   * GPU it is 15–20× faster than WebGL through SwiftShader for this flat, 2D scene (about 7 ms against 115 ms for
   * an antialiased 1080p frame and its read-back), and its pixels are readable without a GPU round trip.
   * `webgl`: the live stage's renderer when the machine has a GPU (see liveRenderer).
   */
  readonly renderer?: OffscreenRenderer;
}

/** Which Pixi renderer an offscreen stage draws with (see {@link OffscreenStageOptions.renderer}). */
export type OffscreenRenderer = 'canvas' | 'webgl';

/** How one engine state is fed to the stage ({@link Stage.setView}). */
export interface ViewInput {
  /** Jump there without motion (load, seek, a first view). */
  readonly snap: boolean;
  /** The events since the previous state: each `g.move` starts its token's motion at the event's time. */
  readonly events?: readonly SchedEvent[];
  /**
   * Start every motion of this state at this virtual time instead of its event's (the live player's paused
   * steps, so that a step animates from where the display clock stands).
   */
  readonly moveStartNs?: number;
}

/** Callbacks from the stage to the UI around it. */
export interface StageListeners {
  hover: (g: GView | null) => void;
  select: (g: GView | null) => void;
  /** What is on screen changed (published at most once per animation frame). */
  stats: (s: StageStats) => void;
}
