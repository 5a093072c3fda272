/**
 * M:N with one global run queue and one lock (Go 1.0's proc.c; docs/go-scheduler.md §11.4). Every `go`,
 * wake-up, yield and schedule takes `sched.lock`; at most `cores` threads run program code (Go 1.0's
 * `mcpumax` = GOMAXPROCS, here the cores); a thread entering a syscall gives up its CPU slot and another
 * thread is woken or created; there is no preemption.
 */
import { name } from '../../core/names';
import { kernelReady } from '../kernel/cpu';
import * as N from '../kernel/names';
import type { Policy } from '../kernel/policy';
import { activeThreads, idleThread, qLen, qPop } from '../kernel/queues';
import { lockOp, park, runTask, wakeThread } from '../kernel/sched';
import type { Sim } from '../kernel/Sim';
import type { Task, Thread } from '../kernel/state';
import { ReasonBook } from '../kernel/reasons';

/** Reasons this policy's events carry (its explanation table covers each). */
export const REASONS = new ReasonBook('global-queue');
const FN_READY = name('runtime·ready');
const R_READY = REASONS.reason('runnable: to the global run queue (under sched.lock)');
const FN_SCHED = name('runtime·schedule (nextgandunlock)');
const R_NEXT = REASONS.reason('next task from the global run queue');
const FN_NEWM = name('runtime·newm (matchmg)');
const FN_EXITSYSCALL = name('runtime·exitsyscall');
const R_NO_CPU = REASONS.reason(
  'syscall returned but every CPU slot is taken: the task queues, the thread parks',
);

export class GlobalQueuePolicy implements Policy {
  readonly reasons = REASONS;
  readonly bindsThread = false;
  private readonly q = { items: [] as number[], head: 0 };
  /** Threads woken for queued tasks that have not looked at the queue yet. */
  private readonly waking = new Set<number>();

  start(sim: Sim, main: Task): void {
    const t0 = sim.newThread(0, -1, 0, sim.set('threadStackBytes'));
    sim.move(main, N.L_GLOBRUNQ, R_READY, FN_READY, -1);
    this.q.items.push(main.id);
    kernelReady(sim, t0);
  }

  enqueue(sim: Sim, task: Task, by: number): void {
    if (by >= 0) lockOp(sim, sim.threads[by] as Thread, FN_READY);
    sim.move(task, N.L_GLOBRUNQ, R_READY, FN_READY, by);
    this.q.items.push(task.id);
    this.matchmg(sim, by);
  }

  /** Go 1.0's `matchmg`: while a CPU slot is free and tasks wait, wake an idle thread or create one. */
  private matchmg(sim: Sim, by: number): void {
    if (qLen(this.q) <= this.waking.size) return;
    if (activeThreads(sim) >= sim.cores.length) return;
    const idle = idleThread(sim);
    if (idle !== undefined) {
      this.waking.add(idle.id);
      return wakeThread(sim, idle, by);
    }
    const th = sim.newThread(0, by, sim.set('threadCreateNs'), sim.set('threadStackBytes'), false, FN_NEWM);
    this.waking.add(th.id);
    kernelReady(sim, th);
  }

  findTask(sim: Sim, th: Thread): void {
    this.waking.delete(th.id);
    lockOp(sim, th, FN_SCHED);
    const id = qPop(this.q);
    if (id < 0) return park(sim, th);
    runTask(sim, th, sim.task(id), R_NEXT, FN_SCHED);
  }

  syscallEnter(sim: Sim): void {
    // entersyscall: the CPU slot is free; hand queued work to another thread.
    this.matchmg(sim, -1);
  }

  syscallDone(sim: Sim, th: Thread): boolean {
    if (activeThreads(sim) < sim.cores.length) return false;
    const task = sim.task(th.task);
    th.task = -1;
    task.thread = -1;
    sim.move(task, N.L_GLOBRUNQ, R_NO_CPU, FN_EXITSYSCALL, th.id);
    this.q.items.push(task.id);
    sim.setThread(th, 'idle', R_NO_CPU, FN_EXITSYSCALL);
    return true;
  }

  taskExited(sim: Sim, th: Thread): void {
    this.findTask(sim, th);
  }
}
