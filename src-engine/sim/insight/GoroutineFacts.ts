/**
 * What the event index remembers per goroutine, in columns by goroutine id: its status as the index last saw
 * it, where it was created, its last source line and since when it has been runnable.
 *
 * @remarks Maps of objects here cost four heap objects per goroutine, which at 100 000 goroutines was a large
 * part of what the engine thread's collector kept copying; goroutine ids are dense (Go hands them out in
 * batches of 16 per P), so columns indexed by id waste little.
 */
import { copiedInto } from './grow';

/** Where a goroutine was created: event, time, creator (-1 for main) and the creator's line (the go statement). */
export interface Creation {
  readonly seq: number;
  readonly tNs: number;
  readonly by: number;
  readonly line: number;
}

export class GoroutineFacts {
  /** Status as last seen (a `GStatus` string), undefined before the goroutine's first event. */
  private readonly status: (string | undefined)[] = [];
  private createdSeq = new Int32Array(1024).fill(-1);
  private createdT = new Float64Array(1024);
  private createdBy = new Int32Array(1024);
  private createdLine = new Int32Array(1024);
  /** Last known source line (0: none). */
  private lines = new Int32Array(1024);
  /** Since when runnable, ns (NaN: not runnable, or its latency already taken). */
  private since = new Float64Array(1024).fill(NaN);

  statusOf(g: number): string | undefined {
    return this.status[g];
  }

  setStatus(g: number, status: string): void {
    this.status[g] = status;
  }

  created(g: number, c: Creation): void {
    this.fit(g);
    this.createdSeq[g] = c.seq;
    this.createdT[g] = c.tNs;
    this.createdBy[g] = c.by;
    this.createdLine[g] = c.line;
  }

  /** Where `g` was created, or undefined when the index has not seen it created. */
  creation(g: number): Creation | undefined {
    if (!(g >= 0 && g < this.createdSeq.length) || (this.createdSeq[g] as number) < 0) return undefined;
    return {
      seq: this.createdSeq[g] as number,
      tNs: this.createdT[g] as number,
      by: this.createdBy[g] as number,
      line: this.createdLine[g] as number,
    };
  }

  setLine(g: number, line: number): void {
    this.fit(g);
    this.lines[g] = line;
  }

  /** `g`'s last known source line, 0 when none. */
  lineOf(g: number): number {
    return g >= 0 && g < this.lines.length ? (this.lines[g] as number) : 0;
  }

  setRunnableSince(g: number, tNs: number): void {
    this.fit(g);
    this.since[g] = tNs;
  }

  /** Since when `g` has been runnable (NaN: not known), forgetting it. */
  takeRunnableSince(g: number): number {
    if (!(g >= 0 && g < this.since.length)) return NaN;
    const t = this.since[g] as number;
    this.since[g] = NaN;
    return t;
  }

  /** Makes the columns hold id `g`. */
  private fit(g: number): void {
    if (g < this.lines.length) return;
    const cap = Math.max(this.lines.length * 2, g + 1);
    this.createdSeq = copiedInto(this.createdSeq, new Int32Array(cap).fill(-1));
    this.createdT = copiedInto(this.createdT, new Float64Array(cap));
    this.createdBy = copiedInto(this.createdBy, new Int32Array(cap));
    this.createdLine = copiedInto(this.createdLine, new Int32Array(cap));
    this.lines = copiedInto(this.lines, new Int32Array(cap));
    this.since = copiedInto(this.since, new Float64Array(cap).fill(NaN));
  }
}
