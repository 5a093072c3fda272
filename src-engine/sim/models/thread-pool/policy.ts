/**
 * A fixed thread pool with one shared, locked task queue (docs/go-scheduler.md §11.3). `main` runs on its own
 * thread and every `go` submits a task. A worker runs a task to completion: a task that blocks keeps its
 * worker blocked, so when every worker waits (in a syscall, or for a task queued behind them) the pool
 * starves or deadlocks. Every queue operation takes the queue lock.
 */
import { name } from '../../core/names';
import { kernelReady } from '../kernel/cpu';
import * as N from '../kernel/names';
import type { Policy } from '../kernel/policy';
import { idleThread, qLen, qPop } from '../kernel/queues';
import { lockOp, park, runTask, wakeThread } from '../kernel/sched';
import type { Sim } from '../kernel/Sim';
import type { Task, Thread } from '../kernel/state';
import { ReasonBook } from '../kernel/reasons';

/** Reasons this policy's events carry (its explanation table covers each). */
export const REASONS = new ReasonBook('thread-pool');
const FN_SUBMIT = name('pool.submit');
const R_SUBMIT = REASONS.reason('task submitted to the pool queue');
const FN_TAKE = name('pool worker: take');
const R_TAKE = REASONS.reason('a worker takes the next task');
const R_MAIN = REASONS.reason('main runs on its own thread');

export class PoolPolicy implements Policy {
  readonly reasons = REASONS;
  readonly bindsThread = true;
  private readonly q = { items: [] as number[], head: 0 };

  start(sim: Sim, main: Task): void {
    const stack = sim.set('threadStackBytes');
    const t0 = sim.newThread(0, -1, 0, stack);
    for (let i = 0; i < sim.set('poolWorkers'); i++)
      sim.newThread(0, -1, 0, stack, true, name('pool: start worker'));
    t0.task = main.id;
    main.thread = t0.id;
    sim.move(main, N.readyT(0), R_MAIN, FN_TAKE, -1);
    kernelReady(sim, t0);
  }

  enqueue(sim: Sim, task: Task, by: number): void {
    if (by >= 0) lockOp(sim, sim.threads[by] as Thread, FN_SUBMIT);
    sim.move(task, N.L_POOLQ, R_SUBMIT, FN_SUBMIT, by);
    this.q.items.push(task.id);
    const w = idleThread(sim, true);
    if (w !== undefined) wakeThread(sim, w, by);
  }

  findTask(sim: Sim, th: Thread): void {
    if (!th.worker) return park(sim, th);
    lockOp(sim, th, FN_TAKE);
    const id = qPop(this.q);
    if (id < 0) return park(sim, th);
    runTask(sim, th, sim.task(id), R_TAKE, FN_TAKE);
  }

  syscallEnter(): void {
    // The worker is lost to the pool until the call returns.
  }

  taskExited(sim: Sim, th: Thread): void {
    this.findTask(sim, th);
  }

  deadlockText(sim: Sim): string | undefined {
    const queued = qLen(this.q);
    if (queued === 0) return undefined;
    const workers = sim.threads.filter((t) => t.worker).length;
    return `thread pool deadlock: all ${workers} workers are blocked and ${queued} task(s) wait in the pool queue behind them`;
  }
}
