/**
 * N:1 (docs/go-scheduler.md §11.1): every task is a user-level thread multiplexed on one OS thread. Tasks
 * switch only where they block or yield; there is no preemption; a blocking system call puts the only thread
 * in the kernel, so every task waits ("freezes") until it returns; only one core is ever used.
 */
import { name } from '../../core/names';
import { kernelReady } from '../kernel/cpu';
import * as N from '../kernel/names';
import type { Policy } from '../kernel/policy';
import { threadPop } from '../kernel/queues';
import { park, runTask, wakeThread } from '../kernel/sched';
import type { Sim } from '../kernel/Sim';
import type { Task, Thread } from '../kernel/state';
import { ReasonBook } from '../kernel/reasons';

/** Reasons this policy's events carry (its explanation table covers each). */
export const REASONS = new ReasonBook('n-to-1');
const FN_READY = name('uthread: ready');
const R_READY = REASONS.reason('runnable: to the back of the only thread’s queue');
const FN_NEXT = name('uthread: switch');
const R_NEXT = REASONS.reason('next task from the only thread’s queue');

export class NTo1Policy implements Policy {
  readonly reasons = REASONS;
  readonly bindsThread = false;

  start(sim: Sim, main: Task): void {
    const t0 = sim.newThread(0, -1, 0, sim.set('threadStackBytes'));
    this.enqueue(sim, main, -1);
    kernelReady(sim, t0);
  }

  enqueue(sim: Sim, task: Task, by: number): void {
    const t0 = sim.threads[0] as Thread;
    sim.move(task, N.runqT(0), R_READY, FN_READY, by);
    t0.runq.push(task.id);
    wakeThread(sim, t0, by);
  }

  findTask(sim: Sim, th: Thread): void {
    const id = threadPop(th);
    if (id < 0) return park(sim, th);
    runTask(sim, th, sim.task(id), R_NEXT, FN_NEXT);
  }

  syscallEnter(): void {
    // The only thread is in the kernel: nothing else can run until it returns.
  }

  taskExited(sim: Sim, th: Thread): void {
    this.findTask(sim, th);
  }
}
