/**
 * Columnar, append-only scheduler event log: typed-array columns in fixed-size chunks plus interned strings.
 *
 * @remarks
 * About 28 bytes per event (t 4, kind 1, g 4, p 2, m 2, from 2, to 2, reason 2, fn 2, at 1, arg 4, line 2): columns
 * start narrow and a chunk widens one when a value needs it (see `Chunk`), so `arg` still carries a time in ns (a
 * sleeping goroutine's wake time) exactly.
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

/** Any column of a chunk. */
type TypedColumn =
  Uint8Array | Int8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float64Array;

/** A column of small integers that widens (per chunk) the first time a value does not fit 16 bits. */
type SmallCol = Int16Array | Int32Array;

/** Whether `v` fits an Int16Array element. */
function fits16(v: number): boolean {
  return (v << 16) >> 16 === v;
}

/** `a`'s first `n` elements in a wider column. */
function widened(a: SmallCol, n: number): Int32Array {
  const b = new Int32Array(a.length);
  b.set(a.subarray(0, n));
  return b;
}

/**
 * One chunk of {@link CHUNK} events. Columns start narrow and widen when a value needs it, so a typical event
 * takes 28 bytes: times as 32-bit offsets from the chunk's first time (absolute float64 once a chunk spans more
 * than 4.29 s or a time is not whole), `arg` as int32 (float64 once a value is not a 32-bit integer: a wake time
 * past 2.1 s), and M ids, locations, reasons and lines as int16 (int32 once an id or a line exceeds 32 767).
 */
class Chunk {
  /** Time of the chunk's first event, ns. */
  t0 = 0;
  dt: Uint32Array | Float64Array;
  /** True once `dt` holds absolute times (Float64Array). */
  tAbs = false;
  kind: Uint8Array;
  g: Int32Array;
  p: Int16Array;
  m: SmallCol;
  from: SmallCol;
  to: SmallCol;
  reason: SmallCol;
  fn: Uint16Array;
  at: Int8Array;
  arg: Int32Array | Float64Array;
  /** True once `arg` is a Float64Array. */
  argWide = false;
  line: SmallCol;
  /** True while every {@link SmallCol} column of this chunk is still 16-bit. */
  narrow = true;

  /** The buffer the columns start in (a widened or grown column gets its own). */
  private base: ArrayBuffer;

  /** `cap` events fit before {@link Chunk.grow} (only a log's first chunk starts below {@link CHUNK}). */
  constructor(public cap: number) {
    // One buffer for every column (widest first, so each view is aligned; cap is a multiple of 4): one
    // allocation instead of twelve, which is most of what a short run's log costs.
    const b = new ArrayBuffer(cap * 28);
    this.base = b;
    this.dt = new Uint32Array(b, 0, cap);
    this.g = new Int32Array(b, 4 * cap, cap);
    this.arg = new Int32Array(b, 8 * cap, cap);
    this.p = new Int16Array(b, 12 * cap, cap);
    this.m = new Int16Array(b, 14 * cap, cap);
    this.from = new Int16Array(b, 16 * cap, cap);
    this.to = new Int16Array(b, 18 * cap, cap);
    this.reason = new Int16Array(b, 20 * cap, cap);
    this.fn = new Uint16Array(b, 22 * cap, cap);
    this.line = new Int16Array(b, 24 * cap, cap);
    this.kind = new Uint8Array(b, 26 * cap, cap);
    this.at = new Int8Array(b, 27 * cap, cap);
  }

  /**
   * Doubles the capacity (at most {@link CHUNK}), copying the columns. Only the first chunk of a log grows,
   * so a short run (a comparison pane, a small test) does not zero 1.8 MB of columns it never fills, and
   * the copies add up to less than one chunk.
   */
  grow(): void {
    const cap = Math.min(CHUNK, this.cap * 2);
    const old = this.base;
    const base = new ArrayBuffer(cap * 28);
    // A column still in the shared buffer moves to the same place in the new one; a widened one (its own
    // buffer) is copied into a wider array of its own.
    const more = <T extends TypedColumn>(a: T, offset: number): T => {
      const make = a.constructor as new (...args: unknown[]) => T;
      const b = a.buffer === old ? new make(base, offset * cap, cap) : new make(cap);
      b.set(a);
      return b;
    };
    this.dt = more(this.dt, 0);
    this.g = more(this.g, 4);
    this.arg = more(this.arg, 8);
    this.p = more(this.p, 12);
    this.m = more(this.m, 14);
    this.from = more(this.from, 16);
    this.to = more(this.to, 18);
    this.reason = more(this.reason, 20);
    this.fn = more(this.fn, 22);
    this.line = more(this.line, 24);
    this.kind = more(this.kind, 26);
    this.at = more(this.at, 27);
    this.base = base;
    this.cap = cap;
  }

  /** Widens the 16-bit columns that event `i`'s values do not fit. */
  widenFor(i: number, m: number, from: number, to: number, reason: number, line: number): void {
    if (!fits16(m) && this.m.BYTES_PER_ELEMENT === 2) this.m = widened(this.m, i);
    if (!fits16(from) && this.from.BYTES_PER_ELEMENT === 2) this.from = widened(this.from, i);
    if (!fits16(to) && this.to.BYTES_PER_ELEMENT === 2) this.to = widened(this.to, i);
    if (!fits16(reason) && this.reason.BYTES_PER_ELEMENT === 2) this.reason = widened(this.reason, i);
    if (!fits16(line) && this.line.BYTES_PER_ELEMENT === 2) this.line = widened(this.line, i);
    this.narrow =
      this.m.BYTES_PER_ELEMENT === 2 &&
      this.from.BYTES_PER_ELEMENT === 2 &&
      this.to.BYTES_PER_ELEMENT === 2 &&
      this.reason.BYTES_PER_ELEMENT === 2 &&
      this.line.BYTES_PER_ELEMENT === 2;
  }

