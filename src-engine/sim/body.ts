/**
 * The interface between goroutine bodies and the engine.
 *
 * @remarks
 * The scenario language compiles Go to a {@link BodyProgram}: immutable, shared code plus a plain-data state
 * per goroutine. The engine calls {@link BodyProgram.resume} each time the goroutine may run its next
 * statement; the body mutates its own state in place and returns the next {@link Op}, i.e. what it asks of the
 * runtime. Because the state is plain data (numbers, strings, booleans, null, arrays, plain objects), keyframes
 * deep-clone it and seeking replays exactly. Program code must be deterministic: the same state and input give
 * the same op and the same state change.
 *
 * Handles (channels, mutexes, wait groups, …) are small positive integers returned by the creating op, so the
 * language can keep them in variables. Channel handle 0 is the nil channel.
 *
 * The engine reads an {@link Op} only while carrying it out and never keeps the op object itself, so a body may
 * reuse one mutable op object per goroutine to avoid allocation. What it does keep: the `state` of a `go` op
 * (the new goroutine's state from then on) and sent {@link Value}s (until received).
 */

/** A value a goroutine sends, receives or keeps: plain data only (structured-clone safe, no functions). */
export type Value = number | string | boolean | null | readonly Value[] | { readonly [k: string]: Value };

/** Result of the previous op, passed to {@link BodyProgram.resume}. Reused by the engine: read it, don't keep it. */
export interface ResumeInput {
  /** Op-specific value: received value, new handle, previous GOMAXPROCS, goroutine count, now (ns), … */
  value: Value;
  /** `ok` of `v, ok := <-ch`; `TryLock`'s result; `Stop`'s result; whether `onceDo` must run `f`. */
  ok: boolean;
  /** Select: the chosen case index, or -1 for `default`. */
  index: number;
  /** True on the very first resume of a goroutine. */
  first: boolean;
}

/** One case of a `select`. */
export type SelectCase =
  | { readonly dir: 'send'; readonly ch: number; readonly value: Value }
  | { readonly dir: 'recv'; readonly ch: number };

/** Output stream of a `print` op. */
export type Stream = 'stdout' | 'stderr';

/**
 * What a goroutine asks the runtime to do next. Each op costs at least `statementStepNs` of CPU time; some
 * have their own cost (see the cost model). Results come back in the next {@link ResumeInput}.
 */
export type Op =
  /** Compute for `ns` of CPU time; preemptible mid-way (async preemption). */
  | { readonly op: 'work'; readonly ns: number }
  /** `go f()`: a new goroutine running `body` from `state` (the engine owns `state` afterwards). */
  | { readonly op: 'go'; readonly body: BodyProgram; readonly state: unknown }
  /** `make(chan T, cap)` → value = channel handle. */
  | { readonly op: 'makechan'; readonly cap: number; readonly elemBytes?: number }
  | { readonly op: 'send'; readonly ch: number; readonly value: Value }
  /** `v, ok := <-ch` → value, ok. */
  | { readonly op: 'recv'; readonly ch: number }
  | { readonly op: 'close'; readonly ch: number }
  /** → index (-1 = default), value and ok for a receive case. An empty case list without default blocks forever. */
  | { readonly op: 'select'; readonly cases: readonly SelectCase[]; readonly hasDefault: boolean }
  /** Creates a sync object → value = handle. */
  | { readonly op: 'newMutex' }
  | { readonly op: 'newRWMutex' }
  | { readonly op: 'newWaitGroup' }
  | { readonly op: 'newOnce' }
  /**
   * `sync.NewCond(l)` with the Mutex or RWMutex handle `mu` as its `L` (`read`: `L` is `mu.RLocker()`, so Wait
   * RUnlocks it) → value = the Cond's handle.
   */
  | { readonly op: 'newCond'; readonly mu: number; readonly read?: boolean }
  /** `cond.Wait()`: take a ticket, unlock `L` (Unlock or RUnlock as `L` is), park on the notify list (the caller then locks `L` again). */
  | { readonly op: 'condWait'; readonly cond: number }
  /** `cond.Signal()` / `cond.Broadcast()`: ready the oldest waiter / every waiter, oldest first. */
  | { readonly op: 'condSignal'; readonly cond: number }
  | { readonly op: 'condBroadcast'; readonly cond: number }
  /** `Lock` on a Mutex, or the write `Lock` on an RWMutex. */
  | { readonly op: 'lock'; readonly mu: number }
  | { readonly op: 'unlock'; readonly mu: number }
  /** → ok. */
  | { readonly op: 'tryLock'; readonly mu: number }
  | { readonly op: 'rlock'; readonly mu: number }
  | { readonly op: 'runlock'; readonly mu: number }
  | { readonly op: 'wgAdd'; readonly wg: number; readonly delta: number }
  | { readonly op: 'wgWait'; readonly wg: number }
  /** `once.Do(f)`: → ok = true if this goroutine must run `f` now and then issue `onceDone`. */
  | { readonly op: 'onceDo'; readonly once: number }
  | { readonly op: 'onceDone'; readonly once: number }
  /** `time.Sleep(ns)`; ns ≤ 0 returns at once without yielding. */
  | { readonly op: 'sleep'; readonly ns: number }
  /** `time.After(ns)` / `time.NewTimer(ns)` → value = the timer's channel handle (also the timer's handle). */
  | { readonly op: 'after'; readonly ns: number }
  | { readonly op: 'newTimer'; readonly ns: number }
  /** `time.NewTicker(ns)` / `time.Tick(ns)` → value = the ticker's channel handle (also the ticker's handle). */
  | { readonly op: 'newTicker'; readonly ns: number }
  /**
   * `time.AfterFunc(ns, f)` → value = the timer's handle (a channel handle nothing is ever sent on; Go's `C`
   * is nil). When the timer fires, the M running that P's timers starts a goroutine running `body` from
   * `state` (`time.goFunc`: `go f()`), which goes to that P's runnext.
   */
  | { readonly op: 'afterFunc'; readonly ns: number; readonly body: BodyProgram; readonly state: unknown }
  /** `timer.Stop()` on the timer or ticker whose channel is `ch` → ok = it was stopped before firing. */
  | { readonly op: 'timerStop'; readonly ch: number }
  /**
   * `timer.Reset(ns)` (→ ok = the timer was active) or, with `ticker`, `ticker.Reset(ns)` (the period becomes
   * `ns`) on the timer whose channel is `ch`.
   */
  | {
      readonly op: 'timerReset';
      readonly ch: number;
      readonly ns: number;
      readonly ticker: boolean;
      /** For an AfterFunc timer: the goroutine it starts when it fires again (its code and initial state). */
      readonly body?: BodyProgram;
      readonly state?: unknown;
    }
  /** A blocking system call lasting `ns` (`blockingSyscall`). */
  | { readonly op: 'syscall'; readonly ns: number }
  /** A network read whose data arrives after `ns` (`netRead`). */
  | { readonly op: 'netRead'; readonly ns: number }
  | { readonly op: 'gosched' }
  /** `runtime.GOMAXPROCS(n)` → value = previous value; n ≤ 0 only queries. */
  | { readonly op: 'gomaxprocs'; readonly n: number }
  /** → value = number of live user goroutines. */
  | { readonly op: 'numGoroutine' }
  /**
   * `runtime_procPin` as sync.Pool uses it: → value = id of the P running the goroutine (0 in the historical
   * models, which have no P). No scheduling point; the pin is released within the same step.
   */
  | { readonly op: 'procPin' }
  /** `len(ch)` → value = values in the buffer now (0 for a nil or unbuffered channel). No scheduling point. */
  | { readonly op: 'chanLen'; readonly ch: number }
  | { readonly op: 'lockOSThread' }
  | { readonly op: 'unlockOSThread' }
  /** `runtime.GC()`: a stop-the-world pause of `gcStwNs`. */
  | { readonly op: 'gc' }
  /** → value = virtual time, ns. */
  | { readonly op: 'now' }
  /**
   * → value = a uint32 from the run's seeded stream for program randomness (the runtime's `rand`: map
   * iteration order, math/rand's seed). No scheduling point; the same seed gives the same values.
   */
  | { readonly op: 'rand' }
  | { readonly op: 'print'; readonly text: string; readonly stream: Stream }
  | { readonly op: 'panic'; readonly msg: string }
  /** A fatal error (`runtime.throw`): ends the program with `fatal error: msg`, exit status 2; no defer runs. */
  | { readonly op: 'fatal'; readonly msg: string }
  /** `os.Exit(code)`: the program ends at once with this status (deferred calls do not run). */
  | { readonly op: 'osExit'; readonly code: number }
  /** The body returned. For main this ends the program (exit status 0). */
  | { readonly op: 'exit' }
  /**
   * `runtime.Goexit` finished running the deferred calls: the goroutine ends. For main the program goes on
   * until every other goroutine has ended ("no goroutines (main called runtime.Goexit) - deadlock!").
   */
  | { readonly op: 'goexit' };

