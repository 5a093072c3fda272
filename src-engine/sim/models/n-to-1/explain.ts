/** Why the N:1 model's events happen: every goroutine on one OS thread, switched at user level. */
import { modelExplainTable } from '../kernel/explain';

export const N_TO_1_EXPLAIN = modelExplainTable({
  'go statement: new task': 'in N:1 a go statement only creates a user-level task on the one OS thread',
  'runnable: to the back of the only thread’s queue':
    'in N:1 every runnable task waits in the one thread’s queue, FIFO: there is no parallelism, whatever the number of cores',
  'next task from the only thread’s queue':
    'the one thread switches at user level to the task at the head of its queue (cheap: no kernel entry)',
  'blocking system call: the thread is in the kernel':
    'in N:1 a blocking system call puts the only thread to sleep in the kernel: every task is frozen until it returns, runnable or not',
  'system call returned':
    'the system call returned, so the only thread can run again, and with it every task that was frozen',
  'no task to run: the thread parks':
    'no task is runnable, so the only thread sleeps in the kernel until a timer or syscall wakes one',
  'the task blocks, and its thread with it':
    'the task blocked and no other is runnable, so the only thread sleeps in the kernel',
});
