/**
 * Keyframes: the view every {@link KEYFRAME_EVENTS} events, taken straight from the engine state at an action
 * boundary and stored compactly (goroutines as typed-array columns), so seeking can restore one.
 *
 * @remarks
 * At an action boundary the frontier view ({@link deriveView}) equals the fold of the whole log (checked after
 * every event by the property tests), so a keyframe need not fold the log. A G's view only changes with its own
 * `g.create` / `g.move` events, which the engine lists ({@link Rt.takeChangedGs}): a keyframe shares the
 * previous one's column pages and copies (copy-on-write) only the pages of those Gs. Columns rather than `GView`
 * objects keep hundreds of thousands of small objects out of the heap, which the garbage collector would
 * otherwise trace on every major collection while the run goes on.
 *
 * Memory: goids are never reused and a dead G never changes again, so the pages of goroutines that have exited
 * are shared by every later keyframe. A keyframe costs one block reference per 16 384 goids ever used (a page
 * is {@link PAGE} goids, a block {@link BLOCK} pages) plus the blocks and pages its changed Gs touch: in
 * proportion to what changed, not to every goroutine the run ever made (copying whole columns made a run of
 * 1 000 000 short-lived goroutines quadratic, many GB).
 */
import type { Rt } from '../core/Rt';
import { runqItems } from '../core/runq';
import { Interner } from '../log/Interner';
import { NONE, type GState } from '../state/types';
import type { LocInfo } from '../core/locInfo';
import { L_DEAD } from '../core/locs';
import type { ChanView, GStatus, GView, MView, PView, StwView } from '../WorldView';
import type { MutableView } from './MutableView';
import { deriveStw } from './deriveView';
import { chanView, gView } from './gview';
import { lastIndexAtOrBefore } from '../util/search';

/** Channel views from a frame's columns. */
function restoreChans(c: Int32Array): (ChanView | undefined)[] {
  const out: (ChanView | undefined)[] = [];
  for (let id = 0; CW * id < c.length; id++) {
    const flags = c[CW * id + 2] as number;
    if ((flags & 4) === 0) continue;
    out[id] = chanView(
      id,
      c[CW * id] as number,
      c[CW * id + 1] as number,
      (flags & 1) !== 0,
      (flags & 2) !== 0,
    );
  }
  return out;
}

type Mut<T> = { -readonly [K in keyof T]: T[K] };

/** Status codes of the `status` column (0 = no such goid). */
const STATUSES: readonly GStatus[] = ['_Grunnable', '_Grunning', '_Gsyscall', '_Gwaiting', '_Gdead'];
const STATUS_CODE: Record<GStatus, number> = {
  _Grunnable: 1,
  _Grunning: 2,
  _Gsyscall: 3,
  _Gwaiting: 4,
  _Gdead: 5,
};

/**
 * G columns by goid, interleaved in one array (one allocation and one copy per keyframe): at `W * id` the
 * status code (0 = no such goid), then the interned loc, the interned wait reason (-1 = none), the line (0 =
 * none), the order key. Wake times are float64 and few, so they are kept apart (`Frame.wake`).
 */
const W = 5;
/** Goids per column page (a power of two): the unit keyframes share or copy. */
export const PAGE_BITS = 8;
const PAGE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE - 1;
/** Pages per block of page references (a power of two): a frame copies only the blocks whose pages changed. */
const BLOCK_BITS = 6;
const BLOCK = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK - 1;
/** Channel columns by id: capacity, buffer length, flags (1 closed, 2 timer channel). */
const CW = 3;

interface Frame {
  /** Number of events applied (the view is right after event pos-1). */
  readonly pos: number;
  readonly t: number;
  readonly seq: number;
  readonly gomaxprocs: number;
  readonly ps: readonly PView[];
  readonly ms: readonly MView[];
  readonly globrunq: readonly number[];
  /**
   * G column pages in blocks: page `pi` (goids `pi << PAGE_BITS` …) is `gs[pi >> BLOCK_BITS][pi & BLOCK_MASK]`
   * (undefined: no goid there yet). Pages and blocks are shared between frames and copied on write.
   */
  readonly gs: readonly (readonly (Int32Array | undefined)[] | undefined)[];
  /** (goid, wake time ns) pairs of the Gs asleep in timers. */
  readonly wake: Float64Array;
  readonly chans: Int32Array;
  readonly stw: StwView | null;
}

