import { Container, Graphics } from 'pixi.js';
import { stageLabel, type StageLabel } from './labels';
import type { Rect, ZoneLayout } from './layout';
import { compactCount } from './headline';
import { fontPx, STAGE } from './palette';
import { roundRectOn } from './shapes';
import type { Zone } from './zones';

const style = (size: number, fill: number) => ({ fill, fontSize: size, fontFamily: 'system-ui, sans-serif' });

/** One zone drawn as a titled box with a labelled row per location (e.g. a channel's sendq and recvq). */
export class ZoneBox {
  readonly view = new Container();
  private readonly frame = new Graphics();
  private readonly title = stageLabel({ text: '', style: style(11, STAGE.text) });
  private readonly labels: StageLabel[] = [];
  private key = '';

  constructor() {
    // A render group of its own: a label or count changing here rebuilds this one's draws, not the whole
    // chrome's (each text change on Canvas 2D asks for a rebuild of its group; see canvasTextPipe.ts).
    this.view.isRenderGroup = true;
    this.view.addChild(this.frame, this.title);
  }

  /** `hidden`: goroutines not drawn, by place; `unsent`: of those, how many a trimmed view left out. */
  draw(
    l: ZoneLayout,
    zone: Zone,
    hidden: ReadonlyMap<string, number>,
    unsent: Readonly<Record<string, number>> = {},
  ): void {
    // The frame (and a buffer's slots) are geometry: rebuilt only when they change, since every rebuild is a
    // buffer upload to the GPU.
    const b = zone.buffer;
    const key = `${l.x},${l.y},${l.w},${l.h},${l.rows.map((r) => `${r.y},${r.h}`).join(';')},${b?.len},${b?.cap},${b?.closed},${STAGE.background}`;
    const redraw = key !== this.key;
    this.key = key;
    if (redraw)
      roundRectOn(this.frame.clear(), l.x, l.y, l.w, l.h, 6)
        .fill({ color: STAGE.card })
        .stroke({ width: STAGE.lineScale, color: STAGE.border });
    this.title.text = zone.title;
    this.title.style.fontSize = fontPx(11);
    this.title.position.set(l.x + 6, l.y + 2);
    zone.rows.forEach((row, i) => {
      const r = l.rows[i];
      if (r === undefined) return;
      let label = this.labels[i];
      if (label === undefined) {
        label = stageLabel({ text: '', style: style(10, STAGE.muted) });
        this.labels.push(label);
        this.view.addChild(label);
      }
      const more = hidden.get(row.loc) ?? 0;
      label.visible = true;
      if (zone.buffer !== undefined && row.loc.startsWith('buf(')) {
        label.text = `buf ${zone.buffer.len}/${zone.buffer.cap}`;
        if (redraw) drawBuffer(this.frame, r, zone.buffer.len, zone.buffer.cap, zone.buffer.closed);
      } else if (row.selecting !== undefined) {
        const ids = row.selecting.slice(0, 6).map((id) => `G${id}`);
        const more = row.selecting.length - ids.length;
        label.text = `select: ${ids.join(' ')}${more > 0 ? ` +${more}` : ''} (token in its select box)`;
      } else {
        // The count only: the tokens show the head of the queue, the headline says how many are drawn.
        const n = row.gs.length + (unsent[row.loc] ?? 0);
        label.text = `${row.label}${row.label ? ' ' : ''}${compactCount(n)}${more ? '+' : ''}`;
      }
      label.style.fontSize = fontPx(Math.max(7, Math.min(10, r.h * 0.6)));
      label.position.set(l.x + 6, r.y + r.h / 2 - label.height / 2);
    });
    for (let i = zone.rows.length; i < this.labels.length; i++) this.labels[i]!.visible = false;
  }
}

/** Widest a buffer slot is drawn, px; below {@link MIN_SLOT} the buffer is drawn as a fill bar instead. */
const MAX_SLOT = 18;
const MIN_SLOT = 5;

/**
 * A channel's ring buffer: one square per slot with the first `len` filled (values leave from the left), or,
 * when the slots would be too small to see, one bar filled in proportion.
 */
function drawBuffer(g: Graphics, r: Rect, len: number, cap: number, closed: boolean): void {
  const h = Math.max(3, Math.min(r.h * 0.7, MAX_SLOT));
  const y = r.y + (r.h - h) / 2;
  const slot = Math.min(MAX_SLOT, (r.w - 4) / cap);
  const fill = closed ? STAGE.muted : STAGE.borderActive;
  if (slot >= MIN_SLOT) {
    for (let i = 0; i < cap; i++) {
      const x = r.x + 2 + i * slot;
      g.rect(x, y, slot - 2, h).stroke({ width: STAGE.lineScale, color: STAGE.border });
      if (i < len) g.rect(x + 1.5, y + 1.5, slot - 5, h - 3).fill({ color: fill });
    }
    return;
  }
  const w = r.w - 4;
  g.rect(r.x + 2, y, w, h).stroke({ width: STAGE.lineScale, color: STAGE.border });
  if (len > 0) g.rect(r.x + 3, y + 1, Math.max(1, ((w - 2) * len) / cap), h - 2).fill({ color: fill });
}
