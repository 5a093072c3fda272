/**
 * The engine's whole mutable state as plain data (numbers, strings, arrays, typed arrays, plain objects), so a
 * keyframe is a deep clone and seeking is restore-and-replay. Runtime names follow runtime2.go.
 */
import type { GStatus, MState as MStateName, PStatus } from '../WorldView';
import type { Value } from '../body';
import type { PrngState } from '../rand/Prng';
import type { DeadGs } from './deadGs';

/** Sentinel for "no G / no P / no M". */
export const NONE = -1;

/** What a waiting G waits on (for wake-up bookkeeping and deadlock output). */
export type WaitKind = '' | 'chan' | 'select' | 'sema' | 'timer' | 'netpoll' | 'forever' | 'stw';

/** A goroutine (`type g`). */
export interface GState {
  id: number;
  status: GStatus;
  /** Current location string (see events.ts `Location`). */
  loc: string;
  /** Go's wait reason string while `_Gwaiting`, else ''. */
  waitReason: string;
  waitKind: WaitKind;
  /** Object waited on (channel handle, sync handle, timer id), or NONE. */
  waitObj: number;
  bodyId: number;
  /** The body's own state (plain data). */
  state: unknown;
  /** Pending resume input. */
  inValue: Value;
  inOk: boolean;
  inIndex: number;
  started: boolean;
  /** CPU time still owed to the current op after a preemption, ns. */
  remainNs: number;
  /** `gp.preempt`: sync preemption requested. */
  preempt: boolean;
  /** M running it (or in a syscall with it). */
  m: number;
  /** `g.lockedm` (LockOSThread). */
  lockedm: number;
  lockedExt: number;
  /** Current line from the body (0 = unknown). */
  line: number;
  /** Line carried by the G's last `g.*` event (what views show). */
  evLine: number;
  /** `GView.order`: seq of the G's last `g.*` event, negated when it went in at the head. */
  order: number;
  /** Wake time (ns) while in `timers(Pn)` (the `arg` of its move there), else -1. */
  wakeAt: number;
  /** An op to re-run instead of resuming the body (mutex retry, rwmutex/once continuations). */
  retry: number;
  retryObj: number;
  /** sync.Mutex lockSlow locals: wait start (ns, -1 = not waited), starving, awoke, spin iter. */
  mWaitStart: number;
  mStarving: boolean;
  mAwoke: boolean;
  mIter: number;
  /** Set when a semaphore handed ownership directly (ticket = 1). */
  semaTicket: boolean;
  /** Pending send value while parked in a sendq or a select. */
  sendValue: Value;
  /** Select being waited on: channel handles and directions (1 = send) of its cases; for wake-up. */
  selCh: number[];
  selDir: number[];
  /** Send values of the select's cases (null for receive cases). */
  selVals: Value[];
  /** Timer id the G is asleep on, or NONE. */
  timer: number;
}

/** Sysmon's per-P sample (`p.sysmontick`). */
export interface SysmonTick {
  schedtick: number;
  schedwhen: number;
  syscalltick: number;
  syscallwhen: number;
}

/** A processor (`type p`). */
export interface PState {
  id: number;
  status: PStatus;
  m: number;
  /** 256-slot ring of goids, indexed by free-running head/tail modulo 256. */
  runq: Int32Array;
  runqhead: number;
  runqtail: number;
  /** goid in runnext, or 0. */
  runnext: number;
  schedtick: number;
  syscalltick: number;
  sysmontick: SysmonTick;
  /** Timer ids in a 4-ary min-heap by (when, seq) (core/timerHeap.ts): the P's timer heap. */
  timers: number[];
  /** `p.goidcache` .. `goidcacheend` (batch of 16). */
  goidcache: number;
  goidcacheend: number;
}

/** A machine / OS thread (`type m`) plus its derived display state. */
export interface MState {
  id: number;
  state: MStateName;
  p: number;
  nextp: number;
  oldp: number;
  curg: number;
  spinning: boolean;
  lockedg: number;
  /** Generation: agenda actions carrying an older generation are stale. */
  gen: number;
  /** When the current op's CPU time ends, ns. */
  busyUntil: number;
  /** stealWork iteration state while suspended in usleep(3). */
  stealRound: number;
  stealStart: number;
  stealStride: number;
  stealI: number;
  stealVictim: number;
  exited: boolean;
}

