import type { Graphics } from 'pixi.js';
import type { SchedEvent } from '../../src-engine/sim/events';
import { EMPHASIS_COLORS, emphasesOf, type Emphasis } from './emphasis';
import type { StageLayout } from './layout';
import type { Point } from './motion';

/** How long a steal, hand-off or preemption stays highlighted, ms of wall time. */
export const FLASH_MS = 900;

/** The stage's brief highlights: a fading ring on the P card and around the goroutine involved. */
export class Flashes {
  private active: { e: Emphasis; until: number }[] = [];

  /** Starts a highlight for every steal, hand-off and preemption in `events`. */
  add(events: readonly SchedEvent[], nowMs: number): void {
    for (const e of emphasesOf(events)) this.active.push({ e, until: nowMs + FLASH_MS });
  }

  /** Draws the live highlights into `g`; returns their kinds (published for tests). */
  draw(g: Graphics, l: StageLayout, tokenAt: (id: number) => Point | undefined, nowMs: number): string[] {
    this.active = this.active.filter((f) => f.until > nowMs);
    for (const { e, until } of this.active) {
      const alpha = Math.min(1, (until - nowMs) / FLASH_MS);
      const color = EMPHASIS_COLORS[e.kind];
      const card = e.p === undefined ? undefined : l.ps[e.p];
      if (card)
        g.roundRect(card.x - 3, card.y - 3, card.w + 6, card.h + 6, 10).stroke({ width: 4, color, alpha });
      const t = e.g === undefined ? undefined : tokenAt(e.g);
      if (t) g.circle(t.x, t.y, l.token + 9).stroke({ width: 3, color, alpha });
    }
    return this.active.map((f) => f.e.kind);
  }
}
