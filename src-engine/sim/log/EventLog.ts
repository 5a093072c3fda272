/**
 * Columnar, append-only scheduler event log: typed-array columns in fixed-size chunks plus interned strings.
 *
 * @remarks
 * About 46 bytes per event (t 8, kind 1, g 4, p 2, m 4, from 4, to 4, reason 4, fn 2, at 1, arg 8, line 4).
 * `arg` is a float64 so that it can carry a time in ns (a sleeping goroutine's wake time) exactly.
 * Chunks never move once allocated, so appending never copies old events and memory overshoot is at most one
 * chunk. {@link SchedEvent} objects are materialised on demand by {@link EventLog.get}.
 */
import type { SchedEvent } from '../events';
import { objectArray } from '../util/arrays';
import { Interner } from './Interner';

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;
/** `arg` value meaning "none". */
export const NO_ARG = -2147483648;

class Chunk {
  readonly t = new Float64Array(CHUNK);
  readonly kind = new Uint8Array(CHUNK);
  readonly g = new Int32Array(CHUNK);
  readonly p = new Int16Array(CHUNK);
  readonly m = new Int32Array(CHUNK);
  readonly from = new Int32Array(CHUNK);
  readonly to = new Int32Array(CHUNK);
  readonly reason = new Int32Array(CHUNK);
  readonly fn = new Uint16Array(CHUNK);
  readonly at = new Int8Array(CHUNK);
  readonly arg = new Float64Array(CHUNK);
  readonly line = new Int32Array(CHUNK);
}

/** One event's columns as numbers (see {@link EventLog.raw}); -1 / {@link NO_ARG} / 0 mean absent. */
export interface RawEvent {
  t: number;
  kind: number;
  g: number;
  p: number;
  m: number;
  from: number;
  to: number;
  reason: number;
  at: number;
  arg: number;
  line: number;
}

/** Position flag values for {@link EventLog.push}'s `at`. */
export const AT_NONE = 0;
export const AT_HEAD = 1;
export const AT_TAIL = 2;

export class EventLog {
  /** Interned locations and reasons (Int32 columns). */
  readonly strings = new Interner();
  /** Interned event kinds (Uint8 column: at most 256). */
  readonly kinds = new Interner(0xff);
  /** Interned runtime function names (Uint16 column: at most 65 536). */
  readonly fns = new Interner(0xffff);
  private readonly chunks: Chunk[] = objectArray();
  /**
   * The chunk being filled (saves a lookup per append). The first is made here, not in `push`: a new log's
   * first append then takes the same path as any other, and code optimised on an earlier log stays valid.
   */
  private last: Chunk = new Chunk();
  private n = 0;

  constructor() {
    this.chunks.push(this.last);
  }

  get length(): number {
    return this.n;
  }

  /**
   * Appends one event. String fields are interned ids from {@link EventLog.strings} (-1 = absent for
   * from/to); g, p, m are -1 when absent; `line` 0 when unknown.
   */
  push(
    t: number,
    kind: number,
    g: number,
    p: number,
    m: number,
    from: number,
    to: number,
    reason: number,
    fn: number,
    at: number,
    arg: number,
    line: number,
  ): void {
    const i = this.n & MASK;
    let c = this.last;
    if (i === 0 && this.n !== 0) {
      c = new Chunk();
      this.chunks.push(c);
      this.last = c;
    }
    c.t[i] = t;
    c.kind[i] = kind;
    c.g[i] = g;
    c.p[i] = p;
    c.m[i] = m;
    c.from[i] = from;
    c.to[i] = to;
    c.reason[i] = reason;
    c.fn[i] = fn;
    c.at[i] = at;
    c.arg[i] = arg;
    c.line[i] = line;
    this.n++;
  }

  /** Copies event `seq`'s raw columns into `out` (no allocation; strings stay interned ids). */
  raw(seq: number, out: RawEvent): void {
    const c = this.chunk(seq);
    const i = seq & MASK;
    out.t = c.t[i] as number;
    out.kind = c.kind[i] as number;
    out.g = c.g[i] as number;
    out.p = c.p[i] as number;
    out.m = c.m[i] as number;
    out.from = c.from[i] as number;
    out.to = c.to[i] as number;
    out.reason = c.reason[i] as number;
    out.at = c.at[i] as number;
    out.arg = c.arg[i] as number;
    out.line = c.line[i] as number;
  }

  /** Virtual time of event `seq`. */
  timeOf(seq: number): number {
    return this.chunk(seq).t[seq & MASK] as number;
  }

  /** Materialises event `seq`. */
  get(seq: number): SchedEvent {
    const c = this.chunk(seq);
    const i = seq & MASK;
    const s = this.strings;
    const e: {
      -readonly [K in keyof SchedEvent]: SchedEvent[K];
    } = {
      seq,
      t: c.t[i] as number,
      kind: this.kinds.str(c.kind[i] as number),
      reason: s.str(c.reason[i] as number),
      fn: this.fns.str(c.fn[i] as number),
    };
    const g = c.g[i] as number;
    if (g >= 0) e.g = g;
    const p = c.p[i] as number;
    if (p >= 0) e.p = p;
    const m = c.m[i] as number;
    if (m >= 0) e.m = m;
    const from = c.from[i] as number;
    if (from >= 0) e.from = s.str(from);
    const to = c.to[i] as number;
    if (to >= 0) e.to = s.str(to);
    const at = c.at[i] as number;
    if (at === AT_HEAD) e.at = 'head';
    else if (at === AT_TAIL) e.at = 'tail';
    const arg = c.arg[i] as number;
    if (arg !== NO_ARG) e.arg = arg;
    const line = c.line[i] as number;
    if (line > 0) e.line = line;
    return e;
  }

  /** Bytes held by the columns (allocated chunks). */
  get byteSize(): number {
    return this.chunks.length * CHUNK * 46;
  }

  private chunk(seq: number): Chunk {
    if (!(seq >= 0 && seq < this.n)) throw new RangeError(`no event ${seq} (log has ${this.n})`);
    return this.chunks[seq >>> CHUNK_BITS] as Chunk;
  }
}
