import type { Graphics } from 'pixi.js';
import type { SchedEvent } from '../../src-engine/sim/events';
import { EMPHASIS_COLORS, emphasesOf, type Emphasis } from './emphasis';
import type { StageLayout } from './layout';
import type { Point } from './motion';

/** How long a steal, hand-off or preemption stays highlighted, ms of wall (or video) time at the pace drawn. */
export const FLASH_MS = 900;

/**
 * The stage's brief highlights: a fading ring on the P card and around the goroutine involved. Each lives on
 * the virtual clock, from its event's time for a given span, so what is drawn at a virtual time depends on
 * that time alone.
 */
export class Flashes {
  private active: { e: Emphasis; startNs: number; endNs: number }[] = [];

  /**
   * Starts a highlight for every steal, hand-off and preemption in `events`, lasting `durationNs` from the
   * event's own time (or from `startNs` when given: the live player's paused steps).
   */
  add(events: readonly SchedEvent[], durationNs: number, startNs?: number): void {
    if (durationNs <= 0) return;
    for (const ev of events) {
      const t = startNs ?? ev.t;
      for (const e of emphasesOf([ev])) this.active.push({ e, startNs: t, endNs: t + durationNs });
    }
  }

  /** Forgets every highlight (a jump: load, seek). */
  clear(): void {
    this.active = [];
  }

  /** Virtual time the last highlight ends, ns (-Infinity with none). */
  get endsNs(): number {
    let end = -Infinity;
    for (const f of this.active) end = Math.max(end, f.endNs);
    return end;
  }

  /** Forgets the highlights over by virtual time `tNs` (the clock only goes forwards between jumps). */
  prune(tNs: number): void {
    if (this.active.some((f) => f.endNs <= tNs)) this.active = this.active.filter((f) => f.endNs > tNs);
  }

  /** Draws the highlights live at virtual time `tNs` into `g`; returns their kinds (published for tests). */
  draw(g: Graphics, l: StageLayout, tokenAt: (id: number) => Point | undefined, tNs: number): string[] {
    const kinds: string[] = [];
    for (const { e, startNs, endNs } of this.active) {
      if (tNs < startNs || tNs >= endNs) continue;
      kinds.push(e.kind);
      const alpha = Math.min(1, (endNs - tNs) / (endNs - startNs));
      const color = EMPHASIS_COLORS[e.kind];
      const card = e.p === undefined ? undefined : l.ps[e.p];
      if (card)
        g.roundRect(card.x - 3, card.y - 3, card.w + 6, card.h + 6, 10).stroke({ width: 4, color, alpha });
      const t = e.g === undefined ? undefined : tokenAt(e.g);
      if (t) g.circle(t.x, t.y, l.token + 9).stroke({ width: 3, color, alpha });
    }
    return kinds;
  }
}
