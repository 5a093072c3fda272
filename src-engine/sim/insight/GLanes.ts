/**
 * Every goroutine's timeline lane in shared typed columns, by goroutine id.
 *
 * @remarks A run of 100 000 goroutines has 100 000 lanes of a few segments each. As {@link Lane} objects (four
 * arrays each) they were about 400 bytes and nine heap objects per goroutine, which the engine thread's
 * collector copied and marked again and again while the run grew. Here a goroutine's segments are one
 * contiguous block of the columns (so a lane is still read by index and searched by time), which moves to the
 * end with twice the room when it fills: the blocks left behind waste at most as much as the live ones hold.
 */
import { copiedInto } from './grow';
import { LaneReader } from './Lane';

/** Room of a goroutine's first block, segments (most goroutines: created, runnable, running, gone). */
const FIRST_BLOCK = 4;

export class GLanes {
  private starts = new Float64Array(4096);
  private codes = new Uint8Array(4096);
  private labels = new Int32Array(4096);
  /** Columns used so far (blocks handed out, live or left behind). */
  private used = 0;
  /** By goroutine id: its block's offset in the columns (-1: no lane), segments and room. */
  private off = new Int32Array(1024).fill(-1);
  private len = new Int32Array(1024);
  private room = new Int32Array(1024);

  /** Whether goroutine `g` has a lane. */
  has(g: number): boolean {
    return g >= 0 && g < this.off.length && (this.off[g] as number) >= 0;
  }

  /** Goroutine `g`'s lane, or undefined before its first segment. */
  lane(g: number): LaneReader | undefined {
    return this.has(g) ? new GLane(this, g) : undefined;
  }

  /** Segments of `g`'s lane (0 when none). */
  lengthOf(g: number): number {
    return this.has(g) ? (this.len[g] as number) : 0;
  }

  startOf(g: number, i: number): number {
    return this.starts[(this.off[g] as number) + i] as number;
  }

  codeOf(g: number, i: number): number {
    return this.codes[(this.off[g] as number) + i] as number;
  }

  labelOf(g: number, i: number): number {
    return this.labels[(this.off[g] as number) + i] as number;
  }

  /**
   * Goroutine `g` is in state `code` (with `label`) from `tNs` on. As {@link Lane.set}: equal consecutive
   * states merge, a change at the same time replaces the last one (merging back into the one before).
   */
  set(g: number, tNs: number, code: number, label: number): void {
    if (!this.has(g)) this.open(g);
    const n = this.len[g] as number;
    const o = this.off[g] as number;
    if (n > 0) {
      const last = o + n - 1;
      if (this.codes[last] === code && this.labels[last] === label) return;
      if (this.starts[last] === tNs) {
        this.codes[last] = code;
        this.labels[last] = label;
        if (n > 1 && this.codes[last - 1] === code && this.labels[last - 1] === label) this.len[g] = n - 1;
        return;
      }
    }
    if (n === this.room[g]) this.move(g, n * 2);
    const at = (this.off[g] as number) + n;
    this.starts[at] = tNs;
    this.codes[at] = code;
    this.labels[at] = label;
    this.len[g] = n + 1;
  }

  /** Gives `g` an empty first block. */
  private open(g: number): void {
    if (g >= this.off.length) this.growIds(g + 1);
    this.off[g] = this.take(FIRST_BLOCK);
    this.len[g] = 0;
    this.room[g] = FIRST_BLOCK;
  }

  /** Moves `g`'s segments to a new block of `room` at the end. */
  private move(g: number, room: number): void {
    const to = this.take(room);
    const from = this.off[g] as number;
    const n = this.len[g] as number;
    this.starts.copyWithin(to, from, from + n);
    this.codes.copyWithin(to, from, from + n);
    this.labels.copyWithin(to, from, from + n);
    this.off[g] = to;
    this.room[g] = room;
  }

  /** Hands out `n` columns at the end, growing the columns when needed. */
  private take(n: number): number {
    const at = this.used;
    if (at + n > this.starts.length) {
      const cap = Math.max(this.starts.length * 2, at + n);
      this.starts = copiedInto(this.starts, new Float64Array(cap));
      this.codes = copiedInto(this.codes, new Uint8Array(cap));
      this.labels = copiedInto(this.labels, new Int32Array(cap));
    }
    this.used = at + n;
    return at;
  }

  private growIds(atLeast: number): void {
    const cap = Math.max(this.off.length * 2, atLeast);
    const off = new Int32Array(cap).fill(-1);
    off.set(this.off);
    this.off = off;
    this.len = copiedInto(this.len, new Int32Array(cap));
    this.room = copiedInto(this.room, new Int32Array(cap));
  }
}

/** One goroutine's lane, read from the shared columns (its segments' goroutine is always itself). */
class GLane extends LaneReader {
  constructor(
    private readonly lanes: GLanes,
    private readonly g: number,
  ) {
    super();
  }

  get length(): number {
    return this.lanes.lengthOf(this.g);
  }

  startAt(i: number): number {
    return this.lanes.startOf(this.g, i);
  }

  codeAt(i: number): number {
    return this.lanes.codeOf(this.g, i);
  }

  gAt(): number {
    return this.g;
  }

  labelAt(i: number): number {
    return this.lanes.labelOf(this.g, i);
  }
}
