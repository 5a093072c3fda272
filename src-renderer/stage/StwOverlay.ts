import { Container, Graphics, Text } from 'pixi.js';
import type { StwView } from '../../src-engine/sim/WorldView';
import type { StageLayout } from './layout';
import { fontPx, STAGE } from './palette';

/** What the overlay says: stopping while Ps still run, stopped once every P is parked in `_Pgcstop`. */
export function stwCaption(stw: StwView): string {
  const why = stw.reason.replace(/^stop the world /, '');
  return stw.stopped
    ? `World stopped ${why}: every P in _Pgcstop; only M${stw.m} runs`
    : `Stopping the world ${why}: M${stw.m} waits for every P to park`;
}

/**
 * The stop-the-world overlay: a veil over the P cards with a caption, from `stopTheWorldWithSema` until
 * `startTheWorldWithSema` (the view's `stw`). The cards stay visible under it, so Ps reaching `_Pgcstop`
 * one by one can be watched.
 */
export class StwOverlay {
  readonly view = new Container();
  private readonly veil = new Graphics();
  private readonly caption = new Text({
    text: '',
    style: { fill: STAGE.text, fontSize: 14, fontFamily: 'system-ui, sans-serif', fontWeight: '600' },
  });
  private key = '';

  constructor() {
    this.view.addChild(this.veil, this.caption);
    this.view.visible = false;
    this.view.eventMode = 'none';
  }

  draw(l: StageLayout, stw: StwView | null): void {
    const first = l.ps[0];
    const last = l.ps[l.ps.length - 1];
    const key =
      stw === null || !first || !last ? '' : `${stwCaption(stw)}/${l.width}x${l.height}/${l.ps.length}`;
    if (key === this.key) return;
    this.key = key;
    this.view.visible = key !== '';
    if (stw === null || !first || !last) return;
    const x = first.x - 4;
    const y = first.y - 4;
    const w = Math.max(...l.ps.map((p) => p.x + p.w)) - x + 4;
    const h = last.y + last.h - y + 4;
    this.veil
      .clear()
      .roundRect(x, y, w, h, 10)
      .fill({ color: STAGE.background, alpha: stw.stopped ? 0.55 : 0.3 })
      .stroke({ width: 3 * STAGE.lineScale, color: STAGE.borderActive, alpha: 0.9 });
    this.caption.text = stwCaption(stw);
    this.caption.style.fill = STAGE.text;
    this.caption.style.fontSize = fontPx(Math.max(10, Math.min(16, w / 40)));
    this.caption.style.wordWrap = true;
    this.caption.style.wordWrapWidth = Math.max(60, w - 24);
    this.caption.position.set(x + w / 2 - this.caption.width / 2, y + h / 2 - this.caption.height / 2);
    const pad = 6;
    this.veil
      .roundRect(
        this.caption.x - pad,
        this.caption.y - pad,
        this.caption.width + 2 * pad,
        this.caption.height + 2 * pad,
        6,
      )
      .fill({ color: STAGE.card, alpha: 0.92 });
  }
}
