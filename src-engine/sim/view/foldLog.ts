/**
 * Folds a range of the columnar log into a {@link MutableView} without materialising event objects: the same
 * rules as {@link applyEventMut}, reading interned ids and parsing each distinct location once.
 */
import { locKind, locNum, statusOfLoc } from '../core/locs';
import { AT_HEAD, emptyRawEvent, NO_ARG, type EventLog, type RawEvent } from '../log/EventLog';
import type { GStatus, MView, PView } from '../WorldView';
import { gView, orderOf } from './gview';
import { applyEventMut, type MutableView } from './MutableView';

type Mut<T> = { -readonly [K in keyof T]: T[K] };

const K_RUNNEXT = 1;
const K_RUNQ = 2;
const K_GLOB = 3;
const K_RUNNING = 4;
const K_SYSCALL = 5;
const K_TIMERS = 6;
const KINDS: Record<string, number> = {
  timers: K_TIMERS,
  runnext: K_RUNNEXT,
  runq: K_RUNQ,
  globrunq: K_GLOB,
  running: K_RUNNING,
  syscall: K_SYSCALL,
};

interface Loc {
  str: string;
  kind: number;
  num: number;
  status: GStatus;
}

/** Per-log parse caches (locations by string id; kind ids of the hot kinds). */
export class LogFolder {
  private readonly locs: (Loc | undefined)[] = [];
  private readonly raw: RawEvent = emptyRawEvent();
  private readonly kMove: number;

  constructor(private readonly log: EventLog) {
    this.kMove = log.kinds.id('g.move');
  }

  /** Applies events [from, to) to `mv`. */
  fold(mv: MutableView, from: number, to: number): void {
    const r = this.raw;
    for (let seq = from; seq < to; seq++) {
      this.log.raw(seq, r);
      if (r.kind === this.kMove) {
        mv.t = r.t;
        mv.seq = seq;
        this.move(mv, r);
      } else applyEventMut(mv, this.log.get(seq));
    }
  }

  private loc(id: number): Loc {
    let l = this.locs[id];
    if (l === undefined) {
      const str = this.log.strings.str(id);
      l = { str, kind: KINDS[locKind(str)] ?? 0, num: locNum(str), status: statusOfLoc(str) };
      this.locs[id] = l;
    }
    return l;
  }

  private move(v: MutableView, r: RawEvent): void {
    const id = r.g;
    const f = this.loc(r.from);
    const t = this.loc(r.to);
    if (f.kind === K_RUNNEXT) {
      const p = v.ps[f.num] as Mut<PView>;
      if (p.runnext === id) p.runnext = null;
    } else if (f.kind === K_RUNQ) remove((v.ps[f.num] as { runq: number[] }).runq, id);
    else if (f.kind === K_GLOB) remove(v.globrunq, id);
    const head = r.at === AT_HEAD;
    if (t.kind === K_RUNNEXT) (v.ps[t.num] as Mut<PView>).runnext = id;
    else if (t.kind === K_RUNQ) {
      const q = (v.ps[t.num] as { runq: number[] }).runq;
      if (head) q.unshift(id);
      else q.push(id);
    } else if (t.kind === K_GLOB) {
      if (head) v.globrunq.unshift(id);
      else v.globrunq.push(id);
    }
    if (t.kind === K_RUNNING && r.arg !== NO_ARG) (v.ps[t.num] as Mut<PView>).schedtick = r.arg;
    const waiting = t.status === '_Gwaiting';
    const asleep = t.kind === K_TIMERS;
    const order = orderOf(v.seq, head);
    const old = v.gs[id];
    if (
      old !== undefined &&
      v.ownGen[id] === v.gen &&
      (old.waitReason !== undefined) === waiting &&
      (old.line !== undefined) === r.line > 0 &&
      (old.wakeAt !== undefined) === asleep
    ) {
      // Not shared with any snapshot and same optional fields: update in place (no allocation).
      old.status = t.status;
      old.loc = t.str;
      old.order = order;
      if (waiting) old.waitReason = this.log.strings.str(r.reason);
      if (r.line > 0) old.line = r.line;
      if (asleep) old.wakeAt = r.arg;
    } else {
      const reason = waiting ? this.log.strings.str(r.reason) : undefined;
      v.gs[id] = gView(id, t.status, t.str, order, reason, r.line, asleep ? r.arg : -1);
      v.ownGen[id] = v.gen;
    }
    if (r.m < 0) return;
    const m = v.ms[r.m] as Mut<MView> | undefined;
    if (m === undefined) return;
    if (t.kind === K_RUNNING) {
      m.g = id;
      m.state = 'running';
      m.p = t.num;
    } else if (f.kind === K_RUNNING) {
      if (t.kind === K_SYSCALL) {
        m.state = 'syscall';
        m.p = null;
      } else {
        m.g = null;
        m.state = 'scheduling';
      }
    } else if (f.kind === K_SYSCALL) m.g = null;
  }
}

function remove(list: number[], id: number): void {
  const i = list.indexOf(id);
  if (i >= 0) list.splice(i, 1);
}
