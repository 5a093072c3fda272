import 'pixi.js/unsafe-eval';
import type { Application } from 'pixi.js';
import { Container, Rectangle } from 'pixi.js';
import './canvasTextPipe';
import type { GView, WorldView } from '../../src-engine/sim/WorldView';
import { FrameMeter } from './FrameMeter';
import { isStageLabel, sharpenLabels, useLabels } from './labels';
import { smoothCanvasImages } from './liveRenderer';
import { applyStageTheme, STAGE, type ThemeName } from './palette';
import { curveModeFor, useCurves } from './shapes';
import { liveApp, offscreenApp } from './stageApp';
import { StageChrome } from './StageChrome';
import { StageOverlay } from './StageOverlay';
import { FLASH_MS } from './Flashes';
import { MOVE_MS, TokenPool } from './Token';
import { TokenScene } from './TokenScene';
import type {
  OffscreenStageOptions,
  StageListeners,
  StageOptions,
  StageStats,
  StageSurface,
  ViewInput,
} from './stageTypes';
import { IDENTITY, type ViewTransform } from './viewport';
import { attachZoomPan } from './zoomPan';

/** An offscreen stage publishes nothing. */
const NO_SURFACE: StageSurface = { set: () => undefined };

/** A stage's page element as its surface: what it drew, in `data-*` attributes (for tests and assistive tech). */
function hostSurface(host: HTMLElement): StageSurface {
  return { set: (key, value) => void (host.dataset[key] = value) };
}

