/**
 * A fold of the event log for insight: compact per-event columns to filter and page through, the
 * timeline's lanes (per P, per M, per goroutine), goroutine counts and run-queue lengths over time, and the
 * metrics' raw material (scheduling latencies, category counts).
 *
 * @remarks Events are added in log order, once each; the index never needs the engine state, so the host
 * builds it in bounded slices beside the run. Memory is about 30 bytes per event plus the lanes.
 */
import type { SchedEvent } from '../events';
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
import { LocFactsCache, type LocFacts } from './locFacts';

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
  /** Facts of each location met, worked out once (see LocFactsCache). */
  private readonly locs = new LocFactsCache();
  /** Interned waiting labels by location and reason. */
  private readonly waitLabels = new Map<string, Map<string | undefined, number>>();

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
    const from = this.locs.of(e.from ?? 'dead');
    const to = this.locs.of(e.to ?? 'dead');
    const fromSt = this.gStatus.get(g) ?? from.status;
    const toSt = to.status;
    this.gStatus.set(g, toSt);
    const code = gCode(toSt);
    let lane = this.gLanes.get(g);
    if (lane === undefined) {
      lane = new Lane();
      this.gLanes.set(g, lane);
    }
    const label =
      code === G_WAITING
        ? this.waitLabel(e.to ?? 'dead', e.reason)
        : code === G_DEAD
          ? -1
          : this.labels.id(e.to ?? 'dead');
    lane.set(e.t, code, g, label);
    this.count(fromSt, -1);
    this.count(toSt, +1);
    // Queues: runnext and the local ring together are a P's run queue.
    this.queue(from, -1, e.t);
    this.queue(to, +1, e.t);
    // A P's running goroutine.
    if (from.running) this.setRunning(from.runningP, -1, e.t);
    if (to.running) this.setRunning(to.runningP, g, e.t);
    // An M running a goroutine is "running" (the engine derives that state; only its changes in the
    // scheduler are events), and back in the scheduler when the goroutine leaves.
    if (e.m !== undefined && e.m >= 0) {
      if (to.running) this.mLane(e.m).set(e.t, M_RUNNING, g);
      else if (from.running && !to.syscall) this.mLane(e.m).set(e.t, M_SCHEDULING, -1);
      else if (to.syscall) this.mLane(e.m).set(e.t, M_SYSCALL, g);
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

  private queue(l: LocFacts, d: number, tNs: number): void {
    if (l.global) {
      this.glob += d;
      this.globalRunqLen.set(tNs, this.glob);
      return;
    }
    if (l.runqP < 0) {
      if (!l.dead) this.recordCounts(tNs);
      return;
    }
    const p = l.runqP;
    this.qLen[p] = (this.qLen[p] ?? 0) + d;
    (this.runqLen[p] ??= new Series()).set(tNs, this.qLen[p]!);
    this.recordCounts(tNs);
  }

  /** The label id of waiting at `to` for `reason`, interned without building the key string each time. */
  private waitLabel(to: string, reason: string | undefined): number {
    let byReason = this.waitLabels.get(to);
    if (byReason === undefined) this.waitLabels.set(to, (byReason = new Map()));
    let id = byReason.get(reason);
    if (id === undefined) byReason.set(reason, (id = this.labels.id(`${to}\u0000${reason}`)));
    return id;
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
