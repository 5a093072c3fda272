/** Growable typed arrays (doubling): compact columns for the insight index. */

export class GrowF64 {
  private a = new Float64Array(1024);
  private n = 0;
  get length(): number {
    return this.n;
  }
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Float64Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  get(i: number): number {
    return this.a[i] as number;
  }
  set(i: number, v: number): void {
    this.a[i] = v;
  }
  /** A copy of the first `length` values. */
  toArray(): Float64Array {
    return this.a.slice(0, this.n);
  }
}

export class GrowI32 {
  private a = new Int32Array(1024);
  private n = 0;
  get length(): number {
    return this.n;
  }
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  get(i: number): number {
    return this.a[i] as number;
  }
  set(i: number, v: number): void {
    this.a[i] = v;
  }
  /** The backing array (valid up to `length`; replaced when it grows). */
  get raw(): Int32Array {
    return this.a;
  }
}

/** `to` (a longer column) holding `from`'s values first: a column grown by hand. */
export function copiedInto<T extends Float64Array | Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