  /** Time of event `i` of this chunk, ns. */
  time(i: number): number {
    return this.tAbs ? (this.dt[i] as number) : this.t0 + (this.dt[i] as number);
  }

  /** Stores event `i`'s time `t`, widening the column when the offset does not fit. */
  setTime(i: number, t: number): void {
    if (i === 0) this.t0 = t;
    if (!this.tAbs) {
      const d = t - this.t0;
      if (d >= 0 && d <= 0xffffffff && Number.isInteger(d)) {
        this.dt[i] = d;
        return;
      }
      const abs = new Float64Array(this.cap);
      for (let j = 0; j < i; j++) abs[j] = this.t0 + (this.dt[j] as number);
      this.dt = abs;
      this.tAbs = true;
    }
    this.dt[i] = t;
  }

  /** Bytes this chunk's columns hold. */
  get byteSize(): number {
    let b = this.base.byteLength;
    for (const c of [
      this.dt,
      this.arg,
      this.kind,
      this.g,
      this.p,
      this.m,
      this.from,
      this.to,
      this.reason,
      this.fn,
      this.at,
      this.line,
    ])
      if (c.buffer !== this.base) b += c.byteLength;
    return b;
  }
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
  fn: number;
  at: number;
  arg: number;
  line: number;
}

/** A zeroed {@link RawEvent} to read into (one per reader: {@link EventLog.raw} fills it in place). */
export function emptyRawEvent(): RawEvent {
  return { t: 0, kind: 0, g: 0, p: 0, m: 0, from: 0, to: 0, reason: 0, fn: 0, at: 0, arg: 0, line: 0 };
}

/**
 * A log read without objects: each event's columns as numbers ({@link EventLog.raw}) and the tables their string
 * ids index. Consumers that meet every event once (the insight index) read this instead of materialising
 * {@link SchedEvent}s, whose optional fields give them many shapes.
 */
export interface RawEventSource {
  readonly length: number;
  raw(seq: number, out: RawEvent): void;
  /** Locations and reasons (`from`, `to`, `reason`). */
  readonly strings: { str(id: number): string };
  readonly kinds: { str(id: number): string };
  readonly fns: { str(id: number): string };
}

/** Capacity of a log's first chunk: it grows by doubling to {@link CHUNK} (see {@link Chunk.grow}). */
const FIRST_CHUNK = 1024;

/** Position flag values for {@link EventLog.push}'s `at`. */
export const AT_NONE = 0;
export const AT_HEAD = 1;
export const AT_TAIL = 2;

export class EventLog implements RawEventSource {
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
  private last: Chunk = new Chunk(FIRST_CHUNK);
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
      c = new Chunk(CHUNK);
      this.chunks.push(c);
      this.last = c;
    } else if (i >= c.cap) c.grow();
    const d = t - c.t0;
    if (i !== 0 && !c.tAbs && d >= 0 && d <= 0xffffffff && d === Math.floor(d)) c.dt[i] = d;
    else c.setTime(i, t);
    c.kind[i] = kind;
    c.g[i] = g;
    c.p[i] = p;
    // One test for the common case (every small column still narrow and every value fitting it).
    if (!(c.narrow && fits16(m) && fits16(from) && fits16(to) && fits16(reason) && fits16(line)))
      c.widenFor(i, m, from, to, reason, line);
    c.m[i] = m;
    c.from[i] = from;
    c.to[i] = to;
    c.reason[i] = reason;
    c.fn[i] = fn;
    c.at[i] = at;
    if (!c.argWide && (arg | 0) !== arg) {
      c.arg = Float64Array.from(c.arg);
      c.argWide = true;
    }
    c.arg[i] = arg;
    c.line[i] = line;
    this.n++;
  }

  /** Copies event `seq`'s raw columns into `out` (no allocation; strings stay interned ids). */
  raw(seq: number, out: RawEvent): void {
    const c = this.chunk(seq);
    const i = seq & MASK;
    out.t = c.time(i);
    out.kind = c.kind[i] as number;
    out.g = c.g[i] as number;
    out.p = c.p[i] as number;
    out.m = c.m[i] as number;
    out.from = c.from[i] as number;
    out.to = c.to[i] as number;
    out.reason = c.reason[i] as number;
    out.fn = c.fn[i] as number;
    out.at = c.at[i] as number;
    out.arg = c.arg[i] as number;
    out.line = c.line[i] as number;
  }

  /** Virtual time of event `seq`. */
  timeOf(seq: number): number {
    return this.chunk(seq).time(seq & MASK);
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
      t: c.time(i),
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
    let b = 0;
    for (const c of this.chunks) b += c.byteSize;
    return b;
  }

  private chunk(seq: number): Chunk {
    if (!(seq >= 0 && seq < this.n)) throw new RangeError(`no event ${seq} (log has ${this.n})`);
    return this.chunks[seq >>> CHUNK_BITS] as Chunk;
  }
}
