/** Why the OS model's events happen: processes and threads time-sliced by the kernel's round robin. */
import { modelExplainTable } from '../kernel/explain';

export const OS_THREADS_EXPLAIN = modelExplainTable({
  'go statement: new task':
    'here every go statement starts a process or thread of its own: the OS, not a runtime, schedules the work',
  'new thread for the task: waits for a core':
    'the new task gets its own process or thread (fork or pthread_create), which joins the tail of the OS scheduler’s run queue',
  'time slice used up: preempted by the kernel':
    'the OS scheduler gives each process and thread a fixed time slice in round robin; this one used its slice while another waited, so a timer interrupt preempts it to the tail of the run queue',
  'the task blocks, and its thread with it':
    'a process or thread that waits (a channel, a lock, a sleep) leaves its core in the kernel; the OS runs another one meanwhile',
});
