/**
 * The stage for models without P (and for comparison panes of any model): draws a {@link GeneralView}
 * laid out by {@link layoutGeneral} into its own Pixi application. Redrawn only when a new view arrives;
 * labels are pooled canvas Texts (re-created only when their size or colour changes). Canvas text rather than
 * bitmap fonts: several stages live side by side (the comparison view), each with its own WebGL context.
 */
import 'pixi.js/unsafe-eval';
import { Application, Container, Graphics, Text } from 'pixi.js';
import type { GStatus, WorldView } from '../../../src-engine/sim/WorldView';
import { FrameMeter } from '../FrameMeter';
import { G_COLORS, STAGE } from '../palette';
import { generalView } from './generalView';
import { layoutGeneral, type Tone } from './layoutGeneral';

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
  private readonly pool: Text[] = [];
  /** Font size and colour each pooled label was made with. */
  private readonly poolKeys: string[] = [];
  private last: WorldView | undefined;
  private title = '';
  readonly meter = new FrameMeter();
  private readonly resizeObserver: ResizeObserver | undefined;

  private constructor(
    private readonly app: Application,
    private readonly host: HTMLElement | undefined,
  ) {
    app.stage.addChild(this.shapes, this.labels);
    if (host === undefined) return;
    this.resizeObserver = new ResizeObserver(() => {
      app.resize();
      this.redraw();
    });
    this.resizeObserver.observe(host);
    app.ticker.add(() => this.meter.endFrame(this.last !== undefined));
  }

  /**
   * A stage in no page (an export's comparison pane, in a worker too): a fixed `width × height` canvas of device
   * pixels laid out for `width / resolution` stage pixels, drawn only by {@link render}.
   */
  static async createOffscreen(o: {
    width: number;
    height: number;
    resolution: number;
  }): Promise<ModelStage> {
    const app = new Application();
    await app.init({
      background: STAGE.background,
      width: Math.round(o.width / o.resolution),
      height: Math.round(o.height / o.resolution),
      resolution: o.resolution,
      autoDensity: false,
      antialias: true,
      autoStart: false,
      sharedTicker: false,
      preserveDrawingBuffer: true,
      preference: 'webgl',
    });
    app.ticker.stop();
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
    return new ModelStage(app, host);
  }

  /** The view last drawn. */
  get view(): WorldView | undefined {
    return this.last;
  }

  /** Draws `view`; `title` names the model (the stage's title). */
  show(view: WorldView, title: string): void {
    this.last = view;
    this.title = title;
    this.meter.measure(() => this.redraw());
  }

  restyle(): void {
    this.app.renderer.background.color = STAGE.background;
    for (const t of this.pool) t.destroy();
    this.pool.length = 0;
    this.poolKeys.length = 0;
    this.redraw();
  }

  destroy(): void {
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
    const d = layoutGeneral(gv, width, height, (id) => status.get(id) ?? '_Gdead');
    const g = this.shapes;
    g.clear();
    const line = STAGE.lineScale;
    for (const b of d.boxes) {
      g.roundRect(b.x, b.y, b.w, b.h, 5)
        .fill({ color: STAGE.card })
        .stroke({ width: 1.5 * line, color: toneColor(b.tone) });
    }
    for (const t of d.tokens) g.circle(t.x, t.y, d.radius).fill({ color: G_COLORS[t.status] });
    let i = 0;
    const place = (x: number, y: number, text: string, size: number, color: number) => {
      let bt = this.pool[i];
      const fontSize = Math.round(size * STAGE.fontScale);
      const key = `${fontSize}/${color}`;
      if (bt === undefined || this.poolKeys[i] !== key) {
        bt?.destroy();
        bt = new Text({ text, style: { fontFamily: FONT, fontSize, fill: color } });
        this.pool[i] = bt;
        this.poolKeys[i] = key;
        this.labels.addChildAt(bt, Math.min(i, this.labels.children.length));
      }
      if (bt.text !== text) bt.text = text;
      bt.position.set(x, y);
      bt.visible = true;
      i++;
    };
    for (const l of d.labels) place(l.x, l.y, l.text, l.size, toneColor(l.tone));
    // Goroutine ids on their tokens while they are few enough to read.
    if (d.tokens.length <= 60) for (const t of d.tokens) place(t.x - 5, t.y - 5, String(t.id), 8, 0x000000);
    for (let k = i; k < this.pool.length; k++) (this.pool[k] as Text).visible = false;
    if (!this.host) return;
    this.host.dataset['model'] = view.model?.id ?? 'go';
    this.host.dataset['tokens'] = String(d.tokens.length);
    this.host.dataset['threads'] = String(gv.threads.length);
  }
}
