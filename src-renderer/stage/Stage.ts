import 'pixi.js/unsafe-eval';
import { Application, Container, Graphics, Rectangle } from 'pixi.js';
import './canvasTextPipe';
import type { SchedEvent } from '../../src-engine/sim/events';
import type { GView, WorldView } from '../../src-engine/sim/WorldView';
import { FlashLayer } from './FlashLayer';
import { Flashes } from './Flashes';
import { FrameMeter } from './FrameMeter';
import { isStageLabel, sharpenLabels, useLabels } from './labels';
import { warmStageGlyphs } from './glyphs';
import { installStageGpuLimits } from './gpuSetup';
import { liveRenderer, liveRendererOptions, markRenderer, smoothCanvasImages } from './liveRenderer';
import { computeLayout, waitingZoneCapacity, waitingZonesFit, type StageLayout } from './layout';
import { applyStageTheme, STAGE, type ThemeName } from './palette';
import { placeGoroutines, type Placement } from './placement';
import { SelectionTrail } from './SelectionTrail';
import { curveModeFor, useCurves } from './shapes';
import { StageChrome } from './StageChrome';
import { FLASH_MS } from './Flashes';
import { MOVE_MS, TokenPool, type Token } from './Token';
import { IDENTITY, type ViewTransform } from './viewport';
import { attachZoomPan } from './zoomPan';
import { capZones, groupZones, type Zone } from './zones';

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

/** Most goroutine tokens the live stage makes (or takes from the pool) per frame; the rest appear over the next frames. */
const NEW_TOKENS_PER_FRAME = 150;
/** Live: stage JS per piece of work after which new tokens wait for the next frame, ms. */
const FRAME_BUDGET_MS = 8;

