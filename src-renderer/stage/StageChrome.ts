import { Container, Graphics } from 'pixi.js';
import { stageLabel } from './labels';
import type { WorldView } from '../../src-engine/sim/WorldView';
import type { StageLayout } from './layout';
import { fontPx, STAGE } from './palette';
import { roundRectOn } from './shapes';
import { PCard } from './PCard';
import type { Placement } from './placement';
import { StwOverlay } from './StwOverlay';
import { ThreadStrip } from './ThreadStrip';
import { ZoneBox } from './ZoneBox';
import type { Zone } from './zones';

/**
 * Everything on the stage but the goroutines: the global run queue band, the threads strip, one card per P,
 * the zone boxes and the stop-the-world overlay (drawn above the tokens, so it is a separate `stw.view`).
 * Built anew when the theme changes, since text keeps the colours it was created with.
 */
export class StageChrome {
  readonly view = new Container();
  readonly stw = new StwOverlay();
  private readonly queueFrame = new Graphics();
  private readonly queueLabel = stageLabel({
    text: '',
    style: { fill: STAGE.muted, fontSize: fontPx(11), fontFamily: 'system-ui, sans-serif' },
  });
  private readonly cards: PCard[] = [];
  private readonly threads = new ThreadStrip();
  private readonly zoneBoxes = new Map<string, ZoneBox>();
  /** Rectangle the queue band was drawn for (the chrome is rebuilt on a theme change). */
  private queueKey = '';

  constructor() {
    // A render group of its own (see Stage): tokens and highlights changing do not rebuild the chrome's draws.
    this.view.isRenderGroup = true;
    this.view.addChild(this.queueFrame, this.queueLabel, this.threads.view);
  }

  /** P cards on screen. */
  get psDrawn(): number {
    return this.cards.filter((c) => c.view.visible).length;
  }

  get zoneCount(): number {
    return this.zoneBoxes.size;
  }

  /** Draws the scene's fixed parts for `view`; cheap where nothing changed. */
  draw(view: WorldView, zones: readonly Zone[], l: StageLayout, placement: Placement): void {
    while (this.cards.length < view.ps.length) {
      const card = new PCard();
      this.cards.push(card);
      this.view.addChild(card.view);
    }
    this.cards.forEach((c, i) => {
      c.view.visible = i < view.ps.length;
      if (c.view.visible) c.draw(l.ps[i]!, view.ps[i], l.token, placement.hidden, view.trimmed?.hidden);
    });
    const q = l.globrunq;
    const key = `${q.x},${q.y},${q.w},${q.h}`;
    if (key !== this.queueKey) {
      this.queueKey = key;
      roundRectOn(this.queueFrame.clear(), q.x, q.y, q.w, q.h, 8)
        .fill({ color: STAGE.card })
        .stroke({ width: STAGE.lineScale, color: STAGE.border });
    }
    const hidden = placement.hidden.get('globrunq') ?? 0;
    const total = view.globrunq.length + (view.trimmed?.hidden['globrunq'] ?? 0);
    this.queueLabel.text = `Global run queue (globrunq): ${total}${hidden ? ` · showing ${total - hidden}` : ''}`;
    this.queueLabel.position.set(q.x + 8, q.y + 3);
    this.threads.draw(l.threads, view.ms);
    const live = new Set(zones.map((z) => z.key));
    for (const [k, box] of this.zoneBoxes) {
      if (!live.has(k)) {
        this.view.removeChild(box.view);
        box.view.destroy({ children: true });
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
        this.view.addChild(box.view);
      }
      box.draw(zl, z, placement.hidden, view.trimmed?.hidden);
    }
    this.stw.draw(l, view.stw);
  }
}
