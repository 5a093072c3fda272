import 'pixi.js/unsafe-eval';
import { Application, Container, Graphics, Text } from 'pixi.js';
import type { SchedEvent } from '../../src-engine/sim/events';
import type { GView, WorldView } from '../../src-engine/sim/WorldView';
import { Flashes } from './Flashes';
import { FrameMeter } from './FrameMeter';
import { computeLayout, type StageLayout } from './layout';
import { PCard } from './PCard';
import { STAGE } from './palette';
import { placeGoroutines, type Placement } from './placement';
import { ThreadStrip } from './ThreadStrip';
import { TokenPool } from './Token';
import { IDENTITY, type ViewTransform } from './viewport';
import { attachZoomPan } from './zoomPan';
import { ZoneBox } from './ZoneBox';
import { groupZones, type Zone } from './zones';

/** What the stage has actually drawn, published on its host element for tests and assistive tech. */
export interface StageStats {
  readonly psDrawn: number;
  readonly tokens: number;
  /** Goroutine tokens currently drawn in some P's running slot. */
  readonly tokensOnPs: number;
  readonly zones: number;
}

/**
 * The Pixi scene: the global run queue band, one card per P, zones for every other place a goroutine can
 * wait, and goroutine tokens that glide to where the engine's latest frame puts them. It never
 * simulates: it only draws {@link WorldView}s.
 */
export class Stage {
  private readonly chrome = new Container();
  private readonly queueFrame = new Graphics();
  private readonly queueLabel = new Text({
    text: '',
    style: { fill: STAGE.muted, fontSize: 11, fontFamily: 'system-ui, sans-serif' },
  });
  private readonly world = new Container();
  private readonly tokenLayer = new Container();
  private readonly overlay = new Graphics();
  private readonly cards: PCard[] = [];
  private threads = new ThreadStrip();
  private readonly zoneBoxes = new Map<string, ZoneBox>();
  private readonly pool = new TokenPool(this.tokenLayer, {
    hover: (id) => this.listeners.hover(id === null ? null : this.goroutine(id)),
    tap: (id) => this.select(this.selected === id ? null : id),
  });
  private transform: ViewTransform = IDENTITY;
  private readonly flashes = new Flashes();
  private selected: number | null = null;
  /** Recent places of the selected goroutine, oldest first: its path on the stage. */
  private trail: { x: number; y: number }[] = [];
  private listeners: { hover: (g: GView | null) => void; select: (g: GView | null) => void } = {
    hover: () => undefined,
    select: () => undefined,
  };
  private layout: StageLayout | undefined;
  private layoutKey = '';
  private last: WorldView | undefined;
  private readonly reducedMotion: boolean;
  private published = '';
  /** Goroutines whose token is headed for (or sits in) a P's running slot. */
  private readonly onRunSlot = new Set<number>();

  /** JS time per frame; exposed to benchmarks as `window.__goschedPerf` when the page has `?perf`. */
  readonly meter = new FrameMeter();

