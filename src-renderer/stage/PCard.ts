import { BitmapText, Container, Graphics } from 'pixi.js';
import type { PView } from '../../src-engine/sim/WorldView';
import type { PCardLayout } from './layout';
import { STAGE } from './palette';

const textStyle = (size: number, fill: number) => ({
  fill,
  fontSize: size,
  fontFamily: 'system-ui, sans-serif',
});

/**
 * One P drawn as a card: its id and the M holding it, its status, the running slot, the `runnext` slot
 * and the local run queue area.
 */
export class PCard {
  readonly view = new Container();
  private readonly frame = new Graphics();
  private readonly title = new BitmapText({ text: '', style: textStyle(12, STAGE.text) });
  private readonly status = new BitmapText({ text: '', style: textStyle(10, STAGE.muted) });
  private key = '';

  constructor() {
    this.view.addChild(this.frame, this.title, this.status);
  }

  /** Redraws for a layout and a P state; cheap when neither changed. */
  /** `hidden`: goroutines not drawn, by place; `unsent`: of those, how many a trimmed view left out. */
  draw(
    l: PCardLayout,
    p: PView | undefined,
    token: number,
    hidden: ReadonlyMap<string, number>,
    unsent: Readonly<Record<string, number>> = {},
  ): void {
    const running = p?.status === '_Prunning';
    const more = hidden.get(`runq(P${l.id})`) ?? 0;
    const runqLen = (p?.runq.length ?? 0) + (unsent[`runq(P${l.id})`] ?? 0);
    const key = `${l.x},${l.y},${l.w},${l.h},${p?.status},${p?.m},${runqLen},${more},${STAGE.background},${STAGE.fontScale}`;
    if (key === this.key) return;
    this.key = key;
    const small = l.h < 60 || l.w < 80;
    this.frame
      .clear()
      .roundRect(l.x, l.y, l.w, l.h, Math.min(8, l.w / 10))
      .fill({ color: running ? STAGE.card : STAGE.cardIdle })
      .stroke({
        width: (running ? 2 : 1) * STAGE.lineScale,
        color: running ? STAGE.borderActive : STAGE.border,
      });
    if (!small) {
      this.frame
        .circle(l.runSlot.x, l.runSlot.y, token + 4)
        .stroke({ width: STAGE.lineScale, color: STAGE.border, alpha: 0.9 });
      this.frame
        .circle(l.runnextSlot.x, l.runnextSlot.y, token + 3)
        .stroke({ width: STAGE.lineScale, color: STAGE.border, alpha: 0.6 });
      this.frame
        .roundRect(l.runq.x, l.runq.y, l.runq.w, l.runq.h, 4)
        .stroke({ width: STAGE.lineScale, color: STAGE.border, alpha: 0.6 });
      this.frame
        .roundRect(l.timers.x, l.timers.y, l.timers.w, l.timers.h, 4)
        .stroke({ width: STAGE.lineScale, color: STAGE.border, alpha: 0.35 });
    }
    const size = Math.max(7, Math.min(13, l.h / 7, l.w / 8));
    this.title.style.fontSize = size * STAGE.fontScale;
    this.title.text = `P${l.id}${p?.m !== null && p?.m !== undefined ? ` · M${p.m}` : ''}`;
    this.title.position.set(l.x + 6, l.y + 4);
    this.status.visible = !small;
    this.status.style.fontSize = Math.max(7, size - 2) * STAGE.fontScale;
    const queued = p ? runqLen + (p.runnext !== null ? 1 : 0) : 0;
    this.status.text = `${p?.status ?? ''}${queued ? ` · runq ${runqLen}${more ? ` (${more} not drawn)` : ''}` : ''}`;
    this.status.position.set(l.x + 6, l.y + 6 + size);
  }
}
