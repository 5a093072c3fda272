import { Container, Graphics } from 'pixi.js';
import { stageLabel, type StageLabel } from './labels';
import type { PView } from '../../src-engine/sim/WorldView';
import type { PCardLayout } from './layout';
import { fontPx, STAGE } from './palette';
import { circleOn, roundRectOn } from './shapes';

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
  private readonly title = stageLabel({ text: '', style: textStyle(12, STAGE.text) });
  private readonly status = stageLabel({ text: '', style: textStyle(10, STAGE.muted) });
  /** Labels of the places on the card, drawn where the places are. */
  private readonly runLabel = slotLabel('running', 0.5);
  private readonly nextLabel = slotLabel('runnext', 0.5);
  private readonly runqLabel = slotLabel('', 0);
  private readonly timersLabel = slotLabel('timers', 1);
  private key = '';
  /** What the frame's geometry was last built for. */
  private frameKey = '';

  constructor() {
    // A render group of its own: a label or count changing here rebuilds this one's draws, not the whole
    // chrome's (each text change on Canvas 2D asks for a rebuild of its group; see canvasTextPipe.ts).
    this.view.isRenderGroup = true;
    this.view.addChild(
      this.frame,
      this.title,
      this.status,
      this.runLabel,
      this.nextLabel,
      this.runqLabel,
      this.timersLabel,
    );
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
    const layoutKey = `${l.x},${l.y},${l.w},${l.h},${token},${STAGE.background},${STAGE.fontScale}`;
    const key = `${layoutKey},${p?.status},${p?.m},${runqLen},${more}`;
    if (key === this.key) return;
    this.key = key;
    const small = l.h < 60 || l.w < 80;
    // The frame is geometry (a rebuild re-tessellates and uploads it): only its size, place and whether the P
    // runs change it, not the counts that change every frame of a busy run.
    const frameKey = `${layoutKey},${running}`;
    if (frameKey !== this.frameKey) {
      this.frameKey = frameKey;
      this.drawFrame(l, running, small, token);
    }
    const size = Math.max(7, Math.min(13, l.h / 7, l.w / 8));
    this.title.style.fontSize = fontPx(size);
    this.title.text = `P${l.id}${p?.m !== null && p?.m !== undefined ? ` · M${p.m}` : ''}`;
    this.title.position.set(l.x + 6, l.y + 4);
    this.status.visible = !small;
    this.status.style.fontSize = fontPx(Math.max(7, size - 2));
    this.status.text = `${p?.status ?? ''}`;
    this.status.position.set(l.x + 6, l.y + 6 + fontPx(size));
    // The places, labelled where they are drawn (runq with its fill of the ring's 256 slots).
    const labelSize = fontPx(Math.max(7, Math.min(10, l.h / 14)));
    const roomy = !small && l.runq.y - (l.runSlot.y + token + 4) >= 2 * labelSize + 4;
    for (const label of [this.runLabel, this.nextLabel, this.runqLabel, this.timersLabel]) {
      label.visible = roomy;
      label.style.fontSize = labelSize;
    }
    this.runqLabel.visible = !small;
    this.runqLabel.style.fontSize = labelSize;
    this.runqLabel.text = `runq ${runqLen}/${RUNQ_SIZE}${more ? ` (${more} not drawn)` : ''}`;
    if (roomy) {
      this.runLabel.position.set(l.runSlot.x, l.runSlot.y + token + 5);
      this.nextLabel.position.set(l.runnextSlot.x, l.runnextSlot.y + token + 4);
      this.runqLabel.position.set(l.runq.x, l.runq.y - labelSize - 3);
      this.timersLabel.position.set(l.timers.x + l.timers.w - 4, l.timers.y + (l.timers.h - labelSize) / 2);
    } else this.runqLabel.position.set(l.x + 6, l.y + 8 + fontPx(size) + labelSize);
  }
  private drawFrame(l: PCardLayout, running: boolean, small: boolean, token: number): void {
    roundRectOn(this.frame.clear(), l.x, l.y, l.w, l.h, Math.min(8, l.w / 10))
      .fill({ color: running ? STAGE.card : STAGE.cardIdle })
      .stroke({
        width: (running ? 2 : 1) * STAGE.lineScale,
        color: running ? STAGE.borderActive : STAGE.border,
      });
    if (small) return;
    circleOn(this.frame, l.runSlot.x, l.runSlot.y, token + 4).stroke({
      width: STAGE.lineScale,
      color: STAGE.border,
      alpha: 0.9,
    });
    circleOn(this.frame, l.runnextSlot.x, l.runnextSlot.y, token + 3).stroke({
      width: STAGE.lineScale,
      color: STAGE.border,
      alpha: 0.6,
    });
    roundRectOn(this.frame, l.runq.x, l.runq.y, l.runq.w, l.runq.h, 4).stroke({
      width: STAGE.lineScale,
      color: STAGE.border,
      alpha: 0.6,
    });
    roundRectOn(this.frame, l.timers.x, l.timers.y, l.timers.w, l.timers.h, 4).stroke({
      width: STAGE.lineScale,
      color: STAGE.border,
      alpha: 0.35,
    });
  }
}

/** Length of a P's local run queue ring (runtime.p.runq), the denominator of the fill shown. */
const RUNQ_SIZE = 256;

/** A muted label anchored at its top, horizontally at `ax` (0 left, 0.5 centre, 1 right). */
function slotLabel(text: string, ax: number): StageLabel {
  const label = stageLabel({ text, style: textStyle(10, STAGE.muted) });
  label.anchor.set(ax, 0);
  return label;
}
