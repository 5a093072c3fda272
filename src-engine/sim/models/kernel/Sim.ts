/**
 * The shared engine of the historical models: tasks run the compiled program (the same bodies the Go engine
 * runs), OS threads run tasks, the kernel time-slices threads over cores, and every change is one event in the
 * columnar {@link EventLog}. A model plugs in only its {@link Policy}. Pure and deterministic: same program,
 * settings and seed, same log.
 */
import type { BodyProgram, GoProgram, Value } from '../../body';
import type { CostModel } from '../../costModel';
import {
  agendaFirstAfter,
  agendaPeek,
  agendaPop,
  agendaPush,
  emptyAgenda,
  type AgendaEntry,
} from '../../core/agenda';
import { KernelCpuClock } from './cpuClock';
import { NO_NAME, name, nameStr, type Name } from '../../core/names';
import type { Interner } from '../../log/Interner';
import { AT_NONE, NO_ARG, type EventLog } from '../../log/EventLog';
import { forkStream, prngFromSeed, type PrngState } from '../../rand/Prng';
import type { OutputChunk } from '../../SchedulerRun';
import type { SimState } from '../../state/types';
import * as N from './names';
import { KERNEL_REASONS } from './reasons';
import type { Policy } from './policy';
import type { ModelSettings } from './settings';
import type { Chan, Core, ModelLock, ModelTimer, SyncObj, Task, Thread, ThreadState } from './state';

export const A_RUN = 1;
export const A_SLICE = 2;
export const A_TIMER = 3;
export const A_SYSCALL_DONE = 4;

/**
 * Thrown inside an action when the program ends; caught by the action loop. It is control flow, thrown once
 * per run and never read (the reason is in the run and its log), so one instance serves every run
 * ({@link MODEL_END}), made without a stack trace: making an Error per run, even without one, cost a few µs
 * of a short run (a comparison pane, the §11.7 bench), as Go's `ProgramEnd` did (core/Rt.ts).
 */
export class ModelEnd extends Error {
  constructor() {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super('program ended');
    Error.stackTraceLimit = limit;
  }
}

/** The one {@link ModelEnd} the models throw. */
const MODEL_END = new ModelEnd();

const THREAD_STATE: Record<ThreadState, Name> = {
  running: N.S_RUNNING,
  ready: N.S_READY,
  blocked: N.S_BLOCKED,
  syscall: N.S_SYSCALL,
  idle: N.S_IDLE,
  lock: N.S_LOCK,
  exited: N.S_EXITED,
};

export interface SimOptions {
  readonly program: GoProgram;
  readonly cores: number;
  readonly seed: number;
  readonly cost: CostModel;
  readonly settings: ModelSettings;
  readonly maxGoroutines: number;
}

export class Sim {
  now = 0;
  ended = false;
  exitCode = 0;
  exitReason = '';
  readonly tasks: (Task | undefined)[] = [];
  readonly threads: Thread[] = [];
  /**
   * Threads running program code or about to (state running, ready or lock) and idle threads, kept by
   * {@link Sim.setThread} (the one place a thread's state changes) so policies need not scan every thread
   * (1 000 threads in syscalls made each scan, and a run, quadratic).
   */
  activeThreadCount = 0;
  idleThreadCount = 0;
  readonly cores: Core[] = [];
  /** Threads ready for a core, FIFO (the kernel's run queue), from `kqHead`. */
  readonly kq: number[] = [];
  kqHead = 0;
  /** Channels by handle; 0 is the nil channel. */
  readonly chans: (Chan | undefined)[] = [undefined];
  readonly syncs: (SyncObj | undefined)[] = [undefined];
  readonly timers: ModelTimer[] = [];
  readonly outputs: { seq: number; chunk: OutputChunk }[] = [];
  readonly lock: ModelLock = { freeAt: 0 };
  readonly prng: PrngState;
  /** The program's own randomness (op `rand`), a stream of its own so it never perturbs `prng`. */
  readonly prngLang: PrngState;
  liveTasks = 0;
  nextGoid = 2;
  private readonly bodies: BodyProgram[] = [];
  private readonly bodyIds = new Map<BodyProgram, number>();
  private readonly holder: { agenda: SimState['agenda'] } = { agenda: emptyAgenda() };
  /** Charges a running task's CPU work in place when nothing else can happen first (see cpuClock.ts). */
  readonly cpu: KernelCpuClock = new KernelCpuClock(this);
  /** The log's interners (ids of names by {@link Interner.idOfName}). */
  private readonly sids: Interner;
  private readonly fnIds: Interner;
  private readonly kindIds: Interner;

