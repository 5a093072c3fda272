import { Container, Graphics, GraphicsContext } from 'pixi.js';
import type { Ring } from './Flashes';
import { circleOn, currentCurves, roundRectOn } from './shapes';
import { SharedContexts, SharedLook } from './sharedContexts';

/** Ring geometry by shape (card size or token radius) and colour, shared by every ring of that look. */
const RINGS = new SharedContexts();

/** A ring on the layer: its shape, and its hold on the shared geometry it shows. */
interface Shown {
  readonly g: Graphics;
  readonly look: SharedLook;
}

/**
 * The highlight rings ({@link Ring}), each a `Graphics` showing shared geometry, placed and faded with its
 * position and `alpha`. A frame in which highlights only fade or follow their token changes no geometry at all:
 * drawing them anew into one `Graphics` every frame re-tessellated and uploaded tens of thousands of indices a
 * frame at 100 000 goroutines.
 */
export class FlashLayer {
  readonly view = new Container();
  private readonly shown = new Map<string, Shown>();
  private readonly free: Shown[] = [];

  /** The rings' shapes in drawing order, as of the last {@link draw}. */
  private order: Graphics[] = [];

  /**
   * Shows exactly `rings` (their alpha and place as given), drawn in their order (later over earlier), so the
   * picture depends on the rings alone, not on which were shown before.
   */
  draw(rings: readonly Ring[]): void {
    const keep = new Set<string>();
    const order: Graphics[] = [];
    for (const r of rings) {
      const key = `${r.key}/${r.card ? 'card' : 'token'}`;
      keep.add(key);
      let s = this.shown.get(key);
      if (!s) {
        s = this.free.pop() ?? { g: new Graphics(), look: new SharedLook(RINGS) };
        s.g.visible = true;
        this.view.addChild(s.g);
        this.shown.set(key, s);
      }
      order.push(s.g);
      const context = r.card
        ? s.look.use(`card|${r.card.w}|${r.card.h}|${r.color}|${currentCurves()}`, () =>
            cardRing(r.card!.w, r.card!.h, r.color),
          )
        : s.look.use(`token|${r.token!.radius}|${r.color}|${currentCurves()}`, () =>
            tokenRing(r.token!.radius, r.color),
          );
      if (context) s.g.context = context;
      if (r.card) s.g.position.set(r.card.x, r.card.y);
      else s.g.position.set(r.token!.at.x, r.token!.at.y);
      s.g.alpha = r.alpha;
    }
    for (const [key, s] of this.shown) {
      if (keep.has(key)) continue;
      this.shown.delete(key);
      s.g.visible = false;
      this.free.push(s);
    }
    // Re-stacked only when the order changed (each re-stacking rebuilds this layer's draws).
    if (order.length !== this.order.length || order.some((g, i) => g !== this.order[i]))
      for (const g of order) this.view.addChild(g);
    this.order = order;
  }

  /** Rings on screen. */
  get size(): number {
    return this.shown.size;
  }

  /** Lets every ring go of its shared geometry (the stage is being destroyed). */
  releaseAll(): void {
    for (const s of [...this.shown.values(), ...this.free]) s.look.drop();
  }
}

/** A P card's ring, 3 px outside a `w × h` card whose corner is at the origin. */
function cardRing(w: number, h: number, color: number): GraphicsContext {
  return roundRectOn(new GraphicsContext(), -3, -3, w + 6, h + 6, 10).stroke({ width: 4, color });
}

/** A token's ring of `radius` around the origin. */
function tokenRing(radius: number, color: number): GraphicsContext {
  return circleOn(new GraphicsContext(), 0, 0, radius).stroke({ width: 3, color });
}