/** Names of all ops. */
export type OpName = Op['op'];

/**
 * Compiled goroutine code, immutable and shared by every goroutine running it.
 *
 * @typeParam S - the body's state type (plain data).
 */
export interface BodyProgram<S = unknown> {
  /** Debug name, e.g. the Go function name (`main.worker`). */
  readonly name: string;
  /**
   * Runs the body until its next runtime request; mutates `state` in place; returns the op. With `cpu`, a
   * stretch of CPU work (a `work` op, or the statement steps charged before the next op) that
   * {@link CpuClock.run} accepts is not returned: its time has passed and the body runs on in the same call.
   * A body that reports lines reached ({@link BodyProgram.lineHit}) may ignore `cpu` while any are set (a
   * line reached is reported when the body returns, at the time it returns).
   */
  resume(state: S, input: Readonly<ResumeInput>, cpu?: CpuClock): Op;
  /** The goroutine's current source line (1-based), or undefined when unknown. */
  line(state: S): number | undefined;
  /**
   * The first line-breakpoint line (see {@link GoProgram.setLineBreaks}) the goroutine reached during the
   * last {@link BodyProgram.resume}, or 0; reading it clears it. Absent in bodies that cannot report lines.
   */
  lineHit?(state: S): number;
}

/**
 * The engine's clock as a body sees it during one {@link BodyProgram.resume}: lets the body run on past CPU
 * work when nothing else in the simulation can happen before that work ends, instead of returning a `work`
 * op that the engine would schedule on its agenda and hand straight back (the next action would be this very
 * goroutine's, at the time the work ends, with nothing in between). Running on is then the same run, not an
 * approximation: same times, same events, same order.
 */
export interface CpuClock {
  /**
   * Charges `ns` of CPU work exactly as a `work` op of `ns` would be charged (at least one statement step)
   * and returns true when the engine's next action would be this goroutine's continuation at the end of that
   * work: the clock has then moved to that time and the body must go on at once. False: nothing moved; the
   * body returns the work as a `work` op.
   */
  run(ns: number): boolean;
}

/** A program: its main body and main's initial state. */
export interface GoProgram {
  readonly main: BodyProgram;
  readonly initialState: unknown;
  /**
   * Source lines that must be reported when a goroutine reaches them ({@link BodyProgram.lineHit}), for line
   * breakpoints at lines where no scheduler event happens. Empty (the default) costs nothing and changes no
   * event log.
   */
  setLineBreaks?(lines: readonly number[]): void;
}