/** How a stage is made: in a page element (live) or offscreen at a fixed size (export, stills, tests). */
export interface StageOptions {
  /** Stage theme (default: dark); change it later with {@link Stage.setTheme}. */
  readonly theme?: ThemeName;
  /** The user's stage text size, 1 = normal. */
  readonly textScale?: number;
  /** Live stages only: hold the start back this long, ms (a test hook for a slow GPU start). */
  readonly delayMs?: number;
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

/**
 * The Pixi scene: the global run queue band, one card per P, zones for every other place a goroutine can
 * wait, and goroutine tokens that glide to where the engine's latest frame puts them. It never
 * simulates: it only draws {@link WorldView}s.
 *
 * @remarks The stage draws from an injected clock. It is fed engine states with {@link Stage.setView} and
 * draws with {@link Stage.renderAt}`(virtualTimeNs)`: the picture of that virtual time, whatever was drawn
 * before — token motion and highlights are functions of virtual time (see `motion.ts`), and nothing in the
 * drawing path reads the wall clock. The same states, pace, size, theme and virtual time give the same
 * pixels. It has no ticker of its own; two drivers call it:
 * - the live player (`LivePlayer`: wall clock → virtual time, `requestAnimationFrame`, and only when
 *   something changed);
 * - an export loop (`ExportDriver`): virtual time stepped frame by frame, as fast as the consumer takes them.
 *
 * Offscreen, without any DOM layout (video export, stills):
 * ```ts
 * const stage = await Stage.createOffscreen({ width: 1920, height: 1080, theme: 'projector' });
 * stage.setPace(nsPerVideoMs);               // virtual ns per ms of video: how long a move lasts
 * stage.setView(view, { snap: true });       // then each later state with its events
 * stage.renderAt(tNs);                       // draws synchronously
 * const frame = new VideoFrame(stage.canvas, { timestamp }); // or stage.readPixels() for RGBA bytes
 * stage.destroy();
 * ```
 * A page can hold any number of stages (comparison panes, an export beside the live one): each keeps its
 * own theme and applies it when it draws.
 */
export class Stage {
  private readonly world = new Container();
  private chrome: StageChrome;
  private readonly tokenLayer = new Container();
  private readonly overlay = new Graphics();
  /** The render group of the highlights and of {@link overlay} (the selection's path). */
  private readonly overlayLayer = new Container();
  private readonly flashLayer = new FlashLayer();
  /** Whether {@link overlay} holds a path (else it is left empty, with nothing to clear). */
  private trailDrawn = false;
  /** Live goroutines and drawn tokens in the latest view. */
  private counts = { goroutines: 0, shown: 0 };
  private readonly pool = new TokenPool(this.tokenLayer, {
    hover: (id) => this.listeners.hover(id === null ? null : this.goroutine(id)),
    tap: (id) => this.select(this.selected === id ? null : id),
  });
  private transform: ViewTransform = IDENTITY;
  private readonly flashes = new Flashes();
  private selected: number | null = null;
  /** Recent places of the selected goroutine, oldest first: its path on the stage. */
  private readonly trail = new SelectionTrail();
  private theme: { name: ThemeName; textScale: number } = { name: 'dark', textScale: 1 };
  /** Virtual ns per wall (or video) ms: how long a move lasts on the virtual clock ({@link MOVE_MS} at this pace). */
  private paceNsPerMs = 10;
  /** Most tokens made per render (live: a budget per frame; export: unbounded, so each frame is complete). */
  private tokenBudget = NEW_TOKENS_PER_FRAME;
  private listeners: StageListeners = {
    hover: () => undefined,
    select: () => undefined,
    stats: () => undefined,
  };
  private layout: StageLayout | undefined;
  private layoutKey = '';
  private last: WorldView | undefined;
  private reducedMotion = false;
  private published = '';
  /**
   * What the next render must redo: `layout` (live: states arrived since the last render), `relayout` (size or
   * theme changed: lay the latest view out again, tokens jumping), `chrome` (the cards and boxes for the latest view), `tokens` (tokens the live budget left out).
   */
  private pending: { relayout: boolean; chrome: boolean; tokens: boolean; layout?: { snap: boolean } } = {
    relayout: false,
    chrome: false,
    tokens: false,
  };
  /** Live stages lay out only the latest of the states that land within one frame (see {@link setView}). */
  private readonly coalesce: boolean;
  /** Zones, layout and token places of the latest view. */
  private scene: { zones: readonly Zone[]; placement: Placement } | undefined;
  /** Virtual time each goroutine's move in the state being laid out starts (its `g.move` event's time). */
  private readonly moveTimes = new Map<number, number>();
  /** Start time for motions without a `g.move` event (a place that moved because the layout did). */
  private restStartNs = 0;
  /** Set when the scene changed and must be rendered again (see {@link needsRender}). */
  private dirty = true;
  /** Virtual time last rendered, ns. */
  private renderedNs = Number.NaN;
  /** Latest virtual time a token is still moving to, ns (motion after it: none). */
  private motionEndsNs = -Infinity;
  /** Tokens whose motion is under way or changed since the last render (the others stay where they are). */
  private readonly moving = new Set<Token>();
  /** Goroutines whose token is headed for (or sits in) a P's running slot. */
  private readonly onRunSlot = new Set<number>();

  /** JS time per frame; exposed to benchmarks as `window.__goschedPerf` when the page has `?perf`. */
  readonly meter = new FrameMeter();