/** Global scheduler state (`type schedt`). */
export interface Sched {
  /** Global run queue: `globq[globhead..]`, head first. */
  globq: number[];
  globhead: number;
  /** Idle P list, LIFO (top = last element). */
  pidle: number[];
  /** Idle M list, LIFO (top = last element). */
  midle: number[];
  nmspinning: number;
  needspinning: boolean;
  nmidlelocked: number;
  /** Live Ms (`mcount()`), including sysmon. */
  mcount: number;
  goidgen: number;
  /** M blocked in netpoll, or NONE (`lastpoll == 0` in Go). */
  netpollM: number;
  /** Deadline of the blocked netpoll (0 = forever). */
  pollUntil: number;
  /** Time of the last netpoll, ns. */
  lastpoll: number;
  netpollInited: boolean;
  /** Gs parked in netpoll. */
  netpollWaiters: number;
  /** Gs whose fd became ready, in order of readiness, not yet returned by a netpoll. */
  netpollReady: number[];
  gcwaiting: boolean;
  stopwait: number;
  /** M that started the stop-the-world, its purpose and pending GOMAXPROCS. */
  stwM: number;
  stwKind: '' | 'gc' | 'gomaxprocs';
  /** Every P stopped and the pause under way (`stw.stopped` emitted, `stw.start` not yet). */
  stwStopped: boolean;
  newprocs: number;
  /** Number of live user goroutines (not dead). */
  ngLive: number;
}

/** A channel (`hchan`). */
export interface Chan {
  id: number;
  cap: number;
  /** Buffered values, head first. */
  buf: Value[];
  closed: boolean;
  /** FIFO wait queues of goids. A select waiter appears in several channels' queues. */
  recvq: number[];
  sendq: number[];
  /** Timer feeding this channel (time.After/NewTimer), or NONE. */
  timer: number;
  /** Made by time.After/NewTimer (stays true after the timer fired). */
  isTimer: boolean;
}

/** A sync object: Mutex, RWMutex, WaitGroup or Once. */
export interface SyncObj {
  id: number;
  kind: 'mutex' | 'rwmutex' | 'wg' | 'once' | 'cond';
  /** Mutex: state bits as fields. */
  locked: boolean;
  woken: boolean;
  starving: boolean;
  /** Mutex waiter count (`state >> mutexWaiterShift`). */
  waiters: number;
  /** Semaphore wait queue (goids), head first. */
  semq: number[];
  /** Cond: its `L` is an RWMutex's RLocker (Wait RUnlocks `w`). */
  rl: boolean;
  /** RWMutex: inner writer mutex handle (Cond: the handle of the Mutex or RWMutex of its `L`); readerCount; readerWait; reader/writer semaphore queues. */
  w: number;
  readerCount: number;
  readerWait: number;
  readerSem: number[];
  writerSem: number[];
  /** WaitGroup counter; Once done flag. */
  counter: number;
  done: boolean;
}

/** A runtime timer. */
export interface Timer {
  id: number;
  when: number;
  /** Creation order, to break ties between equal `when`s. */
  seq: number;
  /** P whose heap holds it, or NONE when not in a heap. */
  p: number;
  /** Sleeping G (time.Sleep) or NONE. */
  g: number;
  /** Channel to send on (time.After/NewTimer/NewTicker) or NONE. */
  ch: number;
  /** A ticker's period, ns (the timer goes back into the heap after firing); 0 for one-shot timers. */
  period: number;
  /** `time.AfterFunc`: the body id of the goroutine to start when it fires, or NONE. */
  body: number;
  /** `time.AfterFunc`: that goroutine's initial state (null otherwise). */
  bstate: unknown;
}

/** Sysmon's loop state. */
export interface SysmonState {
  idle: number;
  /** Current sleep, µs. */
  delayUs: number;
  /** Deep sleep (`sched.sysmonwait`). */
  wait: boolean;
  gen: number;
  m: number;
}

/** The agenda's storage (plain data inside the state; see core/agenda.ts). */
export interface Agenda {
  /** Number of pending entries. */
  n: number;
  /** Next sequence number (ties at equal times go to the earlier push). */
  seq: number;
  /** Slot numbers, heap-ordered by (t, seq) in `[0, n)`. */
  heap: Int32Array;
  /** Free slots: `free[0 .. nFree)`. */
  free: Int32Array;
  nFree: number;
  /** Columns by slot. */
  t: number[];
  s: number[];
  kind: Int32Array;
  target: Int32Array;
  gen: number[];
}

/** Everything that changes during a run. */
export interface SimState {
  now: number;
  /** Pending actions (min-heap by (t, seq)) in columns. */
  agenda: Agenda;
  /** Live goroutines (and locked ones that exited) by goid; exited ones move to `dead`. */
  gs: (GState | undefined)[];
  /** Goroutines that exited, whose records were dropped from `gs`. */
  dead: DeadGs;
  ps: PState[];
  ms: MState[];
  gomaxprocs: number;
  sched: Sched;
  chans: (Chan | undefined)[];
  syncs: (SyncObj | undefined)[];
  timers: (Timer | undefined)[];
  /** Free timer slots (fired or stopped timers are recycled). */
  timerFree: number[];
  timerSeq: number;
  sysmon: SysmonState;
  rngSteal: PrngState;
  rngSelect: PrngState;
  /** The program's own randomness (map iteration order, math/rand), op `rand`. */
  rngLang: PrngState;
  /** Set when the program has ended. */
  exitCode: number;
  exitReason: string;
  ended: boolean;
}
