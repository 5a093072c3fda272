/**
 * 1:1 (docs/go-scheduler.md §11.2): every task is a kernel thread, created at kernel prices with its own
 * stack; the kernel time-slices the threads over the cores; a blocking call blocks only its own thread.
 * OS processes (`os-threads`) are the same machinery with tasks grouped into processes.
 */
import { name } from '../../core/names';
import { kernelReady } from '../kernel/cpu';
import * as N from '../kernel/names';
import type { Policy } from '../kernel/policy';
import { exitThread } from '../kernel/sched';
import type { Sim } from '../kernel/Sim';
import type { Task, Thread } from '../kernel/state';
import { ReasonBook } from '../kernel/reasons';

/** Reasons this policy's events carry (its explanation table covers each). */
export const REASONS = new ReasonBook('one-to-one');
const FN_CREATE = name('pthread_create');
const FN_FORK = name('fork');
const R_NEW = REASONS.reason('new thread for the task: waits for a core');

export class OneToOnePolicy implements Policy {
  readonly reasons = REASONS;
  readonly bindsThread = true;
  private created = 0;

  /** @param perProcess - tasks per process (OS processes); Infinity: one process (1:1 threads). */
  constructor(private readonly perProcess = Infinity) {}

  start(sim: Sim, main: Task): void {
    this.spawn(sim, main, -1);
  }

  enqueue(sim: Sim, task: Task, by: number): void {
    this.spawn(sim, task, by);
  }

  private spawn(sim: Sim, task: Task, by: number): void {
    const k = this.created++;
    const proc = Number.isFinite(this.perProcess) ? Math.floor(k / this.perProcess) : 0;
    const newProc = Number.isFinite(this.perProcess) && k % this.perProcess === 0;
    const stack = sim.set('threadStackBytes') + (newProc ? sim.set('processOverheadBytes') : 0);
    const cost = newProc && k > 0 ? sim.set('processCreateNs') : sim.set('threadCreateNs');
    const th = sim.newThread(proc, by, by >= 0 ? cost : 0, stack, false, newProc ? FN_FORK : FN_CREATE);
    task.proc = proc;
    task.thread = th.id;
    task.home = th.id;
    th.task = task.id;
    sim.move(task, N.readyT(th.id), R_NEW, newProc ? FN_FORK : FN_CREATE, by);
    kernelReady(sim, th);
  }

  findTask(sim: Sim, th: Thread): void {
    exitThread(sim, th);
  }

  syscallEnter(): void {
    // Only this thread waits in the kernel; the others keep their cores.
  }

  taskExited(sim: Sim, th: Thread): void {
    exitThread(sim, th);
  }
}
