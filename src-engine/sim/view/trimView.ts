/**
 * Trimming views for the wire: a view of 100 000 goroutines costs the renderer's thread about 100 ms just to
 * deserialise, and the stage can draw only a few hundred tokens per place anyway. Above
 * {@link TRIM_ABOVE} goroutines the host sends, for every place, only its first goroutines in queue order
 * ({@link perPlaceFor}), and counts the rest ({@link TrimInfo}), which the stage shows as counts.
 *
 * @remarks The goroutines come from a {@link TrimSource}: a view's list ({@link trimView}), or the engine state
 * itself (`deriveTrimmedView`), which then never builds a GView for a goroutine the wire leaves out (at
 * 100 000 goroutines, 100 000 objects per view that the engine thread made only to drop).
 */
import type { GStatus, GView, PView, TrimInfo, WorldView } from '../WorldView';
import { Scratch } from './scratch';

/** Views with more goroutines than this are trimmed before they are sent. */
export const TRIM_ABOVE = 3_000;
/**
 * Goroutines kept in all, shared out between the places (a P's runq, the global queue, a channel's recvq, a
 * P's timers, …): each keeps between {@link MIN_PER_PLACE} and 256 (a full local run queue).
 */
export const KEEP_BUDGET = 6_000;
export const MIN_PER_PLACE = 32;
/**
 * Wait places (channel queues, semaphores, selects, the poller, …) kept at most, the most crowded first: the
 * stage has room for a few dozen boxes, and thousands of one-goroutine places would still make a large view.
 */
export const MAX_WAIT_PLACES = 200;

