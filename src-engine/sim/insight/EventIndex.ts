/**
 * A fold of the event log for insight: compact per-event columns to filter and page through, the
 * timeline's lanes (per P, per M, per goroutine), goroutine counts and run-queue lengths over time, and the
 * metrics' raw material (scheduling latencies, category counts).
 *
 * @remarks Events are added in log order, once each; the index never needs the engine state, so the host
 * builds it in bounded slices beside the run. Memory is about 30 bytes per event plus the lanes.
 */
import type { SchedEvent } from '../events';
import { parseLocation } from '../events';
import { statusOfLoc } from '../core/locs';
import { Interner } from '../log/Interner';
import { CAT_BLOCK, CAT_STEAL, CAT_SWITCH, classify } from './classify';
import {
  G_DEAD,
  G_WAITING,
  gCode,
  mCode,
  P_DEAD,
  P_GCSTOP,
  P_IDLE,
  P_RUNNING,
  P_SCHEDULING,
  P_SYSCALL,
} from './codes';
import { Lane } from './Lane';

const M_RUNNING = mCode('running');
const M_SCHEDULING = mCode('scheduling');
const M_SYSCALL = mCode('syscall');
import { GrowF64, GrowI32 } from './grow';

/** A step series: value from `ts[i]` on (run-queue lengths, goroutine counts). */
export class Series {
  readonly ts = new GrowF64();
  readonly vs = new GrowI32();
  set(tNs: number, v: number): void {
    const n = this.ts.length;
    if (n > 0 && this.vs.get(n - 1) === v) return;
    if (n > 0 && this.ts.get(n - 1) === tNs) this.vs.set(n - 1, v);
    else {
      this.ts.push(tNs);
      this.vs.push(v);
    }
  }
}

export class EventIndex {
  readonly t = new GrowF64();
  readonly g = new GrowI32();
  readonly p = new GrowI32();
  readonly m = new GrowI32();
  readonly kind = new GrowI32();
  /** The goroutine running on the event's P just before it (-1: none): who created, who was preempted. */
  readonly creator = new GrowI32();
  readonly cats = new GrowI32();
  readonly line = new GrowI32();
  readonly kinds = new Interner(0xffff);
  readonly labels = new Interner();
  readonly pLanes: Lane[] = [];
  readonly mLanes: Lane[] = [];
  readonly gLanes = new Map<number, Lane>();
  /** Goroutine ids in order of creation. */
  readonly gIds: number[] = [];
  /** Per P, its run queue length (runnext + local ring) over time. */
  readonly runqLen: Series[] = [];
  readonly globalRunqLen = new Series();
  /** Running, runnable and waiting goroutines over time. */
  readonly running = new Series();
  readonly runnable = new Series();
  readonly waiting = new Series();
  /** Runnable → running latencies, ns, in the order they happened. */
  readonly latencies = new GrowF64();
  /** Events per category bit. */
  readonly catCounts = new Array<number>(16).fill(0);
  /** Steal operations (a thief's batch counts once). */
  steals = 0;
  exitT = -1;
  /** Where each goroutine was created: event, time, creator (-1 for main) and the creator's line (the go statement). */
  readonly created = new Map<number, { seq: number; tNs: number; by: number; line: number }>();
  /** Each goroutine's last known source line. */
  readonly lastLine = new Map<number, number>();

  private readonly pRunning: number[] = [];
  private readonly pStatus: string[] = [];
  private readonly runnableSince = new Map<number, number>();
  private readonly gStatus = new Map<number, string>();
  private readonly qLen: number[] = [];
  private glob = 0;
  private nRunning = 0;
  private nRunnable = 0;
  private nWaiting = 0;
  private lastStealKey = '';

  get length(): number {
    return this.t.length;
  }

  /** Virtual time of the last event indexed (0 when none). */
  get lastT(): number {
    return this.length === 0 ? 0 : this.t.get(this.length - 1);
  }

  /** Adds the next event of the log (its `seq` must equal {@link length}). */
  add(e: SchedEvent): void {
    if (e.seq !== this.length) throw new RangeError(`index expects event ${this.length}, got ${e.seq}`);
    const p = e.p ?? -1;
    const before = p >= 0 ? (this.pRunning[p] ?? -1) : -1;
    const cats = classify(e);
    this.t.push(e.t);
    this.g.push(e.g ?? -1);
    this.p.push(p);
    this.m.push(e.m ?? -1);
    this.kind.push(this.kinds.id(e.kind));
    this.creator.push(before);
    this.cats.push(cats);
    this.line.push(e.line ?? 0);
    for (let b = 0; b < 16; b++) if (cats & (1 << b)) this.catCounts[b]!++;
    if (e.g !== undefined && e.line !== undefined && e.kind !== 'g.create') this.lastLine.set(e.g, e.line);
    if (cats & CAT_STEAL) {
      const key = `${e.t}|${e.to}`;
      if (key !== this.lastStealKey) this.steals++;
      this.lastStealKey = key;
    }
    switch (e.kind) {
      case 'g.create':
        this.gIds.push(e.g!);
        this.created.set(e.g!, {
          seq: e.seq,
          tNs: e.t,
          by: before,
          line: e.arg ?? 0,
        });
        this.gStatus.set(e.g!, '_Gdead');
        return;
      case 'g.move':
        return this.move(e, cats);
      case 'p.status':
        return this.pStatusChange(e);
      case 'm.status':
      case 'm.create':
        this.mLane(e.m!).set(e.t, mCode(e.to), e.g ?? -1);
        return;
      case 'program.exit':
        this.exitT = e.t;
        return;
    }
  }

