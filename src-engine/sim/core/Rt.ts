/**
 * The runtime context every rule function works on: the plain-data state, the event log, the cost model, the
 * body registry and the agenda (the discrete-event queue ordered by (time, sequence)).
 */
import type { BodyProgram, Value } from '../body';
import type { CostModel } from '../costModel';
import type { EventLog } from '../log/EventLog';
import { AT_HEAD, AT_NONE, NO_ARG } from '../log/EventLog';
import type { OutputChunk } from '../SchedulerRun';
import { NONE, type GState, type MState, type SimState, type Timer } from '../state/types';
import { agendaPop, agendaPush, type AgendaEntry } from './agenda';
import { GoCpuClock } from './cpuClock';
import { objectArray, sparseArray } from '../util/arrays';
import { GoidSet } from './goidSet';
import { LocTable, type LocInfo } from './locInfo';
import type { Interner } from '../log/Interner';
import { NO_NAME, type Name } from './names';

/** Agenda action kinds. */
export const A_MRUN = 1;
export const A_MSCHED = 2;
export const A_MWAKE = 3;
export const A_SYSCALL_DONE = 4;
export const A_NETPOLL_WAKE = 5;
export const A_STEAL_RESUME = 6;
export const A_PREEMPT = 7;
export const A_STW_DONE = 8;
export const A_SYSMON = 9;
export const A_FD_READY = 10;
export const A_STW_REPREEMPT = 11;

/**
 * Thrown inside an action when the program ends (fatal error, panic, main returned); caught by the action
 * loop. It is control flow, thrown once per run and never read (the reason is in the state and the log's
 * `program.exit` event), so one instance serves every run ({@link PROGRAM_END}): making an Error, even without
 * a stack trace, cost a few µs, a noticeable share of a short run (a comparison pane, the §11.7 bench's small
 * workloads).
 */
export class ProgramEnd extends Error {
  constructor() {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super('program ended');
    Error.stackTraceLimit = limit;
  }
}

/** The one {@link ProgramEnd} the engine throws. */
const PROGRAM_END = new ProgramEnd();

export class Rt {
  /** Number of events emitted (the log only grows: the engine never rewinds). */
  get cursor(): number {
    return this.log.length;
  }
  /** Output chunks with the seq of their `output` event. */
  readonly outputs: { seq: number; chunk: OutputChunk }[] = objectArray();
  private readonly bodyIds = new Map<BodyProgram, number>();
  /** Interned id of the `g.move` kind (hot path). */
  readonly kindGMove: number;
  readonly kindGCreate: number;
  private readonly locs: LocTable;
  /** The log's interners (ids of names by {@link Interner.idOfName}, filled on first use). */
  private readonly sids: Interner;
  private readonly fnIds: Interner;
  private readonly kindIds: Interner;
  /** Objects of dead timers, reused by `addTimer` (not state: only their slots in `st.timers` are). */
  readonly timerPool: Timer[] = objectArray();
  /** Parsed location of each G's `loc` as of its last move (saves a map lookup per move; checked by `str`). */
  readonly gLoc: (LocInfo | undefined)[] = sparseArray();
  /**
   * Goids whose view may have changed since {@link Rt.takeChangedGs} (a G's view only changes with its
   * `g.create` / `g.move` events), so keyframes re-derive only those Gs. Each goid is listed at most once.
   */
  private readonly changed = new GoidSet();
  /** Charges a running goroutine's CPU work in place when nothing else can happen first (see cpuClock.ts). */
  readonly cpu: GoCpuClock = new GoCpuClock(this);

  constructor(
    public st: SimState,
    readonly log: EventLog,
    readonly cost: CostModel,
    readonly bodies: BodyProgram[],
    readonly maxGoroutines: number,
  ) {
    bodies.forEach((b, i) => this.bodyIds.set(b, i));
    this.kindGMove = log.kinds.id('g.move');
    this.kindGCreate = log.kinds.id('g.create');
    this.sids = log.strings;
    this.fnIds = log.fns;
    this.kindIds = log.kinds;
    this.locs = new LocTable(log.strings);
  }

  /** Parsed, interned location (cached: locations repeat constantly). */
  loc(s: string): LocInfo {
    return this.locs.loc(s);
  }

  /** Parsed location of family `family` (`LP_RUNNING`, `LC_SENDQ`, …) for P/M/channel/sync `n` (cached). */
  locOf(family: number, n: number): LocInfo {
    return this.locs.locOf(family, n);
  }

  /** Registry id of a body program (program code is shared, never cloned). */
  bodyId(b: BodyProgram): number {
    let id = this.bodyIds.get(b);
    if (id === undefined) {
      id = this.bodies.length;
      this.bodies.push(b);
      this.bodyIds.set(b, id);
    }
    return id;
  }

  g(id: number): GState {
    const g = this.st.gs[id];
    if (g === undefined) throw new Error(`no goroutine ${id}`);
    return g;
  }

  m(id: number): MState {
    const m = this.st.ms[id];
    if (m === undefined) throw new Error(`no M ${id}`);
    return m;
  }