/** Places the P cards and the thread strip refer to: never left out. */
const ON_P_OR_M = /^(running|runnext|syscall|nextg)\(/;

/** Goroutines kept per place when there are `places` places. */
export function perPlaceFor(places: number): number {
  return Math.max(MIN_PER_PLACE, Math.min(256, Math.floor(KEEP_BUDGET / Math.max(1, places))));
}

/** One goroutine as the trim reads it (filled in place by {@link TrimSource.read}). */
export interface TrimRow {
  id: number;
  status: GStatus;
  loc: string;
  /** Its wake time, 0 when none (as `compareInPlace` (gview.ts) reads a view's `wakeAt`). */
  wake: number;
  order: number;
  /** Its source line, 0 when unknown. */
  line: number;
}

/**
 * The goroutines of a view, by slot (in the order the view lists them), read without building their views.
 * Slots of `_Gdead` goroutines may be present (they are never sent in a trimmed view).
 */
export interface TrimSource {
  /** Number of slots. */
  readonly slots: number;
  /** Fills `row` with slot `s`'s goroutine. */
  read(s: number, row: TrimRow): void;
  /** The goroutine's view (only built for the goroutines kept). */
  view(s: number): GView;
}

/** A view's goroutines as a {@link TrimSource}. */
class ListSource implements TrimSource {
  constructor(private readonly gs: readonly GView[]) {}

  get slots(): number {
    return this.gs.length;
  }

  read(s: number, row: TrimRow): void {
    const g = this.gs[s] as GView;
    row.id = g.id;
    row.status = g.status;
    row.loc = g.loc;
    row.wake = g.wakeAt ?? 0;
    row.order = g.order;
    row.line = g.line ?? 0;
  }

  view(s: number): GView {
    return this.gs[s] as GView;
  }
}

/**
 * The live goroutines a trimmed view left out, by source line (its `trimmed.hiddenLines`, lines with none
 * dropped): what the program's gutter and the video's program panel add to the goroutines they name.
 */
export function hiddenByLine(view: WorldView | undefined): Map<number, number> {
  const out = new Map<number, number>();
  for (const [line, n] of Object.entries(view?.trimmed?.hiddenLines ?? {}))
    if (n > 0) out.set(Number(line), n);
  return out;
}

/** `view` itself when small enough, else a trimmed copy that keeps what the stage can show. */
export function trimView(view: WorldView, limit = TRIM_ABOVE, perPlaceOverride?: number): WorldView {
  if (view.gs.length <= limit) return view;
  return trimmed(view, new ListSource(view.gs), perPlaceOverride);
}

/**
 * `base` (a view whose `gs` are left out) with the goroutines of `src` trimmed: every place keeps its first
 * goroutines in queue order, P run queues and the global queue keep their heads, the rest are counted.
 *
 * @remarks Each slot is read once; what ordering a crowded place needs (wake time, order, id) is copied into
 * columns, so picking its first goroutines compares numbers instead of reading goroutines again.
 */
export function trimmed(base: WorldView, src: TrimSource, perPlaceOverride?: number): WorldView {
  // Each pass over the slots is a function of its own: at 100 000 goroutines the optimising compiler takes up
  // the loop it is in while it runs (on-stack replacement), and a small function compiles in a few ms where
  // this whole one took 70–90 ms, and had to be compiled again when code after its loop first ran.
  const read = readSlots(src);
  const { cols, places, maxId } = read;
  const per = perPlaceOverride ?? perPlaceFor(places.size + 1);
  const hidden: Record<string, number> = {};
  // Kept goroutines by id (ids are small and dense: goroutine ids).
  const keep = keepScratch.takeZeroed(maxId + 1);
  const keepFirst = (loc: string, ids: readonly number[]): number[] => {
    const kept = ids.slice(0, per);
    for (const id of kept) if (id >= 0 && id <= maxId) keep[id] = 1;
    if (ids.length > kept.length) hidden[loc] = ids.length - kept.length;
    return kept;
  };
  const ps: PView[] = base.ps.map((p) => ({ ...p, runq: keepFirst(`runq(P${p.id})`, p.runq) }));
  const globrunq = keepFirst('globrunq', base.globrunq);
  const droppedPlaces = dropCrowdedWaits(places, hidden);
  for (const [loc, list] of places) {
    if (loc.startsWith('runq(') || loc === 'globrunq') continue;
    if (list.length <= per) markKept(list, cols, keep);
    else {
      markKept(firstInOrder(list, per, cols), cols, keep);
      hidden[loc] = list.length - per;
    }
  }
  const { gs, hiddenLines } = collectKept(src, cols, keep);
  const trim: TrimInfo = {
    total: read.live,
    running: read.running,
    runnable: read.runnable,
    hidden,
    droppedPlaces,
    hiddenLines,
  };
  return { ...base, ps, globrunq, gs, trimmed: trim };
}

/** What one pass over a source's slots finds: its columns, its slots by place and its counts. */
interface SlotsRead {
  readonly cols: Columns;
  /** Live slots by place, in slot order; places in the order first met. */
  readonly places: Map<string, Int32Array>;
  readonly running: number;
  readonly runnable: number;
  readonly live: number;
  /** The largest goroutine id of any slot, dead ones included. */
  readonly maxId: number;
}

/**
 * Reads every slot of `src` once, noting each live slot's place by number, then groups the slots by place (a
 * counting sort into one typed array): at 100 000 goroutines, growing a list per place cost more than reading
 * the goroutines.
 */
function readSlots(src: TrimSource): SlotsRead {
  const n = src.slots;
  // Every element below is written for every slot before it is read (the arrays are reused).
  const f64 = f64Scratch.take(3 * n);
  const i32 = i32Scratch.take(3 * n);
  const cols: Columns = {
    ids: f64.subarray(0, n),
    wake: f64.subarray(n, 2 * n),
    order: f64.subarray(2 * n, 3 * n),
    lines: i32.subarray(0, n),
  };
  const row: TrimRow = { id: 0, status: '_Gdead', loc: '', wake: 0, order: 0, line: 0 };
  // Each live slot's place number (-1: dead); places numbered in the order first met.
  const placeOf = i32.subarray(n, 2 * n);
  const numbers = new Map<string, number>();
  const names: string[] = [];
  const counts: number[] = [];
  let running = 0;
  let runnable = 0;
  let live = 0;
  let maxId = 0;
  // Neighbouring slots often share a place: the last one's number is kept at hand.
  let lastLoc = '';
  let lastPlace = -1;
  for (let s = 0; s < n; s++) {
    src.read(s, row);
    cols.ids[s] = row.id;
    if (row.id > maxId) maxId = row.id;
    if (row.status === '_Gdead') {
      placeOf[s] = -1;
      cols.wake[s] = 0;
      cols.order[s] = 0;
      cols.lines[s] = 0;
      continue;
    }
    cols.wake[s] = row.wake;
    cols.order[s] = row.order;
    cols.lines[s] = row.line;
    live++;
    if (row.status === '_Grunning') running++;
    else if (row.status === '_Grunnable') runnable++;
    let place = lastPlace >= 0 && row.loc === lastLoc ? lastPlace : numbers.get(row.loc);
    if (place === undefined) {
      place = names.length;
      numbers.set(row.loc, place);
      names.push(row.loc);
      counts.push(0);
    }
    placeOf[s] = place;
    counts[place] = (counts[place] as number) + 1;
    lastLoc = row.loc;
    lastPlace = place;
  }
  const grouped = i32.subarray(2 * n, 2 * n + live);
  return { cols, places: groupByPlace(placeOf, names, counts, grouped), running, runnable, live, maxId };
}

/**
 * The live slots (those with a place number in `placeOf`) grouped by place into `grouped` (one element per live
 * slot), each group in slot order.
 */
function groupByPlace(
  placeOf: Int32Array,
  names: readonly string[],
  counts: readonly number[],
  grouped: Int32Array,
): Map<string, Int32Array> {
  const start = new Int32Array(names.length + 1);
  for (let p = 0; p < names.length; p++) start[p + 1] = (start[p] as number) + (counts[p] as number);
  const next = start.slice(0, names.length);
  for (let s = 0; s < placeOf.length; s++) {
    const p = placeOf[s] as number;
    if (p >= 0) grouped[(next[p] as number)++] = s;
  }
  const places = new Map<string, Int32Array>();
  names.forEach((loc, p) => places.set(loc, grouped.subarray(start[p], start[p + 1])));
  return places;
}

/**
 * Leaves out of `places` the wait places beyond the {@link MAX_WAIT_PLACES} most crowded, counting their
 * goroutines in `hidden`, and returns how many places and goroutines that left out.
 */
function dropCrowdedWaits(
  places: Map<string, Int32Array>,
  hidden: Record<string, number>,
): TrimInfo['droppedPlaces'] {
  const waits = [...places.entries()]
    .filter(([loc]) => !loc.startsWith('runq(') && loc !== 'globrunq' && !ON_P_OR_M.test(loc))
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b, 'en', { numeric: true }));
  const dropped = { places: 0, goroutines: 0 };
  for (let i = MAX_WAIT_PLACES; i < waits.length; i++) {
    const [loc, list] = waits[i] as [string, Int32Array];
    hidden[loc] = list.length;
    places.delete(loc);
    dropped.places++;
    dropped.goroutines += list.length;
  }
  return dropped;
}

