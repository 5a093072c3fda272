/**
 * Answers to the renderer's insight queries, computed from an {@link EventIndex}: pages of filtered events,
 * lane summaries at a zoom level, and one goroutine's story. Pure: the host adds paging limits and timing.
 */
import type { EventIndex } from './EventIndex';
import { G_CODES, G_RUNNABLE, G_RUNNING, G_WAITING } from './codes';
import type { LaneReader } from './Lane';

/** Which events to list: every given field must match (kinds: any of them). */
export interface EventFilter {
  readonly g?: number;
  readonly p?: number;
  readonly m?: number;
  readonly kinds?: readonly string[];
}

/** True when the filter lets every event through. */
export function isEmptyFilter(f: EventFilter): boolean {
  return (
    f.g === undefined &&
    f.p === undefined &&
    f.m === undefined &&
    (f.kinds === undefined || f.kinds.length === 0)
  );
}

/**
 * Matching event positions, extended incrementally as the index grows (one per filter: the event list asks
 * for the same filter page after page).
 */
export class FilteredSeqs {
  private seqs = new Int32Array(1024);
  private n = 0;
  private scanned = 0;
  private readonly kindIds: Set<number> | undefined;

  constructor(
    private readonly index: EventIndex,
    readonly filter: EventFilter,
  ) {
    this.kindIds =
      filter.kinds && filter.kinds.length > 0
        ? new Set(filter.kinds.map((k) => index.kinds.id(k)))
        : undefined;
  }

  /** Scans up to `max` more indexed events; returns true when it caught up with the index. */
  extend(max = Number.MAX_SAFE_INTEGER): boolean {
    const ix = this.index;
    const { g, p, m } = this.filter;
    const end = Math.min(ix.length, this.scanned + max);
    const kinds = this.kindIds;
    for (let i = this.scanned; i < end; i++) {
      if (g !== undefined && ix.g.get(i) !== g) continue;
      if (p !== undefined && ix.p.get(i) !== p) continue;
      if (m !== undefined && ix.m.get(i) !== m) continue;
      if (kinds !== undefined && !kinds.has(ix.kind.get(i))) continue;
      if (this.n === this.seqs.length) {
        const b = new Int32Array(this.seqs.length * 2);
        b.set(this.seqs);
        this.seqs = b;
      }
      this.seqs[this.n++] = i;
    }
    this.scanned = end;
    return end === ix.length;
  }

  get length(): number {
    return this.n;
  }

  seq(rank: number): number {
    return this.seqs[rank] as number;
  }

  /** Number of matches at or before `seq` (the rank just after it). */
  rankAfter(seq: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.seqs[mid] as number) <= seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A lane summary on the wire: flat numbers, 6 per piece (startNs, endNs, code, g, mixed 0/1, label index). */
export type FlatSegments = number[];

/** Flattens a lane's summary; labels go to `labels` (their index in the flat array). */
export function flatLane(
  lane: LaneReader | undefined,
  t0: number,
  t1: number,
  buckets: number,
  nowNs: number,
  labelOf: (id: number) => string,
  labels: string[],
  labelIdx: Map<string, number>,
): FlatSegments {
  const out: number[] = [];
  if (!lane) return out;
  for (const s of lane.summarise(t0, t1, buckets, nowNs)) {
    let li = -1;
    if (s.label >= 0) {
      const text = labelOf(s.label);
      li = labelIdx.get(text) ?? -1;
      if (li < 0) {
        li = labels.length;
        labels.push(text);
        labelIdx.set(text, li);
      }
    }
    out.push(s.startNs, s.endNs, s.code, s.g, s.mixed ? 1 : 0, li);
  }
  return out;
}

/** Samples a step series at `buckets` column ends over [t0, t1): its largest value in each column. */
export function sampleMax(
  ts: { length: number; get(i: number): number },
  vs: { get(i: number): number },
  t0: number,
  t1: number,
  buckets: number,
): number[] {
  const out = new Array<number>(buckets).fill(0);
  const n = ts.length;
  if (n === 0) return out;
  // Last change at or before t0.
  let lo = 0;
  let hi = n - 1;
  let i = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ts.get(mid) <= t0) {
      i = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const w = (t1 - t0) / buckets;
  let cur = i >= 0 ? vs.get(i) : 0;
  let j = i + 1;
  for (let b = 0; b < buckets; b++) {
    const end = t0 + (b + 1) * w;
    let mx = cur;
    while (j < n && ts.get(j) < end) {
      cur = vs.get(j);
      if (cur > mx) mx = cur;
      j++;
    }
    out[b] = mx;
  }
  return out;
}

/** One goroutine's story for the inspector. */
export interface GoroutineStory {
  readonly g: number;
  readonly exists: boolean;
  readonly created?: {
    readonly seq: number;
    readonly tNs: number;
    readonly by: number;
    readonly line: number;
  };
  readonly currentLine?: number;
  /** Places it was in, newest last (at most `limit`; `omitted` older ones left out). */
  readonly history: readonly {
    readonly startNs: number;
    readonly endNs: number;
    readonly state: string;
    readonly place: string;
    readonly reason?: string;
  }[];
  readonly omitted: number;
  readonly runningNs: number;
  readonly runnableNs: number;
  /** Waiting time by wait reason (syscall time under "syscall"). */
  readonly waitingNs: Readonly<Record<string, number>>;
}

/** The story of goroutine `g` up to virtual time `nowNs`. */
export function goroutineStory(ix: EventIndex, g: number, nowNs: number, limit = 200): GoroutineStory {
  const lane = ix.gLane(g);
  const created = ix.createdOf(g);
  if (!lane || !created)
    return { g, exists: false, history: [], omitted: 0, runningNs: 0, runnableNs: 0, waitingNs: {} };
  let runningNs = 0;
  let runnableNs = 0;
  const waitingNs: Record<string, number> = {};
  const history: GoroutineStory['history'][number][] = [];
  const n = lane.length;
  const upto = lane.indexAt(nowNs);
  for (let i = 0; i <= upto; i++) {
    const s = lane.startAt(i);
    const e = Math.min(nowNs, i + 1 < n ? lane.startAt(i + 1) : nowNs);
    const code = lane.codeAt(i);
    const label = lane.labelAt(i);
    const text = label >= 0 ? ix.labels.str(label) : '';
    const [place, reason] = text.split('\u0000');
    const d = Math.max(0, e - s);
    if (code === G_RUNNING) runningNs += d;
    else if (code === G_RUNNABLE) runnableNs += d;
    else if (code === G_WAITING) waitingNs[reason ?? 'waiting'] = (waitingNs[reason ?? 'waiting'] ?? 0) + d;
    else if (G_CODES[code] === 'syscall') waitingNs['syscall'] = (waitingNs['syscall'] ?? 0) + d;
    if (i > upto - limit) {
      history.push({
        startNs: s,
        endNs: e,
        state: G_CODES[code] ?? '?',
        place: place || (G_CODES[code] ?? '?'),
        ...(reason ? { reason } : {}),
      });
    }
  }
  const line = ix.lastLineOf(g);
  return {
    g,
    exists: true,
    created,
    ...(line ? { currentLine: line } : {}),
    history,
    omitted: Math.max(0, upto + 1 - limit),
    runningNs,
    runnableNs,
    waitingNs,
  };
}