/** The keyframes of one run, the first being the empty view before any event. */
export class Keyframes {
  private readonly frames: Frame[] = [
    {
      pos: 0,
      t: 0,
      seq: -1,
      gomaxprocs: 0,
      ps: [],
      ms: [],
      globrunq: [],
      gs: [],
      wake: new Float64Array(0),
      chans: new Int32Array(0),
      stw: null,
    },
  ];
  /** Interned locations and wait reasons (the keyframes' own, so the log's interner is never touched). */
  private readonly strs = new Interner();
  /** Keyframe string id of each location by its id in the log's interner. */
  private readonly byLogId: (number | undefined)[] = [];
  /** The last wait reason interned, and its id (consecutive changed Gs often wait for the same reason). */
  private lastReason = '';
  private lastReasonId = -1;
  /** The view of each G made by the latest restore that needed it (shared; see `restore`). */
  private readonly lastView: (GView | undefined)[] = [];
  private bytes = 0;

  constructor(private readonly rt: Rt) {}

  /**
   * Bytes the keyframes hold in typed arrays and page references (each shared page counted once): what
   * {@link Keyframes} adds to a run's memory, without the small per-P and per-M objects. Kept as they are added.
   */
  get byteSize(): number {
    return this.bytes;
  }

  /** Number of keyframes (the first is the empty view before any event). */
  get count(): number {
    return this.frames.length;
  }

  /** Position of the last keyframe. */
  get lastPos(): number {
    return (this.frames[this.frames.length - 1] as Frame).pos;
  }

  /** Records the view of the engine state after `pos` events (an action boundary; the last event at `t`). */
  add(pos: number, t: number): void {
    const st = this.rt.st;
    const ps: PView[] = st.ps.map((p) => ({
      id: p.id,
      status: p.status,
      m: p.m === NONE ? null : p.m,
      runnext: p.runnext === 0 ? null : p.runnext,
      runq: runqItems(p),
      schedtick: p.schedtick,
    }));
    const ms: MView[] = [];
    for (const m of st.ms) {
      if (m.exited) continue;
      ms.push({ id: m.id, state: m.state, p: m.p === NONE ? null : m.p, g: m.curg === NONE ? null : m.curg });
    }
    const gs = (this.frames[this.frames.length - 1] as Frame).gs.slice();
    // Pages and blocks copied for this frame (by index), so each is copied once however many of its Gs changed.
    const own = new Set<number>();
    const ownBlocks = new Set<number>();
    const gLoc = this.rt.gLoc;
    for (const id of this.rt.takeChangedGs()) {
      const g = st.gs[id];
      if (g === undefined && !st.dead.has(id)) continue;
      const pi = id >>> PAGE_BITS;
      const bi = pi >>> BLOCK_BITS;
      let block = gs[bi];
      if (!ownBlocks.has(bi)) {
        block =
          block === undefined ? new Array<Int32Array | undefined>(BLOCK).fill(undefined) : block.slice();
        gs[bi] = block;
        ownBlocks.add(bi);
      }
      const b = block as (Int32Array | undefined)[];
      let page = b[pi & BLOCK_MASK];
      if (!own.has(pi)) {
        page = page === undefined ? new Int32Array(W * PAGE) : page.slice();
        b[pi & BLOCK_MASK] = page;
        own.add(pi);
      }
      if (g !== undefined) this.encode(page as Int32Array, W * (id & PAGE_MASK), g, gLoc[id]);
      else this.encodeDead(page as Int32Array, W * (id & PAGE_MASK), id);
    }
    const globrunq = st.sched.globq.slice(st.sched.globhead);
    const wake = this.sleepers();
    const chans = this.chanColumns();
    this.bytes +=
      4 * gs.length +
      4 * BLOCK * ownBlocks.size +
      own.size * W * PAGE * 4 +
      wake.byteLength +
      chans.byteLength;
    this.frames.push({
      pos,
      t,
      seq: pos - 1,
      gomaxprocs: st.gomaxprocs,
      ps,
      ms,
      globrunq,
      gs,
      wake,
      chans,
      stw: deriveStw(st),
    });
  }

  /** Writes G `g`'s columns at `k` in `page`; `li` is the engine's parsed location of the G, if any. */
  private encode(page: Int32Array, k: number, g: GState, li: LocInfo | undefined): void {
    page[k] = STATUS_CODE[g.status];
    // The engine's parsed location of the G (from its last move) names it by the log's id: one array read
    // instead of a string lookup for most Gs.
    page[k + 1] =
      li !== undefined && li.str === g.loc
        ? (this.byLogId[li.id] ??= this.strs.id(g.loc))
        : this.strs.id(g.loc);
    page[k + 2] = g.status === '_Gwaiting' ? this.reasonId(g.waitReason) : -1;
    page[k + 3] = g.evLine > 0 ? g.evLine : 0;
    page[k + 4] = g.order;
  }

