/**
 * A fold of the event log for insight: compact per-event columns to filter and page through, the
 * timeline's lanes (per P, per M, per goroutine), goroutine counts and run-queue lengths over time, and the
 * metrics' raw material (scheduling latencies, category counts).
 *
 * @remarks Events are added in log order, once each; the index never needs the engine state, so the host
 * builds it in bounded slices beside the run, reading the run's log columns (no event objects). Memory is about 30
 * bytes per event plus the lanes; per-goroutine facts and lanes are columns by goroutine id.
 */
import type { SchedEvent } from '../events';
import { emptyRawEvent, NO_ARG, type RawEvent, type RawEventSource } from '../log/EventLog';
import { Interner } from '../log/Interner';
import {
  CAT_BLOCK,
  CAT_STEAL,
  CAT_SWITCH,
  categories,
  KIND_EXIT,
  KIND_G_CREATE,
  KIND_G_MOVE,
  KIND_M_CREATE,
  KIND_M_STATUS,
  KIND_P_STATUS,
  type CategoryFacts,
} from './classify';
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
import { GLanes } from './GLanes';
import { GoroutineFacts, type Creation } from './GoroutineFacts';
import { GrowF64, GrowI32 } from './grow';
import { Lane, type LaneReader } from './Lane';
import type { LocFacts } from './locFacts';
import { ObjectFeed, SourceFacts } from './SourceFacts';

