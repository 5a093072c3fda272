import { Container, Graphics } from 'pixi.js';
import { stageLabel, type StageLabel } from './labels';
import type { MView } from '../../src-engine/sim/WorldView';
import type { Rect } from './layout';
import { fontPx, STAGE, textGrowth } from './palette';
import { roundRectOn } from './shapes';
import { CHIP_W, chipText, countByState, M_COLORS } from './threadChips';

/**
 * The threads strip: one chip per M (OS thread) in id order, coloured and labelled by state, so a
 * spinning M, a thread parked in a syscall, the netpoll M and sysmon are visible even without a P. When
 * more Ms exist than fit, the rest are summarised by state.
 */
export class ThreadStrip {
  readonly view = new Container();
  private readonly chips = new Graphics();
  private readonly labels: StageLabel[] = [];
  private readonly summary = stageLabel({
    text: '',
    style: { fill: STAGE.muted, fontSize: 10, fontFamily: 'system-ui, sans-serif' },
  });
  private key = '';

  constructor() {
    // A render group of its own: a label or count changing here rebuilds this one's draws, not the whole
    // chrome's (each text change on Canvas 2D asks for a rebuild of its group; see canvasTextPipe.ts).
    this.view.isRenderGroup = true;
    this.view.addChild(this.chips, this.summary);
  }

  draw(r: Rect, ms: readonly MView[]): void {
    const key = `${STAGE.background},${STAGE.fontScale}|${r.x},${r.y},${r.w}|${ms.map((m) => `${m.id}:${m.state}:${m.p}`).join(',')}`;
    if (key === this.key) return;
    this.key = key;
    const chipW = CHIP_W * textGrowth();
    const fit = Math.max(0, Math.floor((r.w - 180) / (chipW + 4)));
    const shown = ms.length <= fit + 1 ? ms : ms.slice(0, fit);
    this.chips.clear();
    shown.forEach((m, i) => {
      const x = r.x + i * (chipW + 4);
      roundRectOn(this.chips, x, r.y, chipW, r.h, 4)
        .fill({ color: M_COLORS[m.state], alpha: 0.25 })
        .stroke({ width: STAGE.lineScale, color: M_COLORS[m.state] });
      let label = this.labels[i];
      if (!label) {
        label = stageLabel({
          text: '',
          style: { fill: STAGE.text, fontSize: 10, fontFamily: 'system-ui, sans-serif' },
        });
        this.labels.push(label);
        this.view.addChild(label);
      }
      label.visible = true;
      label.text = chipText(m);
      label.style.fontSize = fontPx(10);
      label.position.set(x + 5, r.y + (r.h - label.height) / 2);
    });
    for (let i = shown.length; i < this.labels.length; i++) this.labels[i]!.visible = false;
    const rest = ms.slice(shown.length);
    this.summary.style.fontSize = fontPx(10);
    this.summary.text = `${ms.length} Ms${rest.length ? ` (+${rest.length}: ${countByState(rest)})` : ''}`;
    this.summary.position.set(r.x + shown.length * (chipW + 4) + 4, r.y + (r.h - this.summary.height) / 2);
  }
}