  private constructor(
    private readonly app: Application,
    private readonly host: HTMLElement | undefined,
    options: StageOptions,
  ) {
    this.theme = { name: options.theme ?? 'dark', textScale: options.textScale ?? 1 };
    this.coalesce = host !== undefined;
    this.tokenLayer.sortableChildren = true;
    // Each layer is its own render group: Pixi rebuilds a group's draw instructions when anything in it is
    // added, hidden or reshaped, so a token appearing or a highlight fading no longer rebuilds (and re-uploads)
    // the cards and labels, and a count changing on a card leaves the tokens alone.
    this.tokenLayer.isRenderGroup = true;
    this.overlayLayer.isRenderGroup = true;
    this.overlayLayer.addChild(this.flashLayer.view, this.overlay);
    this.useTheme();
    this.chrome = new StageChrome();
    this.world.addChild(this.chrome.view, this.overlayLayer, this.tokenLayer, this.chrome.stw.view);
    app.stage.addChild(this.world);
    app.renderer.background.color = STAGE.background;
    smoothCanvasImages(app.renderer);
    if (host === undefined) {
      this.tokenBudget = Infinity;
      return;
    }
    app.stage.eventMode = 'static';
    app.stage.hitArea = app.screen;
    app.stage.on('pointertap', () => this.select(null));
    this.reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    app.renderer.on('resize', () => {
      this.pending.relayout = true;
      this.layoutKey = '';
      this.dirty = true;
      this.onInvalidate();
    });
    let renderStart = 0;
    app.renderer.runners.prerender.add({ prerender: () => (renderStart = performance.now()) });
    app.renderer.runners.postrender.add({
      postrender: () => this.meter.addRender(performance.now() - renderStart),
    });
    attachZoomPan(
      app.canvas,
      () => this.transform,
      (t) => this.setTransform(t),
    );
    // The stage area also changes when panels around it do, not only with the window.
    this.resizeObserver = new ResizeObserver(() => this.fitHost());
    this.resizeObserver.observe(host);
  }

  /** Runs the stage's own JS for a frame, timed by {@link meter} on a live stage (offscreen: not timed). */
  private measure(fn: () => void): void {
    if (!this.host) return fn();
    this.workStartMs = performance.now();
    this.meter.measure(fn);
  }

  /** Live: when the current piece of work began (wall ms), for the token budget. */
  private workStartMs = 0;

  /**
   * Live only: true once this piece of work has used its share of the frame, so that making tokens (the
   * costly part: a 100 000-goroutine run fills long queues at once) carries on at the next frame. Offscreen it
   * is never over: every frame is complete, and no wall clock is read.
   */
  private overBudget(): boolean {
    return this.host !== undefined && performance.now() - this.workStartMs > FRAME_BUDGET_MS;
  }

  /** Called when the stage needs a render it cannot know the time of (resize, zoom, theme, selection). */
  private onInvalidate: () => void = () => undefined;

  /** Tells the driver when the stage needs drawing again for a reason of its own (a resize, a zoom, a theme). */
  onNeedsRender(fn: () => void): void {
    this.onInvalidate = fn;
  }

  private fitHost(): void {
    if (!this.host) return;
    const { clientWidth: w, clientHeight: h } = this.host;
    if (w > 0 && h > 0 && (w !== this.app.screen.width || h !== this.app.screen.height))
      this.app.renderer.resize(w, h);
  }

  private resizeObserver: ResizeObserver | undefined;

  /** The canvas the stage draws into (a `VideoFrame` can be made from it right after {@link renderAt}). */
  get canvas(): HTMLCanvasElement {
    return this.app.canvas;
  }

  /** Stage size in stage pixels (the canvas is this times its resolution). */
  get size(): { width: number; height: number } {
    return { width: this.app.screen.width, height: this.app.screen.height };
  }

  /**
   * Sets how long motion lasts on the virtual clock: `nsPerMs` virtual ns per wall (or video) ms, so a move
   * takes {@link MOVE_MS} and a highlight {@link FLASH_MS} at that pace. Applies to motions started from now on.
   */
  setPace(nsPerMs: number): void {
    if (Number.isFinite(nsPerMs) && nsPerMs > 0) this.paceNsPerMs = nsPerMs;
  }

  /** Virtual ns a move lasts at the current pace. */
  get moveNs(): number {
    return MOVE_MS * this.paceNsPerMs;
  }

  /** Sets this stage's theme and text size; the scene is rebuilt (text keeps the colours it was made with). */
  setTheme(name: ThemeName, textScale = 1): void {
    this.theme = { name, textScale };
    this.restyle();
  }