  /** Writes the columns of dead G `id` (see `DeadGs`) at `k` in `page`. */
  private encodeDead(page: Int32Array, k: number, id: number): void {
    const dead = this.rt.st.dead;
    page[k] = STATUS_CODE._Gdead;
    page[k + 1] = this.strs.id(L_DEAD);
    page[k + 2] = -1;
    page[k + 3] = dead.line(id);
    page[k + 4] = dead.order(id);
  }

  /** Wake times of the Gs asleep in the Ps' timer heaps (each sleeping G has exactly one timer). */
  private sleepers(): Float64Array {
    const st = this.rt.st;
    const pairs: number[] = [];
    for (const p of st.ps) {
      for (const id of p.timers) {
        const tm = st.timers[id];
        if (tm === undefined || tm.g === NONE) continue;
        const g = st.gs[tm.g];
        if (g !== undefined && g.wakeAt >= 0) pairs.push(g.id, g.wakeAt);
      }
    }
    return Float64Array.from(pairs);
  }

  private chanColumns(): Int32Array {
    const chans = this.rt.st.chans;
    const out = new Int32Array(CW * chans.length);
    for (const c of chans) {
      if (c === undefined) continue;
      const k = CW * c.id;
      out[k] = c.cap;
      out[k + 1] = c.buf.length;
      out[k + 2] = (c.closed ? 1 : 0) | (c.isTimer ? 2 : 0) | 4;
    }
    return out;
  }

  /** A fresh reducer state at the nearest keyframe at or before `pos`, with that keyframe's position. */
  restore(pos: number): { pos: number; mv: MutableView } {
    const f = this.atOrBefore(pos);
    const ms: (Mut<MView> | undefined)[] = [];
    for (const m of f.ms) ms[m.id] = { ...m };
    const gs: (Mut<GView> | undefined)[] = [];
    const cache = this.lastView;
    const wake = new Map<number, number>();
    for (let i = 0; i < f.wake.length; i += 2) wake.set(f.wake[i] as number, f.wake[i + 1] as number);
    for (let pi = 0; pi < f.gs.length << BLOCK_BITS; pi++) {
      const c = f.gs[pi >>> BLOCK_BITS]?.[pi & BLOCK_MASK];
      if (c === undefined) continue;
      for (let j = 0; j < PAGE; j++) {
        const id = (pi << PAGE_BITS) | j;
        const k = W * j;
        const code = c[k] as number;
        if (code === 0) continue;
        const status = STATUSES[code - 1] as GStatus;
        const loc = this.strs.str(c[k + 1] as number);
        const r = c[k + 2] as number;
        const reason = r >= 0 ? this.strs.str(r) : undefined;
        const line = c[k + 3] as number;
        const order = c[k + 4] as number;
        const wakeAt = wake.get(id) ?? -1;
        // Reuse the G's view from an earlier restore when it says the same (views are shared, never mutated):
        // a seek then allocates only for the Gs that differ.
        let v = cache[id];
        if (
          v === undefined ||
          v.status !== status ||
          v.loc !== loc ||
          v.waitReason !== reason ||
          (v.line ?? 0) !== line ||
          v.order !== order ||
          (v.wakeAt ?? -1) !== wakeAt
        ) {
          v = gView(id, status, loc, order, reason, line, wakeAt);
          cache[id] = v;
        }
        gs[id] = v;
      }
    }
    const mv: MutableView = {
      t: f.t,
      seq: f.seq,
      gomaxprocs: f.gomaxprocs,
      ps: f.ps.map((p) => ({ ...p, runq: [...p.runq] })),
      ms,
      gs,
      globrunq: [...f.globrunq],
      chans: restoreChans(f.chans),
      stw: f.stw,
      gen: 1,
      ownGen: [],
    };
    return { pos: f.pos, mv };
  }

  private reasonId(r: string): number {
    if (r !== this.lastReason || this.lastReasonId < 0) {
      this.lastReason = r;
      this.lastReasonId = this.strs.id(r);
    }
    return this.lastReasonId;
  }

  /** Position of the nearest keyframe at or before `pos`. */
  posAtOrBefore(pos: number): number {
    return this.atOrBefore(pos).pos;
  }

  private atOrBefore(pos: number): Frame {
    return this.frames[lastIndexAtOrBefore(this.frames, (f) => f.pos, pos)] as Frame;
  }
}
