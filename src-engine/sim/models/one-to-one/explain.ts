/** Why the 1:1 model's events happen: one kernel thread per goroutine, scheduled by the OS. */
import { modelExplainTable } from '../kernel/explain';

export const ONE_TO_ONE_EXPLAIN = modelExplainTable({
  'go statement: new task': 'in 1:1 every go statement creates a kernel thread for the new task',
  'new thread for the task: waits for a core':
    'in 1:1 the new task gets its own kernel thread (pthread_create: kernel-priced creation and a reserved stack), which waits in the OS run queue for a core',
  'the task blocks, and its thread with it':
    'in 1:1 a task and its thread are one: when the task waits, the kernel takes its thread off the core (a kernel-priced switch)',
  'woken: its thread is ready again':
    'in 1:1 waking a task means waking its kernel thread (futex_wake): it waits in the OS run queue for a core',
});
