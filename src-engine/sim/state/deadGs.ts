/**
 * The goroutines that have exited, in typed-array columns by goid.
 *
 * @remarks
 * Goids are never reused and a dead G never changes again, so once a G exits the engine drops its
 * {@link GState} record (about 300 bytes with its body) and keeps here only what its view shows: the `order`
 * and the line of its last event (status `_Gdead`, location `dead`). A run of 1 000 000 short-lived goroutines
 * then holds 9 bytes per dead goroutine instead of a full record each.
 */
import type { GState } from './types';

export class DeadGs {
  private mark = new Uint8Array(1024);
  private orders = new Int32Array(1024);
  private lines = new Int32Array(1024);

  /** Records `g`, which has just moved to `dead`. */
  add(g: GState): void {
    const id = g.id;
    if (id >= this.mark.length) this.grow(id);
    this.mark[id] = 1;
    this.orders[id] = g.order;
    this.lines[id] = g.evLine > 0 ? g.evLine : 0;
  }

  /** Whether goroutine `id` has exited (and its record was dropped). */
  has(id: number): boolean {
    return this.mark[id] === 1;
  }

  /** `GView.order` of dead goroutine `id`. */
  order(id: number): number {
    return this.orders[id] as number;
  }

  /** Line of dead goroutine `id`'s last event (0 = unknown). */
  line(id: number): number {
    return this.lines[id] as number;
  }

  /** One past the largest goid that may be recorded. */
  get bound(): number {
    return this.mark.length;
  }

  private grow(id: number): void {
    let n = this.mark.length;
    while (n <= id) n *= 2;
    const mark = new Uint8Array(n);
    mark.set(this.mark);
    const orders = new Int32Array(n);
    orders.set(this.orders);
    const lines = new Int32Array(n);
    lines.set(this.lines);
    this.mark = mark;
    this.orders = orders;
    this.lines = lines;
  }
}
