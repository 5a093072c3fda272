/**
 * A set of goids listed in insertion order, emptied by `take`: the Gs whose view may have changed since the
 * last keyframe. Typed arrays reused across keyframes, so listing a G allocates nothing.
 */
export class GoidSet {
  private list: Int32Array = new Int32Array(1024);
  private n = 0;
  /** 1 for goids in the list, by goid. */
  private mark: Uint8Array = new Uint8Array(1024);

  /** Lists goid `g` (once until the next {@link GoidSet.take}). */
  add(g: number): void {
    if (g >= this.mark.length) this.mark = grownTo(this.mark, g);
    if (this.mark[g] === 1) return;
    this.mark[g] = 1;
    if (this.n === this.list.length) {
      const bigger = new Int32Array(2 * this.list.length);
      bigger.set(this.list);
      this.list = bigger;
    }
    this.list[this.n++] = g;
  }

  /**
   * The goids listed since the previous call (each once), and starts a new list. The result is a view of a
   * reused buffer: read it before the next {@link GoidSet.add}.
   */
  take(): Int32Array {
    const out = this.list.subarray(0, this.n);
    for (const id of out) this.mark[id] = 0;
    this.n = 0;
    return out;
  }
}

/** A copy of `a` long enough to index `i`. */
function grownTo(a: Uint8Array, i: number): Uint8Array {
  let n = a.length;
  while (n <= i) n *= 2;
  const b = new Uint8Array(n);
  b.set(a);
  return b;
}
