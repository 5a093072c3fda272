import 'pixi.js/unsafe-eval';
import { Application, Container, Graphics } from 'pixi.js';
import type { SchedEvent } from '../../src-engine/sim/events';
import type { GView, WorldView } from '../../src-engine/sim/WorldView';
import { Flashes } from './Flashes';
import { FrameMeter } from './FrameMeter';
import { computeLayout, waitingZoneCapacity, waitingZonesFit, type StageLayout } from './layout';
import { STAGE } from './palette';
import { placeGoroutines, type Placement } from './placement';
import { SelectionTrail } from './SelectionTrail';
import { StageChrome } from './StageChrome';
import { DisplayClock } from './displayClock';
import { MOVE_MS, TokenPool } from './Token';
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

/** Most goroutine tokens made (or taken from the pool) in one frame; the rest appear over the next frames. */
const NEW_TOKENS_PER_FRAME = 150;

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
 */
export class Stage {
  private readonly world = new Container();
  private chrome = new StageChrome();
  private readonly tokenLayer = new Container();
  private readonly overlay = new Graphics();
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
  private listeners: StageListeners = {
    hover: () => undefined,
    select: () => undefined,
    stats: () => undefined,
  };
  private layout: StageLayout | undefined;
  private layoutKey = '';
  private last: WorldView | undefined;
  private readonly reducedMotion: boolean;
  private published = '';
  /** The virtual time the tokens show while playing. */
  private readonly clock = new DisplayClock();
  /** A view arrived and is not drawn yet; `snap` if any of the views since the last draw was a jump. */
  private pending: { snap: boolean } | undefined;
  /** Virtual time of each goroutine's last move in the frames not drawn yet (its motion starts then). */
  private readonly moveTimes = new Map<number, number>();
  /** Goroutines whose token is headed for (or sits in) a P's running slot. */
  private readonly onRunSlot = new Set<number>();

  /** JS time per frame; exposed to benchmarks as `window.__goschedPerf` when the page has `?perf`. */
  readonly meter = new FrameMeter();

  private constructor(
    private readonly app: Application,
    private readonly host: HTMLElement,
  ) {
    this.world.addChild(this.chrome.view, this.overlay, this.tokenLayer, this.chrome.stw.view);
    app.stage.addChild(this.world);
    app.stage.eventMode = 'static';
    app.stage.hitArea = app.screen;
    app.stage.on('pointertap', () => this.select(null));
    this.reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    app.renderer.on('resize', () => this.draw(true, true));
    app.ticker.add(() => this.frame());
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
    // `resizeTo` follows window resizes only; the stage area also changes when panels around it do.
    this.resizeObserver = new ResizeObserver(() => app.resize());
    this.resizeObserver.observe(host);
  }

  private readonly resizeObserver: ResizeObserver;

  /** Hover, selection and statistics callbacks (the DOM tooltip, the source panel, the headline). */
  on(listeners: Partial<StageListeners>): void {
    this.listeners = { ...this.listeners, ...listeners };
  }