  private constructor(
    private readonly app: Application,
    private readonly host: HTMLElement,
  ) {
    this.chrome.addChild(this.queueFrame, this.queueLabel, this.threads.view);
    this.world.addChild(this.chrome, this.overlay, this.tokenLayer);
    app.stage.addChild(this.world);
    app.stage.eventMode = 'static';
    app.stage.hitArea = app.screen;
    app.stage.on('pointertap', () => this.select(null));
    this.reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    app.renderer.on('resize', () => this.draw(true, true));
    app.ticker.add(() => this.frame());
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

  /** Hover and selection callbacks (the DOM tooltip and the source panel follow them). */
  on(listeners: { hover: (g: GView | null) => void; select: (g: GView | null) => void }): void {
    this.listeners = listeners;
  }

  /**
   * Redraws everything after the palette changed ({@link applyStageTheme}): text keeps the colours it was
   * created with, so the chrome is rebuilt rather than patched.
   */
  restyle(): void {
    this.app.renderer.background.color = STAGE.background;
    for (const c of this.cards) this.chrome.removeChild(c.view);
    this.cards.length = 0;
    for (const b of this.zoneBoxes.values()) this.chrome.removeChild(b.view);
    this.zoneBoxes.clear();
    this.chrome.removeChild(this.threads.view);
    this.threads = new ThreadStrip();
    this.chrome.addChild(this.threads.view);
    this.queueLabel.style.fill = STAGE.muted;
    this.queueLabel.style.fontSize = 11 * STAGE.fontScale;
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
    this.trail = [];
    const t = id === null ? undefined : this.pool.find(id);
    if (t) this.trail.push(t.position);
    this.host.dataset['selected'] = id === null ? '' : String(id);
    this.listeners.select(id === null ? null : this.goroutine(id));
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

  /** Creates the stage inside `host`, sized to it. */
  static async create(host: HTMLElement): Promise<Stage> {
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

  /** Draws a new engine state; `snap` jumps there without motion (load, seek). */
  show(view: WorldView, snap: boolean, events: readonly SchedEvent[] = []): void {
    this.last = view;
    this.meter.measure(() => {
      this.draw(snap, false);
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
    const zones = groupZones(view.gs);
    const demand = zones.map((z) => ({ key: z.key, column: z.column, rows: z.rows.length }));
    const key = `${this.app.screen.width}x${this.app.screen.height}/${view.ps.length}/${demand.map((d) => `${d.key}:${d.rows}`).join(',')}`;
    if (resized || key !== this.layoutKey || this.layout === undefined) {
      this.layoutKey = key;
      this.layout = computeLayout(this.app.screen.width, this.app.screen.height, view.ps.length, demand);
    }
    const l = this.layout;
    const placement = placeGoroutines(view, zones, l);
    this.drawChrome(view, zones, l, placement);
    this.moveTokens(view, placement, snap || resized);
  }

  private drawChrome(view: WorldView, zones: readonly Zone[], l: StageLayout, placement: Placement): void {
    while (this.cards.length < view.ps.length) {
      const card = new PCard();
      this.cards.push(card);
      this.chrome.addChild(card.view);
    }
    this.cards.forEach((c, i) => {
      c.view.visible = i < view.ps.length;
      if (c.view.visible) c.draw(l.ps[i]!, view.ps[i], l.token, placement.hidden);
    });
    const q = l.globrunq;
    this.queueFrame
      .clear()
      .roundRect(q.x, q.y, q.w, q.h, 8)
      .fill({ color: STAGE.card })
      .stroke({ width: STAGE.lineScale, color: STAGE.border });
    const hidden = placement.hidden.get('globrunq') ?? 0;
    this.queueLabel.text = `Global run queue (globrunq): ${view.globrunq.length}${hidden ? ` · showing ${view.globrunq.length - hidden}` : ''}`;
    this.queueLabel.position.set(q.x + 8, q.y + 3);
    this.threads.draw(l.threads, view.ms);
    const live = new Set(zones.map((z) => z.key));
    for (const [k, box] of this.zoneBoxes) {
      if (!live.has(k)) {
        this.chrome.removeChild(box.view);
        this.zoneBoxes.delete(k);
      }
    }
    for (const z of zones) {
      const zl = l.zones.get(z.key);
      if (!zl) continue;
      let box = this.zoneBoxes.get(z.key);
      if (!box) {
        box = new ZoneBox();
        this.zoneBoxes.set(z.key, box);
        this.chrome.addChild(box.view);
      }
      box.draw(zl, z, placement.hidden);
    }
  }

  private moveTokens(view: WorldView, placement: Placement, snap: boolean): void {
    const now = performance.now();
    const keep = new Set<number>();
    this.onRunSlot.clear();
    for (const g of view.gs) {
      const target = placement.targets.get(g.id);
      if (target === undefined) continue;
      if (g.loc.startsWith('running(')) this.onRunSlot.add(g.id);
      keep.add(g.id);
      const { token, fresh } = this.pool.get(g.id);
      token.show(g.id, g.status, placement.radius.get(g.id) ?? this.layout!.token);
      token.moveTo(target, now, snap || fresh || this.reducedMotion);
    }
    this.pool.retain(keep);
  }

  /** Per animation frame: advance motion, draw the selection, then publish what is on screen. */
  private frame(): void {
    this.meter.measure(() => this.animate());
    this.meter.endFrame(this.last !== undefined);
  }

  private animate(): void {
    const now = performance.now();
    let tokens = 0;
    let onPs = 0;
    for (const t of this.pool.tokens) {
      t.update(now);
      tokens++;
      if (t.settled && this.onRunSlot.has(t.id)) onPs++;
    }
    this.drawSelection();
    this.publish({
      psDrawn: this.cards.filter((c) => c.view.visible).length,
      tokens,
      tokensOnPs: onPs,
      zones: this.zoneBoxes.size,
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
    if (!t) return;
    const p = t.position;
    const last = this.trail.at(-1);
    if (t.settled && (!last || Math.hypot(last.x - p.x, last.y - p.y) > 1))
      this.trail = [...this.trail.slice(-11), p];
    const r = (this.layout?.token ?? 10) + 5;
    if (this.trail.length > 1) {
      this.overlay.moveTo(this.trail[0]!.x, this.trail[0]!.y);
      for (const q of this.trail.slice(1)) this.overlay.lineTo(q.x, q.y);
      this.overlay.lineTo(p.x, p.y).stroke({ width: 2, color: STAGE.borderActive, alpha: 0.55 });
    }
    this.overlay.circle(p.x, p.y, r).stroke({ width: 3, color: 0xffffff });
  }

  private publish(s: StageStats): void {
    const key = `${s.psDrawn}/${s.tokens}/${s.tokensOnPs}/${s.zones}`;
    if (key === this.published) return;
    this.published = key;
    this.host.dataset['psDrawn'] = String(s.psDrawn);
    this.host.dataset['tokens'] = String(s.tokens);
    this.host.dataset['tokensOnPs'] = String(s.tokensOnPs);
    this.host.dataset['zones'] = String(s.zones);
  }
}
