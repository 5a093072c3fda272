import { Container, Graphics, Text } from 'pixi.js';
import type { ZoneLayout } from './layout';
import { STAGE } from './palette';
import type { Zone } from './zones';

const style = (size: number, fill: number) => ({ fill, fontSize: size, fontFamily: 'system-ui, sans-serif' });

/** One zone drawn as a titled box with a labelled row per location (e.g. a channel's sendq and recvq). */
export class ZoneBox {
  readonly view = new Container();
  private readonly frame = new Graphics();
  private readonly title = new Text({ text: '', style: style(11, STAGE.text) });
  private readonly labels: Text[] = [];

  constructor() {
    this.view.addChild(this.frame, this.title);
  }

  draw(l: ZoneLayout, zone: Zone, hidden: ReadonlyMap<string, number>): void {
    this.frame
      .clear()
      .roundRect(l.x, l.y, l.w, l.h, 6)
      .fill({ color: STAGE.card })
      .stroke({ width: STAGE.lineScale, color: STAGE.border });
    this.title.text = zone.title;
    this.title.style.fontSize = 11 * STAGE.fontScale;
    this.title.position.set(l.x + 6, l.y + 2);
    zone.rows.forEach((row, i) => {
      const r = l.rows[i];
      if (r === undefined) return;
      let label = this.labels[i];
      if (label === undefined) {
        label = new Text({ text: '', style: style(10, STAGE.muted) });
        this.labels.push(label);
        this.view.addChild(label);
      }
      const more = hidden.get(row.loc) ?? 0;
      label.visible = true;
      label.text = `${row.label}${row.label ? ' ' : ''}${row.gs.length}${more ? ` (+${more})` : ''}`;
      label.style.fontSize = Math.max(7, Math.min(10, r.h * 0.6)) * STAGE.fontScale;
      label.position.set(l.x + 6, r.y + r.h / 2 - label.height / 2);
    });
    for (let i = zone.rows.length; i < this.labels.length; i++) this.labels[i]!.visible = false;
  }
}