/** Marks the goroutines of `slots` kept. */
function markKept(slots: ArrayLike<number>, cols: Columns, keep: Uint8Array): void {
  for (let i = 0; i < slots.length; i++) keep[cols.ids[slots[i] as number] as number] = 1;
}

/** The views of the kept goroutines in slot order, and the live ones left out counted by line. */
function collectKept(
  src: TrimSource,
  cols: Columns,
  keep: Uint8Array,
): { gs: GView[]; hiddenLines: Record<number, number> } {
  const gs: GView[] = [];
  // Counted in an array (lines are small numbers) and turned into the wire's record once.
  const byLine: number[] = [];
  for (let s = 0; s < src.slots; s++) {
    if (keep[cols.ids[s] as number] === 1) gs.push(src.view(s));
    else {
      // Dead slots and goroutines with no known line have line 0.
      const line = cols.lines[s] as number;
      if (line > 0) byLine[line] = (byLine[line] ?? 0) + 1;
    }
  }
  const hiddenLines: Record<number, number> = {};
  byLine.forEach((count, line) => (hiddenLines[line] = count));
  return { gs, hiddenLines };
}

// Reused by every trim on this thread (see Scratch): columns and places by slot, kept goroutines by id.
const f64Scratch = new Scratch((n) => new Float64Array(n));
const i32Scratch = new Scratch((n) => new Int32Array(n));
const keepScratch = new Scratch((n) => new Uint8Array(n));

/** Per slot: goroutine id, wake time, order and line (see {@link TrimRow}; line 0 for dead slots). */
interface Columns {
  readonly ids: Float64Array;
  readonly wake: Float64Array;
  readonly order: Float64Array;
  readonly lines: Int32Array;
}

/** The runtime's order of two slots at one place (as `compareInPlace` (gview.ts) orders their views). */
function compareSlots(c: Columns, a: number, b: number): number {
  return (
    (c.wake[a] as number) - (c.wake[b] as number) ||
    (c.order[a] as number) - (c.order[b] as number) ||
    (c.ids[a] as number) - (c.ids[b] as number)
  );
}

/**
 * The first `k` of `slots` in the runtime's order, sorted, without sorting them all: a place's goroutines mostly
 * arrive in id order, so most slots compare once against the last kept and go; the others take a binary search
 * and a shift of at most `k` numbers.
 */
function firstInOrder(slots: Int32Array, k: number, c: Columns): Int32Array {
  const best = slots.slice(0, k).sort((a, b) => compareSlots(c, a, b));
  for (let i = k; i < slots.length; i++) {
    const s = slots[i] as number;
    if (compareSlots(c, s, best[k - 1] as number) >= 0) continue;
    let lo = 0;
    let hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareSlots(c, s, best[mid] as number) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.copyWithin(lo + 1, lo, k - 1);
    best[lo] = s;
  }
  return best;
}