/** Most goroutine tokens the live stage makes (or takes from the pool) per frame; the rest appear over the next frames. */
const NEW_TOKENS_PER_FRAME = 150;
/** Live: stage JS per piece of work after which new tokens wait for the next frame, ms. */
const FRAME_BUDGET_MS = 8;

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
  /** Highlight rings and the selection's path. */
  private readonly overlay = new StageOverlay();
  private readonly pool = new TokenPool(this.tokenLayer, {
    hover: (id) => this.hover(id),
    tap: (id) => this.tap(id),
  });
  private transform: ViewTransform = IDENTITY;
  private selected: number | null = null;
  /** The goroutine whose token the pointer is over. */
  private hovered: number | null = null;
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
  private last: WorldView | undefined;
  private reducedMotion = false;
  private published = '';
  /**
   * What the next render must redo: `layout` (live: states arrived since the last render), `relayout` (size or
   * theme changed: lay the latest view out again, tokens jumping), `chrome` (the cards and boxes for the latest
   * view). Tokens the live budget left out are the scene's ({@link TokenScene.tokensLeft}).
   */
  private pending: { relayout: boolean; chrome: boolean; layout?: { snap: boolean } } = {
    relayout: false,
    chrome: false,
  };
  /**
   * Drawn for a person by a live player (in the page, or in a worker), rather than frame by frame for a file:
   * it lays out only the latest of the states that land within one frame (see {@link setView}), and makes
   * tokens within a budget per frame.
   */
  private readonly live: boolean;
  /** Where the stage publishes what it drew (its page element's `data-*`, or the page's side of a worker). */
  private readonly surface: StageSurface;
  /** Zones, layout, token places and motion of the latest view. */
  private readonly scene: TokenScene;
  /** Set when the scene changed and must be rendered again (see {@link needsRender}). */
  private dirty = true;
  /** Virtual time last rendered, ns. */
  private renderedNs = Number.NaN;

  /** JS time per frame; exposed to benchmarks as `window.__goschedPerf` when the page has `?perf`. */
  readonly meter = new FrameMeter();

  private constructor(
    private readonly app: Application,
    private readonly host: HTMLElement | undefined,
    options: StageOptions,
  ) {
    this.theme = { name: options.theme ?? 'dark', textScale: options.textScale ?? 1 };
    this.live = host !== undefined || options.surface !== undefined;
    this.surface = host ? hostSurface(host) : (options.surface ?? NO_SURFACE);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the scene reads the stage's live settings
    const stage = this;
    this.scene = new TokenScene(this.pool, {
      get width() {
        return stage.app.screen.width;
      },
      get height() {
        return stage.app.screen.height;
      },
      get moveNs() {
        return stage.moveNs;
      },
      get reducedMotion() {
        return stage.reducedMotion;
      },
      get tokenBudget() {
        return stage.tokenBudget;
      },
      overBudget: () => this.overBudget(),
    });
    this.tokenLayer.sortableChildren = true;
    // Each layer is its own render group: Pixi rebuilds a group's draw instructions when anything in it is
    // added, hidden or reshaped, so a token appearing or a highlight fading no longer rebuilds (and re-uploads)
    // the cards and labels, and a count changing on a card leaves the tokens alone.
    this.tokenLayer.isRenderGroup = true;
    this.useTheme();
    this.chrome = new StageChrome();
    this.world.addChild(this.chrome.view, this.overlay.view, this.tokenLayer, this.chrome.stw.view);
    app.stage.addChild(this.world);
    app.renderer.background.color = STAGE.background;
    smoothCanvasImages(app.renderer);
    if (!this.live) {
      this.tokenBudget = Infinity;
      return;
    }
    this.reducedMotion = options.reducedMotion ?? false;
    app.renderer.on('resize', () => {
      this.pending.relayout = true;
      this.scene.forgetLayout();
      this.dirty = true;
      this.onInvalidate();
    });
    let renderStart = 0;
    app.renderer.runners.prerender.add({ prerender: () => (renderStart = performance.now()) });
    app.renderer.runners.postrender.add({
      postrender: () => this.meter.addRender(performance.now() - renderStart),
    });
    // In a worker there is no page: the page's side sends the pointer ({@link pointer}), the zoom and the size.
    if (host === undefined) return;
    app.stage.eventMode = 'static';
    app.stage.hitArea = app.screen;
    app.stage.on('pointertap', () => this.tap(null));
    this.reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
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
    if (!this.live) return fn();
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
    return this.live && performance.now() - this.workStartMs > FRAME_BUDGET_MS;
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
    this.scene.forgetLayout();
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
    this.overlay.startPath(t?.position);
    this.surface.set('selected', id === null ? '' : String(id));
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

  /** Sets the zoom and pan (a worker's stage: the page's side owns the wheel and the drag). */
  setViewTransform(t: ViewTransform): void {
    this.setTransform(t);
  }

  /** Resizes the canvas to `width` × `height` stage px (a worker's stage: the page's side watches the size). */
  resize(width: number, height: number): void {
    if (width > 0 && height > 0 && (width !== this.app.screen.width || height !== this.app.screen.height))
      this.app.renderer.resize(width, height);
  }

  /**
   * The pointer at (`x`, `y`) CSS px on the canvas, from the page's side of a worker's stage: what Pixi's own
   * pointer events do on a stage in the page. `move` hovers the token under it (or none), `tap` selects it or,
   * on the background, clears the selection, `leave` ends the hover.
   */
  pointer(kind: 'move' | 'tap' | 'leave', x: number, y: number): void {
    const id = kind === 'leave' ? null : this.tokenAt(x, y);
    if (kind === 'tap') this.tap(id);
    else if (id !== this.hovered) this.hover(id);
  }

  /** The pointer is now over goroutine `id`'s token, or over none. */
  private hover(id: number | null): void {
    this.hovered = id;
    this.listeners.hover(id === null ? null : this.goroutine(id));
  }

  /** A tap on goroutine `id`'s token follows it (a second tap stops); a tap on the background (null) stops. */
  private tap(id: number | null): void {
    this.select(id === null || this.selected === id ? null : id);
  }

  /** The goroutine whose token is drawn under (`x`, `y`) CSS px on the canvas, the topmost (largest id). */
  private tokenAt(x: number, y: number): number | null {
    const t = this.transform;
    const wx = (x - t.x) / t.scale;
    const wy = (y - t.y) / t.scale;
    let best: number | null = null;
    for (const token of this.pool.tokens) {
      const r = token.drawnRadius;
      const p = token.position;
      if ((p.x - wx) ** 2 + (p.y - wy) ** 2 <= r * r && (best === null || token.id > best)) best = token.id;
    }
    return best;
  }

  private setTransform(t: ViewTransform): void {
    const before = this.labelResolution();
    this.transform = t;
    const after = this.labelResolution();
    if (after !== before) sharpenLabels(this.world, after);
    this.world.scale.set(t.scale);
    this.world.position.set(t.x, t.y);
    this.surface.set('zoom', t.scale.toFixed(2));
    this.dirty = true;
    this.onInvalidate();
  }

  /** Creates a live stage inside `host`, sized to it (drive it with a `LivePlayer`). */
  static async create(host: HTMLElement, options: StageOptions = {}): Promise<Stage> {
    return new Stage(await liveApp(host, options), host, options);
  }

  /**
   * Creates a stage that is in no page layout: a fixed `width` × `height` canvas (not attached to the
   * document) for video frames, stills and tests. It has no pointer input and makes every token in each
   * render (no per-frame budget), so each frame is complete.
   */
  static async createOffscreen(options: OffscreenStageOptions): Promise<Stage> {
    return new Stage(await offscreenApp(options), undefined, options);
  }

  /**
   * A live stage on an application made by the caller, with no page element: a worker's, drawing on a canvas
   * the page transferred to it (`stageWorker.ts`). What it publishes goes to `options.surface`.
   */
  static onApp(app: Application, options: StageOptions & { readonly surface: StageSurface }): Stage {
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
      this.overlay.clear();
      this.scene.jump();
    }
    this.measure(() => {
      this.scene.noteMoves(events, view.t, moveStartNs);
      if (!snap && !this.reducedMotion) {
        const flashNs = FLASH_MS * this.paceNsPerMs;
        this.overlay.highlight(events, flashNs, moveStartNs, view.t - 4 * flashNs);
      }
      // Offscreen, each state is laid out as it comes, so that the chain of moves — and so the picture at a
      // virtual time — does not depend on which states happened to be rendered. Live, the states landing
      // within one animation frame are laid out once, at the render (a 100 000-goroutine view costs
      // milliseconds to place).
      if (this.live) this.pending.layout = { snap: (this.pending.layout?.snap ?? false) || snap };
      else this.layOut(view, snap);
    });
  }

  /** Lays `view` out (the scene) and has the chrome redrawn for it. */
  private layOut(view: WorldView, snap: boolean): void {
    this.scene.layOut(view, snap);
    this.pending.chrome = true;
  }

  /**
   * True when {@link renderAt}`(tNs)` would draw something different from the last render: a new state, a
   * motion or highlight still under way, tokens still to make, a resize, zoom or theme change. Paused with
   * nothing moving, it is false, and the live player draws nothing.
   */
  needsRender(tNs: number): boolean {
    const p = this.pending;
    if (this.dirty || p.relayout || p.chrome || p.layout || this.scene.tokensLeft) return true;
    if (tNs === this.renderedNs) return false;
    const lo = Math.min(tNs, this.renderedNs);
    return lo < Math.max(this.scene.motionEndsNs, this.overlay.endsNs);
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
    if (view !== undefined && (p.relayout || p.layout)) this.layOut(view, p.relayout || p.layout!.snap);
    else if (view !== undefined && this.scene.tokensLeft) this.scene.makeLeftTokens(view);
    const { placed, layout } = this.scene;
    if (view !== undefined && placed && layout && (p.chrome || p.relayout))
      this.chrome.draw(view, placed.zones, layout, placed.placement);
    p.relayout = false;
    p.chrome = false;
    p.layout = undefined;
  }

  /** True while states, a resize or a redraw of the cards wait for {@link prepare} (or the next render). */
  get unprepared(): boolean {
    const p = this.pending;
    return p.layout !== undefined || p.relayout || p.chrome;
  }

  /**
   * Draws virtual time `tNs` with what is laid out so far, leaving what waits for {@link prepare} to it: the
   * live player's frame when a new state came just before it, so that the state's layout and the drawing stay
   * two tasks (the next render draws the new state).
   */
  renderMotionAt(tNs: number): void {
    this.useTheme();
    this.measure(() => this.animate(tNs));
    this.app.render();
    this.renderedNs = tNs;
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
    return this.scene.tokensAwayFromPlace();
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
    this.overlay.releaseAll();
    this.app.destroy(true, { children: true });
  }

  /** Puts every token where its motion has it at virtual time `tNs`, draws the overlay, publishes stats. */
  private animate(tNs: number): void {
    // Only tokens with a motion under way (or just set) move; going back in time, every one is placed again.
    const { tokens, onPs } = this.scene.animate(tNs, this.renderedNs);
    this.drawOverlay(tNs);
    this.publish({
      psDrawn: this.chrome.psDrawn,
      tokens,
      tokensOnPs: onPs,
      zones: this.chrome.zoneCount,
      ...this.scene.counts,
      stw: this.last?.stw ? (this.last.stw.stopped ? 'stopped' : 'stopping') : '',
    });
  }

  private drawOverlay(tNs: number): void {
    const selected = this.selected === null ? undefined : this.pool.find(this.selected);
    const kinds = this.overlay.draw(tNs, this.scene.layout, (id) => this.pool.find(id), selected);
    if (this.live && this.scene.layout) this.surface.set('emphasis', kinds.join(' '));
  }

  private publish(s: StageStats): void {
    const key = `${s.psDrawn}/${s.tokens}/${s.tokensOnPs}/${s.zones}/${s.goroutines}/${s.shown}/${s.stw}`;
    if (key === this.published) return;
    this.published = key;
    this.listeners.stats(s);
    this.surface.set('goroutines', String(s.goroutines));
    this.surface.set('shown', String(s.shown));
    this.surface.set('stw', s.stw);
    this.surface.set('psDrawn', String(s.psDrawn));
    this.surface.set('tokens', String(s.tokens));
    this.surface.set('tokensOnPs', String(s.tokensOnPs));
    this.surface.set('zones', String(s.zones));
  }
}