const M_RUNNING = mCode('running');
const M_SCHEDULING = mCode('scheduling');
const M_SYSCALL = mCode('syscall');

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
  /** Each goroutine's lane (see {@link EventIndex.gLane}). */
  private readonly gLanes = new GLanes();
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

  private readonly gs = new GoroutineFacts();
  private readonly pRunning: number[] = [];
  private readonly pStatus: string[] = [];
  private readonly qLen: number[] = [];
  private glob = 0;
  private nRunning = 0;
  private nRunnable = 0;
  private nWaiting = 0;
  /** The last steal's time and destination: a thief's batch (same time, same place) counts once. */
  private lastStealT = NaN;
  private lastStealTo = -1;
  /** The source events come from, and the facts of its strings (one source per index). */
  private readonly facts: SourceFacts;
  /** What {@link EventIndex.add} feeds objects through (an index made without a log). */
  private readonly feed: ObjectFeed | undefined;
  private readonly row: RawEvent = emptyRawEvent();
  private readonly cat: CategoryFacts = {
    kind: 0,
    fn: 0,
    fromStatus: '_Gdead',
    toStatus: '_Gdead',
    fromPsyscall: false,
    deadlock: false,
  };
  /** Index label ids by the source's location id (-1: not yet interned). */
  private readonly locLabels: number[] = [];
  /** Index kind ids by the source's kind id. */
  private readonly kindIds: number[] = [];
  /** Interned waiting labels by the source's location id, then reason id. */
  private readonly waitLabels = new Map<number, Map<number, number>>();

  /**
   * @param source - the run's log, read with {@link EventIndex.addFrom}; without one the index is fed event
   * objects ({@link EventIndex.add}). Bound here, not on the first event: a branch taken once per index inside
   * the per-event path made V8 throw away and rebuild its optimised code at every new run.
   */
  constructor(source?: RawEventSource) {
    if (source === undefined) this.feed = new ObjectFeed();
    this.facts = new SourceFacts(source ?? (this.feed as ObjectFeed));
  }

  get length(): number {
    return this.t.length;
  }

  /** Virtual time of the last event indexed (0 when none). */
  get lastT(): number {
    return this.length === 0 ? 0 : this.t.get(this.length - 1);
  }

  /** Goroutine `g`'s lane, or undefined when it has none yet. */
  gLane(g: number): LaneReader | undefined {
    return this.gLanes.lane(g);
  }

  /** Where goroutine `g` was created, or undefined when the index has not seen it. */
  createdOf(g: number): Creation | undefined {
    return this.gs.creation(g);
  }

  /** Goroutine `g`'s last known source line (0: none). */
  lastLineOf(g: number): number {
    return this.gs.lineOf(g);
  }

  /** Adds the next event (its `seq` must equal {@link length}) to an index made without a log. */
  add(e: SchedEvent): void {
    const feed = this.feed;
    if (feed === undefined) throw new Error('this event index reads a log (addFrom), not event objects');
    if (e.seq !== this.length) throw new RangeError(`index expects event ${this.length}, got ${e.seq}`);
    feed.fill(e);
    this.addFrom(feed, e.seq);
  }

  /** Adds event `seq` of `source` (it must equal {@link length}), read from its columns. */
  addFrom(source: RawEventSource, seq: number): void {
    if (seq !== this.length) throw new RangeError(`index expects event ${this.length}, got ${seq}`);
    const f = this.facts;
    if (f.source !== source) throw new Error('an event index reads the one event source it was made for');
    const r = this.row;
    source.raw(seq, r);
    const p = r.p;
    const g = r.g;
    const before = p >= 0 ? (this.pRunning[p] ?? -1) : -1;
    const kind = f.kindCode(r.kind);
    const from = f.loc(r.from);
    const to = f.loc(r.to);
    const c = this.cat;
    c.kind = kind;
    c.fn = f.fnBits(r.fn);
    c.fromStatus = from.status;
    c.toStatus = to.status;
    c.fromPsyscall = kind === KIND_P_STATUS && f.str(r.from) === '_Psyscall';
    c.deadlock = kind === KIND_EXIT && f.deadlock(r.reason);
    const cats = categories(c);
    this.t.push(r.t);
    this.g.push(g);
    this.p.push(p);
    this.m.push(r.m);
    this.kind.push((this.kindIds[r.kind] ??= this.kinds.id(f.kindName(r.kind))));
    this.creator.push(before);
    this.cats.push(cats);
    this.line.push(r.line);
    for (let b = 0; b < 16; b++) if (cats & (1 << b)) this.catCounts[b]!++;
    if (g >= 0 && r.line > 0 && kind !== KIND_G_CREATE) this.gs.setLine(g, r.line);
    if (cats & CAT_STEAL) {
      if (r.t !== this.lastStealT || r.to !== this.lastStealTo) this.steals++;
      this.lastStealT = r.t;
      this.lastStealTo = r.to;
    }
    switch (kind) {
      case KIND_G_CREATE:
        this.gIds.push(g);
        this.gs.created(g, { seq, tNs: r.t, by: before, line: r.arg === NO_ARG ? 0 : r.arg });
        this.gs.setStatus(g, '_Gdead');
        return;
      case KIND_G_MOVE:
        return this.move(f, r, from, to, cats);
      case KIND_P_STATUS:
        this.pStatus[p] = f.str(r.to, '_Pidle');
        this.pLaneUpdate(p, r.t);
        return;
      case KIND_M_STATUS:
      case KIND_M_CREATE:
        this.mLane(r.m).set(r.t, r.to < 0 ? -1 : mCode(f.str(r.to)), g);
        return;
      case KIND_EXIT:
        this.exitT = r.t;
        return;
    }
  }

  private move(f: SourceFacts, r: RawEvent, from: LocFacts, to: LocFacts, cats: number): void {
    const g = r.g;
    const t = r.t;
    const fromSt = this.gs.statusOf(g) ?? from.status;
    const toSt = to.status;
    this.gs.setStatus(g, toSt);
    const code = gCode(toSt);
    const label =
      code === G_WAITING
        ? this.waitLabel(f, r.to, r.reason)
        : code === G_DEAD
          ? -1
          : (this.locLabels[r.to] ??= this.labels.id(f.str(r.to)));
    this.gLanes.set(g, t, code, label);
    this.count(fromSt, -1);
    this.count(toSt, +1);
    // Queues: runnext and the local ring together are a P's run queue.
    this.queue(from, -1, t);
    this.queue(to, +1, t);
    // A P's running goroutine.
    if (from.running) this.setRunning(from.runningP, -1, t);
    if (to.running) this.setRunning(to.runningP, g, t);
    // An M running a goroutine is "running" (the engine derives that state; only its changes in the
    // scheduler are events), and back in the scheduler when the goroutine leaves.
    if (r.m >= 0) {
      if (to.running) this.mLane(r.m).set(t, M_RUNNING, g);
      else if (from.running && !to.syscall) this.mLane(r.m).set(t, M_SCHEDULING, -1);
      else if (to.syscall) this.mLane(r.m).set(t, M_SYSCALL, g);
    }
    if (toSt === '_Grunnable' && fromSt !== '_Grunnable') this.gs.setRunnableSince(g, t);
    if (cats & CAT_SWITCH) {
      const since = this.gs.takeRunnableSince(g);
      if (!Number.isNaN(since)) this.latencies.push(t - since);
    }
    if (cats & CAT_BLOCK || toSt === '_Gdead') this.gs.takeRunnableSince(g);
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

  /** The label id of waiting at place `to` for `reason` (source ids), interned without building its key each time. */
  private waitLabel(f: SourceFacts, to: number, reason: number): number {
    let byReason = this.waitLabels.get(to);
    if (byReason === undefined) this.waitLabels.set(to, (byReason = new Map()));
    let id = byReason.get(reason);
    if (id === undefined) byReason.set(reason, (id = this.labels.id(`${f.str(to)}\u0000${f.str(reason)}`)));
    return id;
  }

  private setRunning(p: number, g: number, tNs: number): void {
    this.pRunning[p] = g;
    this.pLaneUpdate(p, tNs);
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
