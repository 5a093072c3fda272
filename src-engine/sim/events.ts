/**
 * The scheduler event: the single source of truth for the renderer, the explanations and the tests.
 *
 * @remarks
 * Every state change of a G, P or M is exactly one event. `from`/`to` are {@link Location}s for goroutine
 * moves, or status names (`_Pidle`, `_Prunning`, `spinning`, …) for P and M changes. `fn` names the Go
 * runtime function that makes the change in real Go (`runtime.runqsteal`, `runtime.handoffp`, …), so an
 * expert can check every move against the runtime source.
 */
export interface SchedEvent {
  /** Position in the log, from 0, strictly increasing by 1. */
  readonly seq: number;
  /** Virtual time in integer nanoseconds; never decreases along the log. */
  readonly t: number;
  /** What happened, e.g. `g.move`, `p.status`, `m.status`, `output`, `program.exit`. */
  readonly kind: EventKind;
  /** Goroutine id (Go's goid: main is 1). */
  readonly g?: number;
  /** P id (0-based, as in `allp`). */
  readonly p?: number;
  /** M id (0-based; M0 runs main). */
  readonly m?: number;
  readonly from?: string;
  readonly to?: string;
  /** Human-readable why, e.g. `newproc: runnext`, `chan receive`, `preempted after 10ms`. */
  readonly reason: string;
  /** The runtime function responsible, e.g. `runtime.newproc`. */
  readonly fn: string;
  /**
   * Where in the destination queue a goroutine move inserts: `head` (e.g. `globrunqputhead`) or `tail`.
   * Absent means tail. Removals need no position: the goroutine is found by id in `from`.
   */
  readonly at?: 'head' | 'tail';
  /**
   * Kind-specific number: for a move into `running(Pn)` the P's schedtick after `execute`; for a move into
   * `timers(Pn)` the wake time (ns); for `g.create` the line of the go statement (when known); for `gomaxprocs` the new value; for `p.status` the P's schedtick; for
   * `chan.make` the capacity, for `chan.buf` / `chan.close` the buffer length after the change.
   */
  readonly arg?: number;
  /** The goroutine's source line at this event, when its body knows it. */
  readonly line?: number;
}

/** Kinds of event. Goroutine moves carry `g`, `from` and `to` (locations). */
export type EventKind =
  | 'g.create'
  | 'g.move'
  | 'g.exit'
  | 'p.status'
  | 'm.status'
  | 'm.create'
  | 'output'
  | 'program.exit'
  | 'gomaxprocs'
  | 'stw'
  | (string & {});

/**
 * Where a goroutine can be. Written as `kind(id)` or a bare kind, e.g. `runnext(P0)`, `runq(P1)`,
 * `globrunq`, `running(P2)`, `sendq(ch3)`, `recvq(ch3)`, `sema(mu1)`, `timers(P0)`, `netpoll`,
 * `syscall(M4)`, `select(ch1,ch2)`, `dead`.
 */
export type Location = string;

/** Formats a location: `loc('runq', 'P', 1)` is `runq(P1)`. */
export function loc(kind: string, prefix?: string, id?: number | string): Location {
  return prefix === undefined ? kind : `${kind}(${prefix}${id ?? ''})`;
}

/** Splits a location into its kind and argument: `runq(P1)` → `{kind: 'runq', arg: 'P1'}`. */
export function parseLocation(l: Location): { kind: string; arg: string | undefined } {
  const open = l.indexOf('(');
  if (open < 0 || !l.endsWith(')')) return { kind: l, arg: undefined };
  return { kind: l.slice(0, open), arg: l.slice(open + 1, -1) };
}