  /** Makes the shared palette this stage's (several stages on one page may differ). */
  private useTheme(): void {
    applyStageTheme(this.theme.name, this.theme.textScale);
    useCurves(curveModeFor(this.app.renderer.name));
    useLabels(this.app.renderer.name, this.labelResolution());
  }

  /** Hover, selection and statistics callbacks (the DOM tooltip, the source panel, the headline). */
  on(listeners: Partial<StageListeners>): void {
    this.listeners = { ...this.listeners, ...listeners };
  }

  /**
   * Redraws everything after the palette changed ({@link applyStageTheme}): text keeps the colours it was
   * created with, so the chrome is rebuilt rather than patched.
   */
  restyle(): void {
    this.useTheme();
    this.app.renderer.background.color = STAGE.background;
    this.world.removeChild(this.chrome.view, this.chrome.stw.view);
    this.chrome.view.destroy({ children: true });
    this.chrome.stw.view.destroy({ children: true });
    this.chrome = new StageChrome();
    this.world.addChildAt(this.chrome.view, 0);
    this.world.addChild(this.chrome.stw.view);
    this.layoutKey = '';
    this.pending.relayout = true;
    this.dirty = true;
    this.onInvalidate();
  }

  /** Back to the whole stage at 100 %. */
  fit(): void {
    this.setTransform(IDENTITY);
  }

  /** Selects goroutine `id` (or none): its token is ringed and its path drawn. */
  select(id: number | null): void {
    this.selected = id;
    const t = id === null ? undefined : this.pool.find(id);
    this.trail.reset(t?.position);
    if (this.host) this.host.dataset['selected'] = id === null ? '' : String(id);
    this.dirty = true;
    this.onInvalidate();
    this.listeners.select(id === null ? null : this.goroutine(id));
  }

  /**
   * Every visible label on the stage (P cards, zones, queues, threads; token ids included) with its height
   * on screen, CSS px: what a test checks against the projector theme's 14 px minimum.
   */
  labelSizes(): { text: string; px: number }[] {
    const out: { text: string; px: number }[] = [];
    const walk = (c: Container, visible: boolean): void => {
      const shown = visible && c.visible;
      if (!shown) return;
      if (isStageLabel(c) && c.text !== '')
        out.push({ text: c.text, px: c.style.fontSize * this.transform.scale });
      for (const child of c.children) walk(child as Container, shown);
    };
    walk(this.world, true);
    return out;
  }

  /** The view last shown. */
  get view(): WorldView | undefined {
    return this.last;
  }

  /** Screen position of a goroutine's token (for tooltips), or undefined when it is not drawn. */
  screenPositionOf(id: number): { x: number; y: number } | undefined {
    const t = this.pool.find(id);
    if (!t) return undefined;
    return {
      x: t.position.x * this.transform.scale + this.transform.x,
      y: t.position.y * this.transform.scale + this.transform.y,
    };
  }

  private goroutine(id: number): GView | null {
    return this.last?.gs.find((g) => g.id === id) ?? null;
  }

  /**
   * Device px per stage px that canvas labels are drawn at: the canvas's resolution times the zoom, rounded up
   * to a power of two (up to 4×) so that zooming does not redraw every label at each step of the wheel.
   */
  private labelResolution(): number {
    const zoom = Math.min(4, 2 ** Math.ceil(Math.log2(Math.max(1, this.transform.scale))));
    return this.app.renderer.resolution * zoom;
  }

  private setTransform(t: ViewTransform): void {
    const before = this.labelResolution();
    this.transform = t;
    const after = this.labelResolution();
    if (after !== before) sharpenLabels(this.world, after);
    this.world.scale.set(t.scale);
    this.world.position.set(t.x, t.y);
    if (this.host) this.host.dataset['zoom'] = t.scale.toFixed(2);
    this.dirty = true;
    this.onInvalidate();
  }

