/** Why the per-thread-queue model's events happen: each M has its own run queue and steals, with no P. */
import { modelExplainTable } from '../kernel/explain';

export const PER_THREAD_QUEUES_EXPLAIN = modelExplainTable({
  'go statement: new task': 'a go statement makes a goroutine in the creating thread’s own queue',
  'runnable: to the back of this thread’s queue':
    'a runnable goroutine goes to the tail of its thread’s own queue, with no lock shared between threads',
  'next task from the thread’s own queue': 'the thread takes the goroutine at the head of its own queue',
  'stolen from another thread’s queue':
    'with its own queue empty, the thread steals half of another thread’s queue',
  'blocking system call: the thread is in the kernel':
    'the queue belongs to the thread, so while the thread sleeps in a syscall its queued goroutines are stranded until a thief finds them (M:P:N hands the P off instead)',
  'no task to run: the thread parks':
    'its own queue is empty and no probe found work to steal, so the thread parks',
});