  private move(e: SchedEvent, cats: number): void {
    const g = e.g!;
    const from = e.from ?? 'dead';
    const to = e.to ?? 'dead';
    const fromSt = this.gStatus.get(g) ?? statusOfLoc(from);
    const toSt = statusOfLoc(to);
    this.gStatus.set(g, toSt);
    const code = gCode(toSt);
    let lane = this.gLanes.get(g);
    if (lane === undefined) {
      lane = new Lane();
      this.gLanes.set(g, lane);
    }
    const label =
      code === G_WAITING
        ? this.labels.id(`${to}\u0000${e.reason}`)
        : code === G_DEAD
          ? -1
          : this.labels.id(to);
    lane.set(e.t, code, g, label);
    this.count(fromSt, -1);
    this.count(toSt, +1);
    // Queues: runnext and the local ring together are a P's run queue.
    this.queue(from, -1, e.t);
    this.queue(to, +1, e.t);
    // A P's running goroutine.
    const fl = parseLocation(from);
    const tl = parseLocation(to);
    if (fl.kind === 'running') this.setRunning(Number(fl.arg!.slice(1)), -1, e.t);
    if (tl.kind === 'running') this.setRunning(Number(tl.arg!.slice(1)), g, e.t);
    // An M running a goroutine is "running" (the engine derives that state; only its changes in the
    // scheduler are events), and back in the scheduler when the goroutine leaves.
    if (e.m !== undefined && e.m >= 0) {
      if (tl.kind === 'running') this.mLane(e.m).set(e.t, M_RUNNING, g);
      else if (fl.kind === 'running' && tl.kind !== 'syscall') this.mLane(e.m).set(e.t, M_SCHEDULING, -1);
      else if (tl.kind === 'syscall') this.mLane(e.m).set(e.t, M_SYSCALL, g);
    }
    if (toSt === '_Grunnable' && fromSt !== '_Grunnable') this.runnableSince.set(g, e.t);
    if (cats & CAT_SWITCH) {
      const since = this.runnableSince.get(g);
      if (since !== undefined) this.latencies.push(e.t - since);
      this.runnableSince.delete(g);
    }
    if (cats & CAT_BLOCK || toSt === '_Gdead') this.runnableSince.delete(g);
  }

  private count(st: string, d: number): void {
    if (st === '_Grunning') this.nRunning += d;
    else if (st === '_Grunnable') this.nRunnable += d;
    else if (st === '_Gwaiting' || st === '_Gsyscall') this.nWaiting += d;
  }

  /** Records the goroutine counts at the end of a batch of events at one time (called by the host). */
  private recordCounts(tNs: number): void {
    this.running.set(tNs, this.nRunning);
    this.runnable.set(tNs, this.nRunnable);
    this.waiting.set(tNs, this.nWaiting);
  }

  private queue(l: string, d: number, tNs: number): void {
    if (l === 'globrunq') {
      this.glob += d;
      this.globalRunqLen.set(tNs, this.glob);
      return;
    }
    if (!(l.startsWith('runq(') || l.startsWith('runnext('))) {
      if (l !== 'dead') this.recordCounts(tNs);
      return;
    }
    const p = Number(l.slice(l.indexOf('(') + 2, -1));
    this.qLen[p] = (this.qLen[p] ?? 0) + d;
    (this.runqLen[p] ??= new Series()).set(tNs, this.qLen[p]!);
    this.recordCounts(tNs);
  }

  private setRunning(p: number, g: number, tNs: number): void {
    this.pRunning[p] = g;
    this.pLaneUpdate(p, tNs);
  }

  private pStatusChange(e: SchedEvent): void {
    const p = e.p!;
    this.pStatus[p] = e.to ?? '_Pidle';
    this.pLaneUpdate(p, e.t);
  }

  private pLaneUpdate(p: number, tNs: number): void {
    const st = this.pStatus[p] ?? '_Pidle';
    const g = this.pRunning[p] ?? -1;
    const code =
      st === '_Prunning'
        ? g >= 0
          ? P_RUNNING
          : P_SCHEDULING
        : st === '_Psyscall'
          ? P_SYSCALL
          : st === '_Pgcstop'
            ? P_GCSTOP
            : st === '_Pdead'
              ? P_DEAD
              : P_IDLE;
    (this.pLanes[p] ??= new Lane()).set(tNs, code, code === P_RUNNING || code === P_SYSCALL ? g : -1);
  }

  private mLane(m: number): Lane {
    return (this.mLanes[m] ??= new Lane());
  }
}
