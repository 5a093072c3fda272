/**
 * Plain-data state of a historical-model run (docs/go-scheduler.md §11): tasks (the program's goroutines),
 * OS threads, cores, and the program's channels, sync objects and timers. Shared by every model in
 * `models/`; a model's policy decides only where runnable tasks wait and which thread runs them.
 */
import type { Value } from '../../body';
import type { Name } from '../../core/names';

/** A goroutine of the program, run as a task / user thread / kernel thread depending on the model. */
export interface Task {
  readonly id: number;
  readonly bodyId: number;
  state: unknown;
  /** Where it is, as an event location name (`running(T2)`, `runq(T0)`, `globrunq`, `poolq`, `recvq(ch3)`, …). */
  locName: Name;
  /** Wait reason as Go prints it (`chan receive`), while waiting. */
  waitReason: string;
  /** Thread it runs on or is bound to (1:1, pool while blocked), -1 when none. */
  thread: number;
  /** Thread whose queue it last ran from (per-thread queues: where a woken task goes without a waker). */
  home: number;
  started: boolean;
  done: boolean;
  line: number;
  /** Resume input for the next op. */
  inValue: Value;
  inOk: boolean;
  inIndex: number;
  /** Invalidates stale wait-queue entries (select waits on several channels). */
  waitGen: number;
  /** Value a blocked sender offers. */
  sendValue: Value;
  /** Process it belongs to (os-threads). */
  proc: number;
}

/** OS thread states as the models draw them. */
export type ThreadState = 'running' | 'ready' | 'blocked' | 'syscall' | 'idle' | 'lock' | 'exited';

export interface Thread {
  readonly id: number;
  readonly proc: number;
  state: ThreadState;
  /** Core it runs on, -1 off-core. */
  core: number;
  /** Task it runs or holds, -1 none. */
  task: number;
  /** Invalidates its pending run action. */
  gen: number;
  /** End of the CPU work in progress (for a kernel preemption mid-work), ns. */
  busyUntil: number;
  /** CPU work left after a kernel preemption, ns. */
  remainNs: number;
  /** Extra ns charged to the current action (lock waits, thread creation, kernel calls). */
  delayNs: number;
  /** Per-thread run queue (per-thread queues and N:1), head first from `qHead`. */
  runq: number[];
  qHead: number;
  /** Worker of the pool (pool threads never run main). */
  worker: boolean;
}

export interface Core {
  readonly id: number;
  /** Thread on the core, -1 idle. */
  thread: number;
  /** Last thread that ran here (a different next thread pays a context switch). */
  last: number;
  /** When the current thread got the core, ns (its time slice runs from here). */
  since: number;
  /** A slice-end action is pending. */
  sliceArmed: boolean;
  sliceGen: number;
}

/** A waiter on a channel: a task, valid while its `waitGen` matches (select removes lazily). */
export interface ChanWaiter {
  readonly task: number;
  readonly gen: number;
  /** Select case index (0 for a plain send/receive). */
  readonly index: number;
  readonly value: Value;
}

export interface Chan {
  readonly id: number;
  readonly cap: number;
  buf: Value[];
  closed: boolean;
  recvq: ChanWaiter[];
  sendq: ChanWaiter[];
  /** Timer whose channel this is, -1 none. */
  timer: number;
}

export type SyncKind = 'mutex' | 'rwmutex' | 'wg' | 'once' | 'cond';

export interface SyncObj {
  readonly id: number;
  readonly kind: SyncKind;
  /** Mutex: held. Once: `f` running. RWMutex: writer holds it. */
  locked: boolean;
  /** RWMutex readers holding it. WaitGroup counter. */
  count: number;
  /** Once: done. */
  done: boolean;
  /** Waiting tasks, FIFO; `write` marks an RWMutex writer. A Cond's waiters are its notify list (ticket order). */
  waiters: { task: number; write: boolean }[];
  /** A Cond's `L` (the Mutex's or RWMutex's sync id); -1 for the other kinds. */
  l: number;
  /** A Cond's `L` is the RWMutex's RLocker: Wait RUnlocks it. */
  rl: boolean;
}

export interface ModelTimer {
  readonly id: number;
  /** Next firing, ns (a ticker's moves on by its period each time it fires). */
  when: number;
  /** A ticker's period, ns; 0 for a one-shot timer. */
  readonly period: number;
  /** Sleeping task, or -1 for a timer channel. */
  readonly task: number;
  readonly chan: number;
  /** A `time.AfterFunc` timer: the goroutine it starts when it fires (its body id and initial state). */
  readonly fn?: { readonly body: number; readonly state: unknown };
  fired: boolean;
  stopped: boolean;
}

/** A lock the model's scheduler takes (`sched.lock`, the pool queue's lock): FIFO by request time. */
export interface ModelLock {
  /** Time it is next free, ns. */
  freeAt: number;
}
