/** Why the thread pool's events happen: a fixed set of worker threads sharing one task queue. */
import { modelExplainTable } from '../kernel/explain';

export const THREAD_POOL_EXPLAIN = modelExplainTable({
  'go statement: new task': 'a go statement submits a task to the pool; it runs when a worker is free',
  'task submitted to the pool queue':
    'the task goes to the tail of the pool’s one shared task queue, under the queue’s lock; it waits there until a worker is free',
  'a worker takes the next task':
    'a free worker takes the task at the head of the shared queue (under its lock) and runs it to completion or until it blocks',
  'main runs on its own thread': 'main runs on the program’s own thread, not on a pool worker',
  'the task blocks, and its thread with it':
    'a task that blocks holds its worker: with every worker blocked, queued tasks starve (and the pool deadlocks if they are the ones that would unblock it)',
  'waits for the scheduler lock':
    'another worker holds the shared queue’s lock, so this one waits for it: every submit and take goes through that lock',
  'takes the scheduler lock': 'the shared task queue is guarded by one lock, taken for every submit and take',
  'no task to run: the thread parks':
    'the shared queue is empty, so the worker sleeps until a task is submitted',
});
