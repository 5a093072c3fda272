/**
 * The stage for models without P (and for comparison panes of any model): draws a {@link GeneralView}
 * laid out by {@link layoutGeneral} into its own Pixi application. Redrawn only when a view of a different
 * state arrives (an ended pane's view, sent again every frame, costs nothing), and rendered on demand, at
 * most once per animation frame (no Pixi ticker: four panes rendering 60 times a second in software GL
 * starved the page). Labels are pooled BitmapTexts (one dynamic glyph atlas per size and colour, shared by
 * every pane): a changed label re-lays out glyphs instead of re-drawing a canvas and uploading its texture,
 * which was most of a comparison frame's JS time with four panes of changing labels.
 */
import 'pixi.js/unsafe-eval';
import type { Application } from 'pixi.js';
import { BitmapText, Container, Graphics } from 'pixi.js';
import '../canvasTextPipe';
import type { GStatus, WorldView } from '../../../src-engine/sim/WorldView';
import { FrameMeter } from '../FrameMeter';
import { smoothCanvasImages } from '../liveRenderer';
import { liveApp, offscreenApp } from '../stageApp';
import { G_COLORS, STAGE } from '../palette';
import { generalView } from './generalView';
import { layoutGeneralFit, type Tone } from './layoutGeneral';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

function toneColor(t: Tone): number {
  switch (t) {
    case 'running':
      return G_COLORS._Grunning;
    case 'runnable':
      return G_COLORS._Grunnable;
    case 'waiting':
      return G_COLORS._Gwaiting;
    case 'syscall':
      return G_COLORS._Gsyscall;
    case 'idle':
      return STAGE.border;
    case 'muted':
      return STAGE.muted;
    case 'border':
      return STAGE.border;
    case 'text':
      return STAGE.text;
  }
}

export class ModelStage {
  private readonly shapes = new Graphics();
  private readonly labels = new Container();
  /**
   * Labels pooled by style (font size and colour): a frame takes the next label of its style, so labels are
   * created only when a style needs more than before and never re-created because the list shifted (which
   * re-made canvas texts every frame while the number of wait places changed).
   */
  private readonly pools = new Map<string, { items: BitmapText[]; used: number }>();
  private last: WorldView | undefined;
  private title = '';
  readonly meter = new FrameMeter();
  private readonly resizeObserver: ResizeObserver | undefined;
  /** An animation frame is booked to render the scene. */
  private renderQueued = 0;

  private constructor(
    private readonly app: Application,
    private readonly host: HTMLElement | undefined,
  ) {
    app.stage.addChild(this.shapes, this.labels);
    smoothCanvasImages(app.renderer);
    if (host === undefined) return;
    this.resizeObserver = new ResizeObserver(() => {
      app.resize();
      this.redraw();
      this.requestRender();
    });
    this.resizeObserver.observe(host);
  }

  /** Renders the scene at the next animation frame (once, however many changes came before it). */
  private requestRender(): void {
    // An offscreen stage (no page) is drawn only when its driver calls render().
    if (this.renderQueued !== 0 || this.host === undefined) return;
    this.renderQueued = requestAnimationFrame(() => {
      this.renderQueued = 0;
      const t0 = performance.now();
      this.app.render();
      this.meter.addRender(performance.now() - t0);
      this.meter.endFrame(this.last !== undefined);
    });
  }

  /**
   * A stage in no page (an export's comparison pane, in a worker too): a fixed `width × height` canvas of device
   * pixels laid out for `width / resolution` stage pixels, drawn only by {@link render}.
   */
  static async createOffscreen(o: {
    width: number;
    height: number;
    resolution: number;
    /** Pixi renderer: `canvas` (default; the CPU is much faster than WebGL without a GPU) or `webgl`. */
    renderer?: 'canvas' | 'webgl';
  }): Promise<ModelStage> {
    const app = await offscreenApp(o);
    return new ModelStage(app, undefined);
  }

  /** The canvas it draws into. */
  get canvas(): HTMLCanvasElement {
    return this.app.canvas;
  }

  /** Draws the scene now (an offscreen stage has no ticker). */
  render(): void {
    this.app.render();
  }

  static async create(host: HTMLElement): Promise<ModelStage> {
    return new ModelStage(await liveApp(host, { followHost: true }), host);
  }

  /** The view last drawn. */
  get view(): WorldView | undefined {
    return this.last;
  }

  /** Draws `view`; `title` names the model (the stage's title). */
  show(view: WorldView, title: string): void {
    const same =
      this.last !== undefined &&
      this.last.seq === view.seq &&
      this.last.t === view.t &&
      this.last.gs.length === view.gs.length &&
      this.title === title;
    this.last = view;
    this.title = title;
    if (same) return;
    this.meter.measure(() => this.redraw());
    this.requestRender();
  }

  restyle(): void {
    this.app.renderer.background.color = STAGE.background;
    for (const p of this.pools.values()) for (const t of p.items) t.destroy();
    this.pools.clear();
    this.redraw();
    this.requestRender();
  }

  destroy(): void {
    if (this.renderQueued !== 0) cancelAnimationFrame(this.renderQueued);
    this.resizeObserver?.disconnect();
    this.app.destroy(true, { children: true });
  }

  private redraw(): void {
    const view = this.last;
    if (view === undefined) return;
    const status = new Map<number, GStatus>();
    for (const g of view.gs) status.set(g.id, g.status);
    const gv = generalView(view, this.title);
    const { width, height } = this.app.screen;
    const d = layoutGeneralFit(gv, width, height, (id) => status.get(id) ?? '_Gdead');
    const g = this.shapes;
    g.clear();
    const line = STAGE.lineScale;
    for (const b of d.boxes) {
      g.roundRect(b.x, b.y, b.w, b.h, 5)
        .fill({ color: STAGE.card })
        .stroke({ width: 1.5 * line, color: toneColor(b.tone) });
    }
    for (const t of d.tokens) g.circle(t.x, t.y, d.radius).fill({ color: G_COLORS[t.status] });
    for (const p of this.pools.values()) p.used = 0;
    const place = (x: number, y: number, text: string, size: number, color: number) => {
      const fontSize = Math.round(size * STAGE.fontScale);
      const key = `${fontSize}/${color}`;
      let pool = this.pools.get(key);
      if (pool === undefined) this.pools.set(key, (pool = { items: [], used: 0 }));
      let bt = pool.items[pool.used];
      if (bt === undefined) {
        bt = new BitmapText({ text, style: { fontFamily: FONT, fontSize, fill: color } });
        pool.items.push(bt);
        this.labels.addChild(bt);
      }
      pool.used++;
      if (bt.text !== text) bt.text = text;
      bt.position.set(x, y);
      bt.visible = true;
    };
    for (const l of d.labels) place(l.x, l.y, l.text, l.size, toneColor(l.tone));
    // Goroutine ids on their tokens while they are few enough to read.
    // Sized with the token (the layout may be magnified to fill the stage): 8 px text on a 7 px radius.
    const k = d.radius / 7;
    if (d.tokens.length <= 60)
      for (const t of d.tokens) place(t.x - 5 * k, t.y - 5 * k, String(t.id), 8 * k, 0x000000);
    for (const p of this.pools.values())
      for (let k = p.used; k < p.items.length; k++) (p.items[k] as BitmapText).visible = false;
    if (!this.host) return;
    this.host.dataset['model'] = view.model?.id ?? 'go';
    this.host.dataset['tokens'] = String(d.tokens.length);
    this.host.dataset['threads'] = String(gv.threads.length);
  }
}