  /** Creates a live stage inside `host`, sized to it (drive it with a `LivePlayer`). */
  static async create(host: HTMLElement, options: StageOptions = {}): Promise<Stage> {
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    installStageGpuLimits();
    const app = new Application();
    await app.init({
      background: STAGE.background,
      width: Math.max(1, host.clientWidth),
      height: Math.max(1, host.clientHeight),
      autoDensity: true,
      autoStart: false,
      sharedTicker: false,
      resolution: Math.min(2, window.devicePixelRatio || 1),
      // Canvas 2D when WebGL is software, WebGL on a GPU (see liveRenderer).
      ...liveRendererOptions(liveRenderer()),
    });
    app.ticker.stop();
    app.canvas.setAttribute('aria-hidden', 'true');
    markRenderer(host, app.renderer.name);
    host.appendChild(app.canvas);
    warmStageGlyphs();
    return new Stage(app, host, options);
  }

  /**
   * Creates a stage that is in no page layout: a fixed `width` × `height` canvas (not attached to the
   * document) for video frames, stills and tests. It has no pointer input and makes every token in each
   * render (no per-frame budget), so each frame is complete.
   */
  static async createOffscreen(options: OffscreenStageOptions): Promise<Stage> {
    const resolution = options.resolution ?? 1;
    installStageGpuLimits();
    const app = new Application();
    await app.init({
      background: STAGE.background,
      width: Math.round(options.width / resolution),
      height: Math.round(options.height / resolution),
      resolution,
      autoDensity: false,
      antialias: true,
      autoStart: false,
      sharedTicker: false,
      preserveDrawingBuffer: true,
      preference: options.renderer ?? 'canvas',
    });
    app.ticker.stop();
    return new Stage(app, undefined, options);
  }

  /**
   * Feeds a new engine state. Several may come between two renders: they are laid out once, at the next
   * {@link renderAt}; each `g.move` among their events starts its token's motion at the event's virtual time.
   */
  setView(view: WorldView, input: ViewInput): void {
    this.useTheme();
    const { snap, events = [], moveStartNs } = input;
    this.last = view;
    this.dirty = true;
    if (snap) {
      this.flashes.clear();
      this.moveTimes.clear();
    }
    this.measure(() => {
      this.restStartNs = moveStartNs ?? view.t;
      for (const e of events)
        if (e.kind === 'g.move' && e.g !== undefined) this.moveTimes.set(e.g, moveStartNs ?? e.t);
      if (!snap && !this.reducedMotion) {
        this.flashes.add(events, FLASH_MS * this.paceNsPerMs, moveStartNs);
        this.flashes.prune(view.t - 4 * FLASH_MS * this.paceNsPerMs);
      }
      // Offscreen, each state is laid out as it comes, so that the chain of moves — and so the picture at a
      // virtual time — does not depend on which states happened to be rendered. Live, the states landing
      // within one animation frame are laid out once, at the render (a 100 000-goroutine view costs
      // milliseconds to place).
      if (this.coalesce) this.pending.layout = { snap: (this.pending.layout?.snap ?? false) || snap };
      else this.layOutNow(view, snap);
    });
  }

  private layOutNow(view: WorldView, snap: boolean): void {
    this.layOut(view, snap);
    this.moveTimes.clear();
  }

  /**
   * True when {@link renderAt}`(tNs)` would draw something different from the last render: a new state, a
   * motion or highlight still under way, tokens still to make, a resize, zoom or theme change. Paused with
   * nothing moving, it is false, and the live player draws nothing.
   */
  needsRender(tNs: number): boolean {
    const p = this.pending;
    if (this.dirty || p.relayout || p.chrome || p.tokens || p.layout) return true;
    if (tNs === this.renderedNs) return false;
    const lo = Math.min(tNs, this.renderedNs);
    return lo < Math.max(this.motionEndsNs, this.flashes.endsNs);
  }

  /**
   * Does the work the states received since the last render left (laying them out, making tokens, redrawing
   * the cards and boxes), so that the next {@link renderAt} only moves tokens and draws. {@link renderAt} does
   * it itself when nothing called this before; the live player calls it in a task of its own, so that a crowded
   * frame's layout and Pixi's drawing (and the canvas's rasterising at commit) are two tasks instead of one.
   */
  prepare(): void {
    this.useTheme();
    this.measure(() => this.preparePending());
  }

