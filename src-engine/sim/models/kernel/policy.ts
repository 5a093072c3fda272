/**
 * The one thing each historical model supplies: its scheduling policy. Everything else (program semantics,
 * the kernel's time slicing, the event log, seeking, keyframes, views, metrics) is shared machinery.
 */
import type { ReasonBook } from './reasons';
import type { Sim } from './Sim';
import type { Task, Thread } from './state';

/** Why a task became runnable. */
export type ReadyWhy = 'go' | 'wake' | 'yield';

export interface Policy {
  /** The reasons this policy's own events carry (beyond the kernel's), for its explanation table. */
  readonly reasons: ReasonBook;
  /**
   * A blocked task keeps its thread (1:1, OS threads, a pool worker): waking it readies the thread in the
   * kernel. Otherwise the thread runs other tasks while it waits (user-level scheduling).
   */
  readonly bindsThread: boolean;
  /** Creates the first threads and places the main task. */
  start(sim: Sim, main: Task): void;
  /**
   * `task` became runnable: created by `go`, woken, or yielding. `by` is the thread whose task caused it
   * (it pays any cost through `delayNs`), -1 when the kernel did (a timer, a finished syscall).
   * For {@link Policy.bindsThread} models, only `go` and `yield` reach here (a woken task readies its thread).
   */
  enqueue(sim: Sim, task: Task, by: number, why: ReadyWhy): void;
  /** `th` is on a core with no task: bind one with {@link Sim.runTask} or park it with {@link Sim.park}. */
  findTask(sim: Sim, th: Thread): void;
  /** `th` enters a blocking system call with its task (the task is already at `syscall(Tn)`). */
  syscallEnter(sim: Sim, th: Thread): void;
  /**
   * The system call of `th` returned (its task is at `ready(Tn)`): true when the policy took care of the
   * thread (e.g. Go 1.0 queues the task and parks the thread when no CPU slot is free); false to let the
   * thread continue its task when it gets a core.
   */
  syscallDone?(sim: Sim, th: Thread): boolean;
  /** The task of `th` exited (`th` still on its core). */
  taskExited(sim: Sim, th: Thread): void;
  /** Text of a deadlock this model has that Go does not (a pool whose workers all wait), or undefined. */
  deadlockText?(sim: Sim): string | undefined;
}
