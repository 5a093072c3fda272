import type { Graphics } from 'pixi.js';
import type { Point } from './motion';
import { STAGE } from './palette';
import { circleOn } from './shapes';

/** How many recent resting places of the selected goroutine its path shows. */
const TRAIL_POINTS = 12;

/**
 * The selected goroutine's ring and its path: the places it rested at since it was selected (newest last),
 * so that a steal or a hand-off can be followed after the motion is over.
 */
export class SelectionTrail {
  private points: Point[] = [];

  /** Starts a new path (a new selection), from `start` when the goroutine is on the stage. */
  reset(start?: Point): void {
    this.points = start ? [start] : [];
  }

  /** Draws the ring around `token` at `radius` and the path to it; records where it rests. */
  draw(g: Graphics, token: { position: Point; settled: boolean }, radius: number): void {
    const p = token.position;
    const last = this.points.at(-1);
    if (token.settled && (!last || Math.hypot(last.x - p.x, last.y - p.y) > 1))
      this.points = [...this.points.slice(-(TRAIL_POINTS - 1)), p];
    if (this.points.length > 1) {
      g.moveTo(this.points[0]!.x, this.points[0]!.y);
      for (const q of this.points.slice(1)) g.lineTo(q.x, q.y);
      g.lineTo(p.x, p.y).stroke({ width: 2, color: STAGE.borderActive, alpha: 0.55 });
    }
    // The theme's text colour: a white ring vanished on the light theme's white cards.
    circleOn(g, p.x, p.y, radius).stroke({ width: 3, color: STAGE.text });
  }
}