  private preparePending(): void {
    const view = this.last;
    const p = this.pending;
    if (view !== undefined && (p.relayout || p.layout)) this.layOutNow(view, p.relayout || p.layout!.snap);
    else if (view !== undefined && p.tokens) this.moveTokens(view, this.scene!.placement, false);
    if (view !== undefined && this.scene && this.layout && (p.chrome || p.relayout))
      this.chrome.draw(view, this.scene.zones, this.layout, this.scene.placement);
    p.relayout = false;
    p.chrome = false;
    p.layout = undefined;
  }

  /** Draws the picture of virtual time `tNs` into the canvas, synchronously. */
  renderAt(tNs: number): void {
    this.useTheme();
    this.measure(() => {
      this.preparePending();
      this.animate(tNs);
    });
    this.app.render();
    this.dirty = false;
    this.renderedNs = tNs;
  }

  /**
   * Goroutines whose token is drawn away from its place in the latest view, as of the last {@link renderAt}
   * (empty once everything has arrived): what a test checks on a settled frame, such as an export's hold.
   */
  tokensAwayFromPlace(): number[] {
    const targets = this.scene?.placement.targets;
    const away: number[] = [];
    if (!targets) return away;
    for (const t of this.pool.tokens) {
      const p = targets.get(t.id);
      const at = t.position;
      if (p !== undefined && Math.hypot(p.x - at.x, p.y - at.y) > 0.5) away.push(t.id);
    }
    return away.sort((a, b) => a - b);
  }

  /** The canvas's pixels as RGBA bytes, row by row from the top (after a {@link renderAt}). */
  readPixels(): { pixels: Uint8ClampedArray; width: number; height: number } {
    const { pixels, width, height } = this.app.renderer.extract.pixels({
      target: this.app.stage,
      frame: new Rectangle(0, 0, this.app.screen.width, this.app.screen.height),
      clearColor: STAGE.background,
    });
    return { pixels, width, height };
  }

  destroy(): void {
    this.resizeObserver?.disconnect();
    this.pool.releaseAll();
    this.flashLayer.releaseAll();
    this.app.destroy(true, { children: true });
  }

  /** Computes the zones, layout and token places of `view` and sends every token to its place. */
  private layOut(view: WorldView, snap: boolean): void {
    // Boxes beyond what the column and the lane can hold legibly are summed up in one (see capZones).
    const { width, height } = this.app.screen;
    const all = groupZones(view.gs, view.chans);
    const lane = all.some((z) => z.column === 'syscalls');
    const laneMax = Math.max(2, Math.floor(width / 90));
    let max = waitingZoneCapacity(height, lane);
    const dropped = view.trimmed?.droppedPlaces;
    let zones = capZones(all, max, laneMax, dropped);
    const rowsOf = (zs: readonly Zone[]) =>
      zs.filter((z) => z.column === 'waiting').map((z) => z.rows.length);
    while (max > 1 && !waitingZonesFit(rowsOf(zones), height, lane))
      zones = capZones(all, --max, laneMax, dropped);
    const demand = zones.map((z) => ({ key: z.key, column: z.column, rows: z.rows.length }));
    const key = `${this.app.screen.width}x${this.app.screen.height}/${view.ps.length}/${demand.map((d) => `${d.key}:${d.rows}`).join(',')}`;
    if (key !== this.layoutKey || this.layout === undefined) {
      this.layoutKey = key;
      this.layout = computeLayout(this.app.screen.width, this.app.screen.height, view.ps.length, demand);
    }
    const placement = placeGoroutines(view, zones, this.layout);
    this.scene = { zones, placement };
    this.pending.chrome = true;
    this.pending.tokens = false;
    this.moveTokens(view, placement, snap);
  }

