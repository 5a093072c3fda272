import 'pixi.js/unsafe-eval';
import { Application, Container, Graphics, Text } from 'pixi.js';
import type { WorldView } from '../../src-engine/sim/WorldView';
import { computeLayout, queueCapacity, queueSlot, type StageLayout } from './layout';
import type { Point } from './motion';
import { PCard } from './PCard';
import { STAGE } from './palette';
import { TokenPool } from './Token';

/** What the stage has actually drawn, published on its host element for tests and assistive tech. */
export interface StageStats {
  readonly psDrawn: number;
  readonly tokens: number;
  /** Goroutine tokens currently drawn in some P's running slot. */
  readonly tokensOnPs: number;
}

/**
 * The Pixi scene: the global run queue band, one card per P, and goroutine tokens that glide to where
 * the engine's latest frame puts them. It never simulates: it only draws {@link WorldView}s.
 */
export class Stage {
  private readonly cardsLayer = new Container();
  private readonly queueLayer = new Graphics();
  private readonly queueLabel = new Text({
    text: '',
    style: { fill: STAGE.muted, fontSize: 11, fontFamily: 'system-ui, sans-serif' },
  });
  private readonly tokenLayer = new Container();
  private readonly cards: PCard[] = [];
  private readonly pool = new TokenPool(this.tokenLayer);
  private layout: StageLayout | undefined;
  private last: WorldView | undefined;
  private reducedMotion: boolean;
  private published = '';
  /** Goroutines whose token is headed for (or sits in) a P's running slot. */
  private readonly onRunSlot = new Set<number>();

  private constructor(
    private readonly app: Application,
    private readonly host: HTMLElement,
  ) {
    app.stage.addChild(this.queueLayer, this.queueLabel, this.cardsLayer, this.tokenLayer);
    this.reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    app.renderer.on('resize', () => this.relayout());
    app.ticker.add(() => this.frame());
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
  show(view: WorldView, snap: boolean): void {
    const resized = this.last === undefined || this.last.ps.length !== view.ps.length;
    this.last = view;
    if (resized) this.relayout();
    else this.place(snap);
  }

  destroy(): void {
    this.app.destroy(true, { children: true });
  }

  private relayout(): void {
    const view = this.last;
    if (view === undefined) return;
    this.layout = computeLayout(this.app.screen.width, this.app.screen.height, view.ps.length);
    while (this.cards.length < view.ps.length) {
      const card = new PCard();
      this.cards.push(card);
      this.cardsLayer.addChild(card.view);
    }
    this.cards.forEach((c, i) => (c.view.visible = i < view.ps.length));
    this.place(true);
  }

  private place(snap: boolean): void {
    const view = this.last;
    const l = this.layout;
    if (view === undefined || l === undefined) return;
    view.ps.forEach((p, i) => this.cards[i]!.draw(l.ps[i]!, p, l.token));
    const q = l.globrunq;
    this.queueLayer
      .clear()
      .roundRect(q.x, q.y, q.w, q.h, 8)
      .fill({ color: STAGE.card })
      .stroke({ width: 1, color: STAGE.border });
    const cap = queueCapacity({ ...q, x: q.x + 4, w: q.w - 8 }, l.token);
    const hidden = Math.max(0, view.globrunq.length - cap);
    this.queueLabel.text = `Global run queue (globrunq): ${view.globrunq.length}${hidden ? ` · showing ${cap}` : ''}`;
    this.queueLabel.position.set(q.x + 8, q.y + 3);
    const now = performance.now();
    const keep = new Set<number>();
    this.onRunSlot.clear();
    for (const g of view.gs) {
      if (g.loc.startsWith('running(')) this.onRunSlot.add(g.id);
      const target = this.targetOf(g.loc, g.id, view, l);
      if (target === undefined) continue;
      keep.add(g.id);
      const { token, fresh } = this.pool.get(g.id);
      token.show(g.id, g.status, l.token);
      token.moveTo(target, now, snap || fresh || this.reducedMotion);
    }
    this.pool.retain(keep);
  }

  /** Where a goroutine at `loc` is drawn; undefined when its queue shows a count instead. */
  private targetOf(loc: string, id: number, view: WorldView, l: StageLayout): Point | undefined {
    const m = /^(\w+)\(P(\d+)\)$/.exec(loc);
    if (m) {
      const card = l.ps[Number(m[2])];
      const p = view.ps[Number(m[2])];
      if (card === undefined) return undefined;
      if (m[1] === 'running') return card.runSlot;
      if (m[1] === 'runnext') return card.runnextSlot;
      if (m[1] === 'runq' && p) {
        const i = p.runq.indexOf(id);
        return i < queueCapacity(card.runq, l.token * 0.8)
          ? queueSlot(card.runq, i, l.token * 0.8)
          : undefined;
      }
    }
    if (loc === 'globrunq') {
      const q = l.globrunq;
      const inner = { x: q.x + 4, y: q.y + 12, w: q.w - 8, h: q.h - 12 };
      const i = view.globrunq.indexOf(id);
      return i < queueCapacity(inner, l.token) ? queueSlot(inner, i, l.token) : undefined;
    }
    return undefined;
  }

  /** Per animation frame: advance motion, then publish what is on screen. */
  private frame(): void {
    const now = performance.now();
    let tokens = 0;
    let onPs = 0;
    for (const t of this.pool.tokens) {
      t.update(now);
      tokens++;
      if (t.settled && this.onRunSlot.has(t.id)) onPs++;
    }
    this.publish({ psDrawn: this.cards.filter((c) => c.view.visible).length, tokens, tokensOnPs: onPs });
  }

  private publish(s: StageStats): void {
    const key = `${s.psDrawn}/${s.tokens}/${s.tokensOnPs}`;
    if (key === this.published) return;
    this.published = key;
    this.host.dataset['psDrawn'] = String(s.psDrawn);
    this.host.dataset['tokens'] = String(s.tokens);
    this.host.dataset['tokensOnPs'] = String(s.tokensOnPs);
  }
}
