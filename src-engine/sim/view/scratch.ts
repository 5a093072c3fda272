/**
 * Typed arrays that a view pass reuses from one call to the next instead of allocating. At 100 000 goroutines a
 * wire view needs a few MB of columns every 66 ms; fresh arrays come from memory the kernel must zero page by
 * page on first touch, which cost more than the whole pass reading the goroutines.
 *
 * @remarks What a caller takes holds whatever the last caller left: it must write every element it reads (or
 * {@link Scratch.takeZeroed}). Nothing taken may outlive the call that took it, since the next call gets the same
 * memory. The buffer only grows, to the largest size asked for on this thread.
 */
export class Scratch<T extends Float64Array | Int32Array | Uint8Array> {
  private buf: T;

  constructor(private readonly make: (length: number) => T) {
    this.buf = make(0);
  }

  /** `length` elements, not cleared. */
  take(length: number): T {
    if (this.buf.length < length) this.buf = this.make(Math.max(length, this.buf.length * 2));
    return this.buf.subarray(0, length) as T;
  }

  /** `length` elements, all 0. */
  takeZeroed(length: number): T {
    const a = this.take(length);
    a.fill(0);
    return a;
  }
}