  constructor(
    readonly log: EventLog,
    readonly policy: Policy,
    readonly opts: SimOptions,
  ) {
    this.sids = log.strings;
    this.fnIds = log.fns;
    this.kindIds = log.kinds;
    this.prng = prngFromSeed(opts.seed);
    this.prngLang = forkStream(opts.seed, 'lang');
    for (let i = 0; i < opts.cores; i++)
      this.cores.push({ id: i, thread: -1, last: -1, since: 0, sliceArmed: false, sliceGen: 0 });
  }

  get cost(): CostModel {
    return this.opts.cost;
  }

  /** A named setting of the model (defaults resolved). */
  set(n: string): number {
    const v = this.opts.settings[n];
    if (v === undefined) throw new Error(`model setting ${n} is not defined for this model`);
    return v;
  }

  bodyId(b: BodyProgram): number {
    let id = this.bodyIds.get(b);
    if (id === undefined) {
      id = this.bodies.length;
      this.bodies.push(b);
      this.bodyIds.set(b, id);
    }
    return id;
  }

  body(id: number): BodyProgram {
    return this.bodies[id] as BodyProgram;
  }

  task(id: number): Task {
    const t = this.tasks[id];
    if (t === undefined) throw new Error(`no task ${id}`);
    return t;
  }

  // ---- events ----

