/**
 * What the stage draws over the cards and under the tokens, anew at each virtual time: the fading highlight
 * rings of steals, hand-offs and preemptions ({@link Flashes}) and the selected goroutine's path.
 */
import { Container, Graphics } from 'pixi.js';
import type { SchedEvent } from '../../src-engine/sim/events';
import { FlashLayer } from './FlashLayer';
import { Flashes } from './Flashes';
import type { StageLayout } from './layout';
import { SelectionTrail } from './SelectionTrail';
import type { Token } from './Token';

export class StageOverlay {
  /** The overlay's render group: a ring fading or the path growing rebuilds nothing else. */
  readonly view = new Container();
  private readonly flashes = new Flashes();
  private readonly flashLayer = new FlashLayer();
  private readonly path = new Graphics();
  /** Recent places of the selected goroutine, oldest first: its path on the stage. */
  private readonly trail = new SelectionTrail();
  /** Whether {@link path} holds a path (else it is left empty, with nothing to clear). */
  private pathDrawn = false;

  constructor() {
    this.view.isRenderGroup = true;
    this.view.addChild(this.flashLayer.view, this.path);
  }

  /** Virtual time the last highlight ends, ns (-Infinity with none). */
  get endsNs(): number {
    return this.flashes.endsNs;
  }

  /** Forgets every highlight (a jump: load, seek). */
  clear(): void {
    this.flashes.clear();
  }

  /**
   * Highlights the steals, hand-offs and preemptions among `events` for `durationNs` each (from `startNs` when
   * given), and forgets those over before `pruneBeforeNs`.
   */
  highlight(
    events: readonly SchedEvent[],
    durationNs: number,
    startNs: number | undefined,
    pruneBeforeNs: number,
  ): void {
    this.flashes.add(events, durationNs, startNs);
    this.flashes.prune(pruneBeforeNs);
  }

  /** A new selection's path starts here (or nowhere: no selection, or its goroutine not drawn). */
  startPath(at?: { x: number; y: number }): void {
    this.trail.reset(at);
  }

  /**
   * Draws the rings live at virtual time `tNs` around the cards of `layout` and the tokens `tokenAt` finds, and
   * the path of `selected` (the selected goroutine's token, if drawn). Returns the kinds of highlight shown.
   */
  draw(
    tNs: number,
    layout: StageLayout | undefined,
    tokenAt: (id: number) => Token | undefined,
    selected: Token | undefined,
  ): string[] {
    let kinds: string[] = [];
    if (layout) {
      const lit = this.flashes.rings(
        layout,
        (id) => {
          const t = tokenAt(id);
          return t && { ...t.position, radius: t.drawnRadius };
        },
        tNs,
      );
      this.flashLayer.draw(lit.rings);
      kinds = lit.kinds;
    }
    // The selection's path is the only geometry drawn anew each frame, and only while there is a selection.
    if (selected === undefined && !this.pathDrawn) return kinds;
    this.path.clear();
    this.pathDrawn = selected !== undefined;
    if (selected) this.trail.draw(this.path, selected, (layout?.token ?? 10) + 5);
    return kinds;
  }

  releaseAll(): void {
    this.flashLayer.releaseAll();
  }
}
