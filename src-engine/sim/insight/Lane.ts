/**
 * One timeline lane: a step function of a state over virtual time (segment i holds from `starts[i]` until
 * `starts[i+1]`, the last one until "now"), with a goroutine and a label id per segment.
 */

/** A lane's drawn piece: [startNs, endNs) in one state (see {@link Lane.summarise}). */
export interface LaneSegment {
  readonly startNs: number;
  readonly endNs: number;
  /** State code (per lane family: P, M or G codes). */
  readonly code: number;
  /** The goroutine it concerns (a P's running G), or -1. */
  readonly g: number;
  /** Interned label (a wait reason or place), or -1. */
  readonly label: number;
  /** True when the bucket mixed several states (level of detail): `code` is the one that lasted longest. */
  readonly mixed?: boolean;
}

/**
 * Reading a lane: segment i holds from {@link LaneReader.startAt}(i) until the next one's start (the last one
 * until "now"). {@link Lane} keeps its segments in arrays; a goroutine's lane lives in {@link GLanes}' shared
 * columns. Queries (the timeline, metrics, a goroutine's story) read either through this.
 */
export abstract class LaneReader {
  abstract get length(): number;
  /** Start of segment `i`, ns. */
  abstract startAt(i: number): number;
  /** State code of segment `i`. */
  abstract codeAt(i: number): number;
  /** The goroutine of segment `i` (-1: none). */
  abstract gAt(i: number): number;
  /** Interned label of segment `i` (-1: none). */
  abstract labelAt(i: number): number;

  /** Index of the segment holding `tNs` (-1 before the first). */
  indexAt(tNs: number): number {
    let lo = 0;
    let hi = this.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.startAt(mid) <= tNs) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /**
   * The lane over [t0, t1) at `buckets` columns of detail: segments shorter than a column are merged into one
   * piece per column showing the state that lasted longest there (marked `mixed`). `nowNs` ends the last one.
   */
  summarise(t0: number, t1: number, buckets: number, nowNs: number): LaneSegment[] {
    const out: LaneSegment[] = [];
    const n = this.length;
    if (n === 0 || t1 <= t0 || buckets < 1) return out;
    const w = (t1 - t0) / buckets;
    let i = Math.max(0, this.indexAt(t0));
    for (; i < n; i++) {
      const s = Math.max(t0, this.startAt(i));
      const e = Math.min(t1, i + 1 < n ? this.startAt(i + 1) : nowNs);
      if (s >= t1) break;
      if (e <= s) continue;
      if (e - s >= w) {
        push(out, {
          startNs: s,
          endNs: e,
          code: this.codeAt(i),
          g: this.gAt(i),
          label: this.labelAt(i),
        });
        continue;
      }
      // Short segments: gather one column's worth and keep the longest state.
      const colEnd = Math.min(t1, t0 + (Math.floor((s - t0) / w) + 1) * w);
      let best = i;
      let bestLen = e - s;
      let j = i + 1;
      let end = e;
      for (; j < n; j++) {
        const js = this.startAt(j);
        if (js >= colEnd) break;
        const je = Math.min(colEnd, j + 1 < n ? this.startAt(j + 1) : nowNs);
        if (je - js > bestLen) {
          bestLen = je - js;
          best = j;
        }
        end = je;
      }
      const mixed = j - i > 1;
      push(out, {
        startNs: s,
        endNs: Math.max(end, Math.min(colEnd, nowNs)),
        code: this.codeAt(best),
        g: this.gAt(best),
        label: this.labelAt(best),
        ...(mixed ? { mixed } : {}),
      });
      i = j - 1;
    }
    return out;
  }
}

export class Lane extends LaneReader {
  readonly starts: number[] = [];
  readonly codes: number[] = [];
  readonly gs: number[] = [];
  readonly labels: number[] = [];

  get length(): number {
    return this.starts.length;
  }

  startAt(i: number): number {
    return this.starts[i] as number;
  }

  codeAt(i: number): number {
    return this.codes[i] as number;
  }

  gAt(i: number): number {
    return this.gs[i] as number;
  }

  labelAt(i: number): number {
    return this.labels[i] as number;
  }

  /** The state from `tNs` on; equal consecutive states merge, a change at the same time replaces. */
  set(tNs: number, code: number, g = -1, label = -1): void {
    const n = this.starts.length;
    if (n > 0 && this.codes[n - 1] === code && this.gs[n - 1] === g && this.labels[n - 1] === label) return;
    if (n > 0 && this.starts[n - 1] === tNs) {
      this.codes[n - 1] = code;
      this.gs[n - 1] = g;
      this.labels[n - 1] = label;
      // Merging back into the previous one keeps the invariant that neighbours differ.
      if (n > 1 && this.codes[n - 2] === code && this.gs[n - 2] === g && this.labels[n - 2] === label) {
        this.starts.pop();
        this.codes.pop();
        this.gs.pop();
        this.labels.pop();
      }
      return;
    }
    this.starts.push(tNs);
    this.codes.push(code);
    this.gs.push(g);
    this.labels.push(label);
  }
}

/** Appends, extending the previous piece when it continues it in the same state. */
function push(out: LaneSegment[], s: LaneSegment): void {
  const last = out[out.length - 1];
  if (
    last &&
    last.code === s.code &&
    last.g === s.g &&
    last.label === s.label &&
    last.endNs >= s.startNs &&
    !last.mixed &&
    !s.mixed
  ) {
    out[out.length - 1] = { ...last, endNs: s.endNs };
  } else out.push(s);
}