  /**
   * Redraws everything after the palette changed ({@link applyStageTheme}): text keeps the colours it was
   * created with, so the chrome is rebuilt rather than patched.
   */
  restyle(): void {
    this.app.renderer.background.color = STAGE.background;
    this.world.removeChild(this.chrome.view, this.chrome.stw.view);
    this.chrome.view.destroy({ children: true });
    this.chrome.stw.view.destroy({ children: true });
    this.chrome = new StageChrome();
    this.world.addChildAt(this.chrome.view, 0);
    this.world.addChild(this.chrome.stw.view);
    this.layoutKey = '';
    this.draw(true, true);
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
    this.host.dataset['selected'] = id === null ? '' : String(id);
    this.listeners.select(id === null ? null : this.goroutine(id));
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

  private setTransform(t: ViewTransform): void {
    this.transform = t;
    this.world.scale.set(t.scale);
    this.world.position.set(t.x, t.y);
    this.host.dataset['zoom'] = t.scale.toFixed(2);
  }

  /** Creates the stage inside `host`, sized to it. `delayMs` holds the start back (a test hook). */
  static async create(host: HTMLElement, options: { delayMs?: number } = {}): Promise<Stage> {
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    const app = new Application();
    await app.init({
      background: STAGE.background,
      resizeTo: host,
      antialias: true,
      autoDensity: true,
      resolution: Math.min(2, window.devicePixelRatio || 1),
      preference: 'webgl',
    });
    app.canvas.setAttribute('aria-hidden', 'true');
    host.appendChild(app.canvas);
    return new Stage(app, host);
  }

  /**
   * Draws a new engine state; `snap` jumps there without motion (load, seek). `clock` tells where the engine's
   * playhead is and whether it plays: while playing, each goroutine's move starts at the virtual time of its
   * `g.move` event (see {@link DisplayClock}).
   */
  show(
    view: WorldView,
    snap: boolean,
    events: readonly SchedEvent[] = [],
    clock: { t: number; playing: boolean; speed: number } = { t: view.t, playing: false, speed: 1 },
  ): void {
    this.last = view;
    this.clock.sync(clock.t, performance.now(), clock.playing, clock.speed, snap);
    // Several engine frames can land within one animation frame: they are drawn once, at the next tick.
    this.pending = { snap: (this.pending?.snap ?? false) || snap };
    if (snap) this.moveTimes.clear();
    this.meter.measure(() => {
      for (const e of events) if (e.kind === 'g.move' && e.g !== undefined) this.moveTimes.set(e.g, e.t);
      if (!snap && !this.reducedMotion) this.flashes.add(events, performance.now());
    });
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.app.destroy(true, { children: true });
  }

  private draw(snap: boolean, resized: boolean): void {
    const view = this.last;
    if (view === undefined) return;
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
    if (resized || key !== this.layoutKey || this.layout === undefined) {
      this.layoutKey = key;
      this.layout = computeLayout(this.app.screen.width, this.app.screen.height, view.ps.length, demand);
    }
    const l = this.layout;
    const placement = placeGoroutines(view, zones, l);
    this.chrome.draw(view, zones, l, placement);
    this.moveTokens(view, placement, snap || resized);
  }

  private moveTokens(view: WorldView, placement: Placement, snap: boolean): void {
    const now = performance.now();
    const virtual = this.clock.running;
    // Playing, a move lasts MOVE_MS of wall time at the current speed, measured on the virtual clock.
    const duration = virtual ? MOVE_MS * this.clock.nsPerMs : MOVE_MS;
    const keep = new Set<number>();
    this.onRunSlot.clear();
    let live = 0;
    let made = 0;
    for (const g of view.gs) {
      if (g.status !== '_Gdead') live++;
      const target = placement.targets.get(g.id);
      if (target === undefined) continue;
      // Making a token costs far more than moving one: hundreds of new ones (a long queue filling up) are
      // spread over the next frames, so that no frame holds the UI thread.
      if (this.pool.find(g.id) === undefined && ++made > NEW_TOKENS_PER_FRAME) {
        this.pending ??= { snap: false };
        continue;
      }
      if (g.loc.startsWith('running(')) this.onRunSlot.add(g.id);
      keep.add(g.id);
      const { token, fresh } = this.pool.get(g.id);
      token.show(g.id, g.status, placement.radius.get(g.id) ?? this.layout!.token);
      const start = virtual ? (this.moveTimes.get(g.id) ?? view.t) : now;
      token.moveTo(target, start, duration, virtual, snap || fresh || this.reducedMotion, now);
    }
    this.pool.retain(keep);
    this.counts = { goroutines: view.trimmed?.total ?? live, shown: keep.size };
  }

  /** Per animation frame: advance motion, draw the selection, then publish what is on screen. */
  private frame(): void {
    const pending = this.pending;
    if (pending !== undefined) {
      this.pending = undefined;
      this.meter.measure(() => this.draw(pending.snap, false));
      this.moveTimes.clear();
    }
    this.meter.measure(() => this.animate());
    this.meter.endFrame(this.last !== undefined);
  }

  private animate(): void {
    const now = performance.now();
    const vt = this.clock.now(now);
    let tokens = 0;
    let onPs = 0;
    for (const t of this.pool.tokens) {
      t.update(now, vt);
      tokens++;
      if (t.settled && this.onRunSlot.has(t.id)) onPs++;
    }
    this.drawSelection();
    this.publish({
      psDrawn: this.chrome.psDrawn,
      tokens,
      tokensOnPs: onPs,
      zones: this.chrome.zoneCount,
      ...this.counts,
      stw: this.last?.stw ? (this.last.stw.stopped ? 'stopped' : 'stopping') : '',
    });
  }

  private drawSelection(): void {
    this.overlay.clear();
    if (this.layout) {
      const kinds = this.flashes.draw(
        this.overlay,
        this.layout,
        (id) => this.pool.find(id)?.position,
        performance.now(),
      );
      this.host.dataset['emphasis'] = kinds.join(' ');
    }
    const t = this.selected === null ? undefined : this.pool.find(this.selected);
    if (t) this.trail.draw(this.overlay, t, (this.layout?.token ?? 10) + 5);
  }

  private publish(s: StageStats): void {
    const key = `${s.psDrawn}/${s.tokens}/${s.tokensOnPs}/${s.zones}/${s.goroutines}/${s.shown}/${s.stw}`;
    if (key === this.published) return;
    this.published = key;
    this.listeners.stats(s);
    this.host.dataset['goroutines'] = String(s.goroutines);
    this.host.dataset['shown'] = String(s.shown);
    this.host.dataset['stw'] = s.stw;
    this.host.dataset['psDrawn'] = String(s.psDrawn);
    this.host.dataset['tokens'] = String(s.tokens);
    this.host.dataset['tokensOnPs'] = String(s.tokensOnPs);
    this.host.dataset['zones'] = String(s.zones);
  }
}