  /** Emits one event at `now`. */
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
    const t = g > 0 ? this.tasks[g] : undefined;
    this.log.push(
      this.now,
      this.kindIds.idOfName(kind),
      g,
      p,
      m,
      from === NO_NAME ? -1 : s.idOfName(from),
      to === NO_NAME ? -1 : s.idOfName(to),
      s.idOfName(reason),
      this.fnIds.idOfName(fn),
      at,
      arg,
      t === undefined ? 0 : t.line,
    );
  }

  /** Emits an event whose reason is free text (rare events: output, exit). */
  emitText(kind: string, g: number, reason: string, fn: string, arg = NO_ARG): void {
    const l = this.log;
    l.push(
      this.now,
      l.kinds.id(kind),
      g,
      -1,
      -1,
      -1,
      -1,
      l.strings.id(reason),
      l.fns.id(fn),
      AT_NONE,
      arg,
      0,
    );
  }

  /** Moves a task to `to`, one `g.move` event. `th` is the thread doing it (-1: the kernel). */
  move(task: Task, to: Name, reason: Name, fn: Name, th = -1, at = AT_NONE, arg = NO_ARG): void {
    const from = task.locName;
    task.locName = to;
    const core = th >= 0 ? (this.threads[th] as Thread).core : -1;
    this.emit(N.K_G_MOVE, task.id, core, th, from, to, reason, fn, at, arg);
  }

  /** Sets a thread's state, one `thread.status` event. */
  setThread(th: Thread, state: ThreadState, reason: Name, fn: Name, arg = NO_ARG): void {
    const from = THREAD_STATE[th.state];
    this.countThread(th.state, -1);
    this.countThread(state, 1);
    th.state = state;
    this.emit(
      N.K_THREAD_STATUS,
      th.task,
      th.core,
      th.id,
      from,
      THREAD_STATE[state],
      reason,
      fn,
      AT_NONE,
      arg,
    );
  }

  // ---- agenda ----

  at(t: number, kind: number, target: number, gen: number): void {
    agendaPush(this.holder as SimState, t, kind, target, gen);
  }

  /** True when nothing is on the agenda at or before `t` (see {@link agendaFirstAfter}). */
  firstAfter(t: number): boolean {
    return agendaFirstAfter(this.holder as SimState, t);
  }

  /** Pops the earliest entry into `out`; false when the agenda is empty. */
  pop(out: AgendaEntry): boolean {
    return agendaPop(this.holder as SimState, out);
  }

  /** Time of the earliest pending action that is not stale (stale ones are dropped), or Infinity. */
  peekTime(out: AgendaEntry): number {
    const st = this.holder as SimState;
    while (agendaPeek(st, out)) {
      if (!this.isStale(out)) return out.t;
      agendaPop(st, out);
    }
    return Infinity;
  }

  /** An agenda entry that no longer applies (its thread, core or timer moved on). */
  isStale(e: AgendaEntry): boolean {
    switch (e.kind) {
      case A_RUN:
      case A_SYSCALL_DONE:
        return (this.threads[e.target] as Thread).gen !== e.gen;
      case A_SLICE:
        return this.cores[e.target]?.sliceGen !== e.gen;
      case A_TIMER:
        return this.timers[e.target]?.stopped === true;
    }
    return false;
  }

  private countThread(state: ThreadState, d: number): void {
    if (state === 'running' || state === 'ready' || state === 'lock') this.activeThreadCount += d;
    else if (state === 'idle') this.idleThreadCount += d;
  }

  /** Schedules the thread's next step after `ns` of its time (plus any delay its action accumulated). */
  busy(th: Thread, ns: number): void {
    const d = ns + th.delayNs;
    th.delayNs = 0;
    th.busyUntil = this.now + d;
    th.gen++;
    this.at(th.busyUntil, A_RUN, th.id, th.gen);
  }

  // ---- program output and end ----

  write(g: number, stream: 'stdout' | 'stderr', text: string): void {
    this.outputs.push({ seq: this.log.length, chunk: { t: this.now, stream, text } });
    this.emitText(
      nameStr(N.K_OUTPUT),
      g,
      stream,
      stream === 'stdout' ? 'os.(*File).Write' : 'runtime.printpanics',
    );
  }

  /** Ends the program with Go's exit status; throws {@link ModelEnd}. */
  end(code: number, reason: string): never {
    this.ended = true;
    this.exitCode = code;
    this.exitReason = reason;
    this.emitText(nameStr(N.K_EXIT), -1, reason, code === 0 ? 'runtime.main' : 'runtime.fatal', code);
    throw MODEL_END;
  }

  /** Go's panic output and exit status 2. */
  panic(task: Task, msg: string): never {
    this.write(task.id, 'stderr', `panic: ${msg}\n\ngoroutine ${task.id} [running]:\n`);
    return this.end(2, `panic: ${msg}`);
  }

  fatal(task: Task | undefined, msg: string): never {
    this.write(
      task?.id ?? -1,
      'stderr',
      `fatal error: ${msg}\n` + (task ? `\ngoroutine ${task.id} [running]:\n` : ''),
    );
    return this.end(2, `fatal error: ${msg}`);
  }

  setInput(task: Task, value: Value, ok = true, index = 0): void {
    task.inValue = value;
    task.inOk = ok;
    task.inIndex = index;
  }

  // ---- tasks and threads ----

  /** A new task (`g.create`, in `dead`); the policy places it. */
  newTask(bodyId: number, state: unknown, by: number, id = this.nextGoid++): Task {
    if (this.liveTasks >= this.opts.maxGoroutines) {
      const creator = by >= 0 ? this.tasks[(this.threads[by] as Thread).task] : undefined;
      this.fatal(
        creator,
        `engine limit: more than ${this.opts.maxGoroutines} live goroutines (MAX_GOROUTINES)`,
      );
    }
    const t: Task = {
      id,
      bodyId,
      state,
      locName: N.L_DEAD,
      thread: -1,
      home: -1,
      started: false,
      done: false,
      line: 0,
      inValue: null,
      inOk: true,
      inIndex: 0,
      waitGen: 0,
      sendValue: null,
      proc: 0,
      waitReason: '',
    };
    this.tasks[id] = t;
    this.liveTasks++;
    this.emit(
      N.K_G_CREATE,
      id,
      -1,
      by,
      NO_NAME,
      N.L_DEAD,
      FN_NEWPROC_R,
      FN_NEWPROC,
      AT_NONE,
      this.opts.settings['taskStackBytes'] ?? 0,
    );
    return t;
  }

  /**
   * Creates an OS thread (or a process's first thread), charging `createNs` to `by` (-1: at start-up).
   * Beyond `maxThreads` (when the model has it) the program ends like Go's thread exhaustion.
   */
  newThread(
    proc: number,
    by: number,
    createNs: number,
    stackBytes: number,
    worker = false,
    fn: Name = FN_CLONE,
  ): Thread {
    const limit = this.opts.settings['maxThreads'];
    if (limit !== undefined && this.threads.length >= limit) {
      const t = by >= 0 ? this.tasks[(this.threads[by] as Thread).task] : undefined;
      this.write(t?.id ?? -1, 'stderr', `runtime: program exceeds ${limit}-thread limit\n`);
      this.fatal(t, 'thread exhaustion');
    }
    const th: Thread = {
      id: this.threads.length,
      proc,
      state: 'idle',
      core: -1,
      task: -1,
      gen: 0,
      busyUntil: 0,
      remainNs: 0,
      delayNs: 0,
      runq: [],
      qHead: 0,
      worker,
    };
    this.threads.push(th);
    this.idleThreadCount++;
    // The creator pays for the clone; created from kernel context (a syscall hand-off), the new thread
    // itself starts that much later.
    if (by >= 0) (this.threads[by] as Thread).delayNs += createNs;
    else th.remainNs = createNs;
    this.emit(
      N.K_THREAD_CREATE,
      -1,
      proc,
      th.id,
      NO_NAME,
      N.threadName(th.id),
      R_CREATED,
      fn,
      AT_NONE,
      stackBytes,
    );
    return th;
  }
}

const FN_NEWPROC = name('go statement');
const FN_NEWPROC_R = KERNEL_REASONS.reason('go statement: new task');
const FN_CLONE = name('clone (pthread_create)');
const R_CREATED = KERNEL_REASONS.reason('thread created');