  /** Emits one event at the current time; -1 means absent for g/p/m, {@link NO_NAME} for from/to. */
  emit(
    kind: Name,
    g: number,
    p: number,
    m: number,
    from: Name,
    to: Name,
    reason: Name,
    fn: Name,
    at = AT_NONE,
    arg = NO_ARG,
  ): void {
    const s = this.sids;
    this.emitIds(
      this.kindIds.idOfName(kind),
      g,
      p,
      m,
      from === NO_NAME ? -1 : s.idOfName(from),
      to === NO_NAME ? -1 : s.idOfName(to),
      reason,
      fn,
      at,
      arg,
    );
  }

  /**
   * {@link Rt.emit} for text that is not a registered {@link Name} (exit reasons, panic text, GOMAXPROCS
   * values): interned by hashing, for events that are rare.
   */
  emitStr(
    kind: string,
    g: number,
    p: number,
    m: number,
    from: string | null,
    to: string | null,
    reason: string,
    fn: string,
    at = AT_NONE,
    arg = NO_ARG,
  ): void {
    const l = this.log;
    const s = l.strings;
    const k = l.kinds.id(kind);
    const fromId = from === null ? -1 : s.id(from);
    const toId = to === null ? -1 : s.id(to);
    const fnId = l.fns.id(fn);
    this.push(k, g, p, m, fromId, toId, s.id(reason), fnId, at, arg);
  }

  /** {@link Rt.emit} with kind and locations already interned (log ids). */
  emitIds(
    k: number,
    g: number,
    p: number,
    m: number,
    fromId: number,
    toId: number,
    reason: Name,
    fn: Name,
    at: number,
    arg: number,
  ): void {
    const fnId = this.fnIds.idOfName(fn);
    this.push(k, g, p, m, fromId, toId, this.sids.idOfName(reason), fnId, at, arg);
  }

  /** The `g.move` event of `g` (the hot path of `gmoveTo`): like {@link Rt.emitIds}, without a goid lookup. */
  emitMove(
    g: GState,
    p: number,
    m: number,
    fromId: number,
    toId: number,
    reason: Name,
    fn: Name,
    at: number,
    arg: number,
  ): void {
    const fnId = this.fnIds.idOfName(fn);
    const reasonId = this.sids.idOfName(reason);
    this.noteMove(g, at);
    this.log.push(this.st.now, this.kindGMove, g.id, p, m, fromId, toId, reasonId, fnId, at, arg, g.line);
  }

  /** A `g.move`/`g.create` of `g` is about to be logged: its view's line and order, and the keyframes' list. */
  private noteMove(g: GState, at: number): void {
    g.evLine = g.line;
    g.order = at === AT_HEAD ? -this.log.length : this.log.length;
    this.changed.add(g.id);
  }

  /** Appends one event with every string interned; keeps the G's event line and changed-G list. */
  private push(
    k: number,
    g: number,
    p: number,
    m: number,
    fromId: number,
    toId: number,
    reasonId: number,
    fnId: number,
    at: number,
    arg: number,
  ): void {
    let line = 0;
    if (g > 0) {
      const gs = this.st.gs[g];
      const moved = k === this.kindGMove || k === this.kindGCreate;
      if (gs !== undefined) {
        line = gs.line;
        if (moved) this.noteMove(gs, at);
      } else if (moved) this.changed.add(g);
    }
    this.log.push(this.st.now, k, g, p, m, fromId, toId, reasonId, fnId, at, arg, line);
  }

  /**
   * Goids whose view may have changed since the previous call (each once), and starts a new list. The list is
   * a view of a reused buffer (no garbage per keyframe): read it before the engine emits again.
   */
  takeChangedGs(): Int32Array {
    return this.changed.take();
  }

  /** Records program output and its `output` event. */
  write(g: number, stream: 'stdout' | 'stderr', text: string): void {
    this.outputs.push({ seq: this.log.length, chunk: { t: this.st.now, stream, text } });
    this.emitStr(
      'output',
      g,
      -1,
      -1,
      null,
      null,
      stream,
      stream === 'stdout' ? 'os.(*File).Write' : 'runtime.printpanics',
    );
  }

  /** Schedules an action at time `t` (≥ now). */
  at(t: number, kind: number, target: number, gen: number): void {
    agendaPush(this.st, t, kind, target, gen);
  }

  /** Schedules the M's next action, invalidating any pending one. */
  mAt(m: MState, t: number, kind: number): void {
    m.gen++;
    this.at(t, kind, m.id, m.gen);
  }

  /** Invalidates the M's pending action. */
  mCancel(m: MState): void {
    m.gen++;
  }

  /** Pops the earliest agenda entry into `out`; false when empty. */
  pop(out: AgendaEntry): boolean {
    return agendaPop(this.st, out);
  }

  /** Ends the program with Go's exit status; the caller must stop processing. */
  end(code: number, reason: string): never {
    this.st.ended = true;
    this.st.exitCode = code;
    this.st.exitReason = reason;
    this.emitStr(
      'program.exit',
      -1,
      -1,
      -1,
      null,
      null,
      reason,
      code === 0 ? 'runtime.main' : 'runtime.fatal',
      AT_NONE,
      code,
    );
    throw PROGRAM_END;
  }

  /** Sets a G's resume input. */
  setInput(g: GState, value: Value, ok = true, index = 0): void {
    g.inValue = value;
    g.inOk = ok;
    g.inIndex = index;
  }
}

export { NONE };
