/** Helpers the user-level policies share: FIFO task queues and counting threads that run program code. */
import type { Name } from '../../core/names';
import type { Sim } from './Sim';
import type { Task, Thread } from './state';

/** Pops the head of a FIFO kept as an array with a head index. */
export function qPop(q: { items: number[]; head: number }): number {
  if (q.head >= q.items.length) return -1;
  const id = q.items[q.head++] as number;
  if (q.head > 1024 && q.head * 2 > q.items.length) {
    q.items.splice(0, q.head);
    q.head = 0;
  }
  return id;
}

export function qLen(q: { items: number[]; head: number }): number {
  return q.items.length - q.head;
}

/** Pops the head of a thread's own queue, -1 when empty. */
export function threadPop(th: Thread): number {
  if (th.qHead >= th.runq.length) return -1;
  const id = th.runq[th.qHead++] as number;
  if (th.qHead > 1024 && th.qHead * 2 > th.runq.length) {
    th.runq.splice(0, th.qHead);
    th.qHead = 0;
  }
  return id;
}

export function threadQLen(th: Thread): number {
  return th.runq.length - th.qHead;
}

/** Threads running program code or about to (on a core, waiting for one, or for the lock). */
export function activeThreads(sim: Sim): number {
  return sim.activeThreadCount;
}

/** First idle thread (LIFO would also do; FIFO keeps the drawing stable), or undefined. */
export function idleThread(sim: Sim, workersOnly = false): Thread | undefined {
  if (sim.idleThreadCount === 0) return undefined;
  for (const t of sim.threads) if (t.state === 'idle' && (!workersOnly || t.worker)) return t;
  return undefined;
}

/** Moves `task` to the tail of `loc` (one `g.move`). */
export function toQueue(sim: Sim, task: Task, loc: Name, reason: Name, fn: Name, by: number): void {
  sim.move(task, loc, reason, fn, by);
}
