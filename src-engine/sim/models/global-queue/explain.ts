/** Why Go 1.0's events happen: M:N with one global run queue guarded by sched.lock, no preemption. */
import { modelExplainTable } from '../kernel/explain';

export const GLOBAL_QUEUE_EXPLAIN = modelExplainTable({
  'go statement: new task': 'a go statement makes a goroutine; Go 1.0 puts it on the one global run queue',
  'runnable: to the global run queue (under sched.lock)':
    'in Go 1.0 every runnable goroutine goes to the tail of the one global run queue, under sched.lock (runtime·ready)',
  'next task from the global run queue':
    'an M takes the goroutine at the head of the global run queue under sched.lock (nextgandunlock); Go 1.0 has no preemption, so it runs until it blocks or yields',
  'syscall returned but every CPU slot is taken: the task queues, the thread parks':
    'Go 1.0 lets only GOMAXPROCS Ms run Go code: back from the syscall with every slot taken, the goroutine queues globally and its M parks (runtime·exitsyscall)',
  'waits for the scheduler lock':
    'another M holds sched.lock, so this one waits: every Go 1.0 scheduling decision takes the one lock, so waits grow as cores are added',
  'takes the scheduler lock':
    'Go 1.0 guards all scheduler state with one lock, sched.lock, taken for every decision',
  'no task to run: the thread parks':
    'the global run queue is empty, so the M sleeps until a goroutine is readied',
});
