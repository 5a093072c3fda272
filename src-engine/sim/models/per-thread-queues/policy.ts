/**
 * Per-thread run queues with work stealing and no P (docs/go-scheduler.md §11.5). New and woken tasks go to
 * the queue of the thread that readied them (a task woken by the kernel goes back to its last thread's
 * queue); an idle thread steals half of another thread's queue, probing every thread in turn — including
 * those blocked in system calls, whose queues are stranded until stolen. Nothing bounds how many threads run
 * program code: a thread leaving a syscall just continues.
 */
import { name } from '../../core/names';
import { AT_NONE } from '../../log/EventLog';
import { nextN } from '../../rand/Prng';
import { kernelReady } from '../kernel/cpu';
import * as N from '../kernel/names';
import type { Policy } from '../kernel/policy';
import { activeThreads, idleThread, threadPop, threadQLen } from '../kernel/queues';
import { park, runTask, wakeThread } from '../kernel/sched';
import type { Sim } from '../kernel/Sim';
import type { Task, Thread } from '../kernel/state';
import { ReasonBook } from '../kernel/reasons';

/** Reasons this policy's events carry (its explanation table covers each). */
export const REASONS = new ReasonBook('per-thread-queues');
const FN_READY = name('runqput (per thread)');
const R_READY = REASONS.reason('runnable: to the back of this thread’s queue');
const FN_NEXT = name('schedule: own queue');
const R_NEXT = REASONS.reason('next task from the thread’s own queue');
const FN_STEAL = name('steal (scan every thread)');
const R_STOLEN = REASONS.reason('stolen from another thread’s queue');
const FN_NEWM = name('newm');

export class PerThreadQueuesPolicy implements Policy {
  readonly reasons = REASONS;
  readonly bindsThread = false;
  private readonly waking = new Set<number>();

  start(sim: Sim, main: Task): void {
    const t0 = sim.newThread(0, -1, 0, sim.set('threadStackBytes'));
    this.put(sim, t0, main, -1);
    kernelReady(sim, t0);
  }

  private put(sim: Sim, th: Thread, task: Task, by: number): void {
    sim.move(task, N.runqT(th.id), R_READY, FN_READY, by);
    th.runq.push(task.id);
  }

  enqueue(sim: Sim, task: Task, by: number): void {
    const target = by >= 0 ? by : task.home >= 0 ? task.home : 0;
    this.put(sim, sim.threads[target] as Thread, task, by);
    this.wakeThief(sim, by);
  }

  /** Work was queued: wake (or create) a thread to steal it, while fewer threads than cores run. */
  private wakeThief(sim: Sim, by: number): void {
    if (this.waking.size > 0 || activeThreads(sim) >= sim.cores.length) return;
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
    let id = threadPop(th);
    if (id >= 0) return runTask(sim, th, sim.task(id), R_NEXT, FN_NEXT);
    if (!this.steal(sim, th)) return park(sim, th);
    id = threadPop(th);
    runTask(sim, th, sim.task(id), R_STOLEN, FN_STEAL);
    // More queued work somewhere: let another thread help.
    if (threadQLen(th) > 0) this.wakeThief(sim, th.id);
  }

  /** Probes every other thread from a random start; takes half (rounded up) of the first non-empty queue. */
  private steal(sim: Sim, th: Thread): boolean {
    const n = sim.threads.length;
    if (n < 2) return false;
    const start = nextN(sim.prng, n);
    const probe = sim.set('stealProbeNs');
    for (let k = 0; k < n; k++) {
      const v = sim.threads[(start + k) % n] as Thread;
      if (v.id === th.id) continue;
      th.delayNs += probe;
      const len = threadQLen(v);
      sim.emit(
        N.K_STEAL_PROBE,
        -1,
        th.core,
        th.id,
        N.threadName(v.id),
        N.threadName(th.id),
        N.victimReason(v.id),
        FN_STEAL,
        AT_NONE,
        len,
      );
      if (len === 0) continue;
      const take = Math.ceil(len / 2);
      for (let i = 0; i < take; i++) {
        const id = threadPop(v);
        sim.move(sim.task(id), N.runqT(th.id), R_STOLEN, FN_STEAL, th.id);
        th.runq.push(id);
      }
      return true;
    }
    return false;
  }

  syscallEnter(sim: Sim, th: Thread): void {
    // The thread's queue is stranded while it is in the kernel: only a thief can run those tasks.
    if (threadQLen(th) > 0) this.wakeThief(sim, -1);
  }

  taskExited(sim: Sim, th: Thread): void {
    this.findTask(sim, th);
  }
}