  private moveTokens(view: WorldView, placement: Placement, snap: boolean): void {
    const duration = this.moveNs;
    const keep = new Set<number>();
    this.onRunSlot.clear();
    let live = 0;
    let made = 0;
    let ends = -Infinity;
    for (const g of view.gs) {
      if (g.status !== '_Gdead') live++;
      const target = placement.targets.get(g.id);
      if (target === undefined) continue;
      // Making a token costs far more than moving one: live, hundreds of new ones (a long queue filling up)
      // are spread over the next frames, so that no frame holds the UI thread.
      if (
        this.pool.find(g.id) === undefined &&
        (++made > this.tokenBudget || (made % 16 === 0 && this.overBudget()))
      ) {
        this.pending.tokens = true;
        continue;
      }
      if (g.loc.startsWith('running(')) this.onRunSlot.add(g.id);
      keep.add(g.id);
      const { token, fresh } = this.pool.get(g.id);
      token.show(g.id, g.status, placement.radius.get(g.id) ?? this.layout!.token);
      const start = this.moveTimes.get(g.id) ?? this.restStartNs;
      if (token.moveTo(target, start, duration, snap || fresh || this.reducedMotion)) this.moving.add(token);
      ends = Math.max(ends, token.arrivesNs);
    }
    this.pool.retain(keep);
    this.motionEndsNs = ends;
    this.counts = { goroutines: view.trimmed?.total ?? live, shown: keep.size };
  }

  /** Puts every token where its motion has it at virtual time `tNs`, draws the overlay, publishes stats. */
  private animate(tNs: number): void {
    // Only tokens with a motion under way (or just set) move; going back in time, every one is placed again.
    const all = !(tNs >= this.renderedNs);
    for (const t of all ? this.pool.tokens : this.moving) {
      t.update(tNs);
      if (t.settledAt(tNs)) this.moving.delete(t);
      else this.moving.add(t);
    }
    const tokens = this.pool.size;
    let onPs = 0;
    for (const id of this.onRunSlot) if (this.pool.find(id)?.settledAt(tNs)) onPs++;
    this.drawOverlay(tNs);
    this.publish({
      psDrawn: this.chrome.psDrawn,
      tokens,
      tokensOnPs: onPs,
      zones: this.chrome.zoneCount,
      ...this.counts,
      stw: this.last?.stw ? (this.last.stw.stopped ? 'stopped' : 'stopping') : '',
    });
  }

  private drawOverlay(tNs: number): void {
    if (this.layout) {
      const { rings, kinds } = this.flashes.rings(
        this.layout,
        (id) => {
          const t = this.pool.find(id);
          return t && { ...t.position, radius: t.drawnRadius };
        },
        tNs,
      );
      this.flashLayer.draw(rings);
      if (this.host) this.host.dataset['emphasis'] = kinds.join(' ');
    }
    // The selection's path is the only geometry drawn anew each frame, and only while there is a selection.
    const t = this.selected === null ? undefined : this.pool.find(this.selected);
    if (t === undefined && !this.trailDrawn) return;
    this.overlay.clear();
    this.trailDrawn = t !== undefined;
    if (t) this.trail.draw(this.overlay, t, (this.layout?.token ?? 10) + 5);
  }

  private publish(s: StageStats): void {
    const key = `${s.psDrawn}/${s.tokens}/${s.tokensOnPs}/${s.zones}/${s.goroutines}/${s.shown}/${s.stw}`;
    if (key === this.published) return;
    this.published = key;
    this.listeners.stats(s);
    if (!this.host) return;
    this.host.dataset['goroutines'] = String(s.goroutines);
    this.host.dataset['shown'] = String(s.shown);
    this.host.dataset['stw'] = s.stw;
    this.host.dataset['psDrawn'] = String(s.psDrawn);
    this.host.dataset['tokens'] = String(s.tokens);
    this.host.dataset['tokensOnPs'] = String(s.tokensOnPs);
    this.host.dataset['zones'] = String(s.zones);
  }
}
