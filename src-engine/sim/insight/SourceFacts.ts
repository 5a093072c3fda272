/**
 * What the event index needs to know of the strings of one event source (a run's log), by their interned ids:
 * worked out the first time an id is met, then an array read. The index meets every event once; resolving
 * kinds, functions and places by string for each was most of its work.
 */
import { emptyRawEvent, NO_ARG, type RawEvent, type RawEventSource } from '../log/EventLog';
import { Interner } from '../log/Interner';
import type { SchedEvent } from '../events';
import { fnBits, kindCode } from './classify';
import { factsOf, type LocFacts } from './locFacts';

export class SourceFacts {
  private readonly kindCodes: number[] = [];
  private readonly fns: number[] = [];
  private readonly locs: LocFacts[] = [];
  private readonly deadlocks: boolean[] = [];
  private readonly dead: LocFacts = factsOf('dead');

  constructor(readonly source: RawEventSource) {}

  /** `KIND_*` code of kind id `id`. */
  kindCode(id: number): number {
    let c = this.kindCodes[id];
    if (c === undefined) this.kindCodes[id] = c = kindCode(this.source.kinds.str(id));
    return c;
  }

  kindName(id: number): string {
    return this.source.kinds.str(id);
  }

  /** `FN_*` bits of function id `id`. */
  fnBits(id: number): number {
    let b = this.fns[id];
    if (b === undefined) this.fns[id] = b = fnBits(this.source.fns.str(id));
    return b;
  }

  /** Facts of the place with string id `id` (-1: absent, which is `dead`). */
  loc(id: number): LocFacts {
    if (id < 0) return this.dead;
    let f = this.locs[id];
    if (f === undefined) this.locs[id] = f = factsOf(this.source.strings.str(id));
    return f;
  }

  /** Location or reason string `id` (-1: absent). */
  str(id: number, absent = 'dead'): string {
    return id < 0 ? absent : this.source.strings.str(id);
  }

  /** Whether reason `id` names a deadlock (a program exit's categories). */
  deadlock(id: number): boolean {
    let d = this.deadlocks[id];
    if (d === undefined) this.deadlocks[id] = d = this.source.strings.str(id).includes('deadlock');
    return d;
  }
}

/**
 * Event objects as an event source, one at a time: {@link ObjectFeed.fill} interns an event's strings and
 * writes its columns (what `EventLog.get` materialised, read back), so an index fed objects (tests, the CLI)
 * takes the same path as one fed a log.
 */
export class ObjectFeed implements RawEventSource {
  readonly strings = new Interner();
  readonly kinds = new Interner();
  readonly fns = new Interner();
  private readonly row: RawEvent = emptyRawEvent();
  private current = -1;

  get length(): number {
    return this.current + 1;
  }

  /** Makes `e` the event at its `seq`. */
  fill(e: SchedEvent): void {
    const r = this.row;
    r.t = e.t;
    r.kind = this.kinds.id(e.kind);
    r.g = e.g ?? -1;
    r.p = e.p ?? -1;
    r.m = e.m ?? -1;
    r.from = e.from === undefined ? -1 : this.strings.id(e.from);
    r.to = e.to === undefined ? -1 : this.strings.id(e.to);
    r.reason = this.strings.id(e.reason);
    r.fn = this.fns.id(e.fn);
    r.at = 0;
    r.arg = e.arg ?? NO_ARG;
    r.line = e.line ?? 0;
    this.current = e.seq;
  }

  raw(seq: number, out: RawEvent): void {
    if (seq !== this.current) throw new RangeError(`the feed holds event ${this.current}, not ${seq}`);
    Object.assign(out, this.row);
  }
}
