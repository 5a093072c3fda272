/**
 * What the historical models' events say, and why the shared kernel makes them: the base of every model's
 * explanation table ({@link modelExplainTable}). The "what" half names tasks (`G7`), OS threads (`T3`) and
 * cores; the "why" half states the kernel's rule in an operating system's terms. Each model adds the reasons
 * of its own policy and restates the kernel reasons whose meaning differs in it (N:1's blocking syscall).
 */
import type { SchedEvent } from '../../events';
import type { ExplainTable } from '../../explain/table';

const G = (g: number | undefined): string => (g === undefined || g < 0 ? 'the runtime' : `G${g}`);
const T = (m: number | undefined): string => (m === undefined || m < 0 ? 'the kernel' : `T${m}`);
const core = (p: number | undefined): string => (p === undefined || p < 0 ? '' : ` on core ${p}`);

/** A location of a task in words: `running(T3)` → "running on T3". */
export function placeWords(loc: string | undefined): string {
  if (loc === undefined || loc === 'dead') return 'nowhere (not started, or exited)';
  const m = /^(\w+)\((\w+)\)$/.exec(loc);
  if (m === null) {
    const fixed: Record<string, string> = {
      globrunq: 'the global run queue',
      poolq: 'the pool’s task queue',
      timers: 'the timers (asleep)',
      nilchan: 'a nil channel (blocked forever)',
    };
    return fixed[loc] ?? loc;
  }
  const [, kind, arg] = m as unknown as [string, string, string];
  const byKind: Record<string, string> = {
    running: `running on ${arg}`,
    ready: `${arg}, waiting with it for a core`,
    runq: `${arg}’s task queue`,
    syscall: `a system call on ${arg}`,
    recvq: `${arg}’s receive queue`,
    sendq: `${arg}’s send queue`,
    sema: arg.startsWith('wg') ? `WaitGroup ${arg}’s waiters` : `the wait queue of ${arg}`,
  };
  return byKind[kind] ?? loc;
}

const thousands = (n: number): string => n.toLocaleString('en-US');

/** The "what" of every kind the kernel emits. */
export const MODEL_WHAT: ExplainTable['what'] = {
  'g.create': (e: SchedEvent) => `${G(e.g)} is created${e.m !== undefined && e.m >= 0 ? ` by T${e.m}` : ''}`,
  'g.move': (e: SchedEvent) =>
    e.to === 'dead'
      ? `${G(e.g)} exits${e.m !== undefined && e.m >= 0 ? ` on T${e.m}` : ''}`
      : `${G(e.g)} moves from ${placeWords(e.from)} to ${placeWords(e.to)}`,
  'thread.status': (e: SchedEvent) =>
    `${T(e.m)} goes from ${e.from ?? 'new'} to ${e.to ?? '?'}${core(e.p)}${e.g !== undefined && e.g > 0 ? ` with G${e.g}` : ''}`,
  'thread.create': (e: SchedEvent) =>
    `${T(e.m)}, a new OS thread${e.p !== undefined && e.p > 0 ? ` of process ${e.p}` : ''}, is created with ${thousands(e.arg ?? 0)} bytes of stack reserved`,
  'core.switch': (e: SchedEvent) =>
    `Core ${e.p ?? '?'} switches from ${e.from ?? '?'} to ${e.to ?? '?'}, costing ${thousands(e.arg ?? 0)} ns`,
  'task.switch': (e: SchedEvent) => `${T(e.m)} switches to ${G(e.g)}, costing ${thousands(e.arg ?? 0)} ns`,
  'lock.acquire': (e: SchedEvent) =>
    (e.arg ?? 0) > 0
      ? `${T(e.m)} gets the scheduler lock after waiting ${thousands(e.arg ?? 0)} ns`
      : `${T(e.m)} takes the free scheduler lock`,
  'steal.probe': (e: SchedEvent) =>
    `${T(e.m)} looks into ${e.from ?? '?'}’s queue and finds ${e.arg ?? 0} task${e.arg === 1 ? '' : 's'}`,
  'line.reached': (e: SchedEvent) => `${G(e.g)} reaches line ${e.line ?? '?'}`,
  output: (e: SchedEvent) => `${G(e.g)} writes to ${e.reason}`,
  'program.exit': (e: SchedEvent) => `The program ends with status ${e.arg ?? 0}: ${e.reason}`,
};

/** Why the kernel's reasons happen, in an operating system's terms (models restate some). */
export const KERNEL_WHY: ExplainTable['why'] = {
  'go statement: new task':
    'a go statement makes a new task; where it waits to run is the model’s choice (its queue, its own thread)',
  'thread created':
    'the kernel creates an OS thread (clone/fork), which costs kernel time and reserves a stack for it',
  'thread ready: waits for a core':
    'the thread can run, so the OS scheduler puts it at the tail of its run queue until a core is free (round robin)',
  'kernel gives the thread a core':
    'the OS scheduler takes the thread at the head of its run queue and runs it on the free core for one time slice',
  'time slice used up: preempted by the kernel':
    'the thread used its whole time slice while another thread waited, so the OS scheduler’s round robin preempts it to the tail of the run queue',
  'time slice renewed':
    'the time slice ended but no other thread waits for this core, so the OS scheduler lets the thread run on for another slice',
  'process switch: save registers and address space, restore the next':
    'switching to a thread of another process saves the registers and switches the address space (the TLB is flushed): the dearest switch',
  'thread switch: save registers, restore the next thread':
    'switching between threads of one process saves and restores registers in the kernel, without changing the address space',
  'task switch on the thread':
    'a user-level switch: the thread saves one task’s registers and loads another’s without entering the kernel, the cheapest switch',
  'chan: value handed to the waiting receiver':
    'a receiver was waiting on the channel, so the sender hands the value straight to it and makes it runnable',
  'chan: blocked sender released by a receive':
    'the receive took the value of a blocked sender (or made room in the buffer for it), so that sender is runnable again',
  'chan send':
    'no receiver is waiting and the buffer has no room, so the sender waits in the channel’s send queue',
  'chan receive': 'there is nothing to receive, so the receiver waits in the channel’s receive queue',
  select: 'no case of the select is ready, so the task waits on every channel of it at once',
  'chan closed: waiter released': 'closing the channel makes every task waiting on it runnable',
  'timer fired: value to the waiting receiver':
    'the timer fired and sent the time on its channel, which makes the waiting receiver runnable',
  'timer fired': 'the sleep’s timer expired, so the sleeping task is runnable again',
  'sync.Mutex.Lock':
    'the mutex is held by another task, so this one waits in the mutex’s queue until Unlock hands it over',
  'sync.RWMutex.Lock':
    'the RWMutex is held (by readers or a writer), so the writer waits in its queue until every holder has left',
  'sync.RWMutex.RLock': 'a writer holds or waits for the RWMutex, so this reader waits in its queue',
  'sync.WaitGroup.Wait': 'the WaitGroup’s counter is above zero, so Wait blocks until the last Done',
  'lock handed to the first waiter':
    'Unlock hands the mutex to the task that has waited longest and makes it runnable',
  'counter reached zero: waiters released':
    'the Done that brought the counter to zero makes every waiter runnable',
  'waits for once.Do to finish':
    'another task is running the Once’s function, so this caller waits until it has finished',
  'sync.Cond.Wait': 'Cond.Wait unlocks c.L and waits until Signal or Broadcast reaches it',
  'signalled: the oldest waiter is readied': 'Cond.Signal makes the task that has waited longest runnable',
  'broadcast: every waiter is readied, oldest first':
    'Cond.Broadcast makes every waiting task runnable, oldest first',
  sleep: 'time.Sleep parks the task on a timer until its time comes',
  'blocks forever (nil channel)':
    'a send or receive on a nil channel never completes, so the task waits forever',
  'line breakpoint': 'a line breakpoint is set on this line, so reaching it is recorded',
  returned: 'the task’s function returned, so it is finished',
  'no task to run: the thread parks':
    'the thread has no task to run, so it sleeps in the kernel (futex_wait) and leaves its core to other threads',
  'the task blocks, and its thread with it':
    'the task blocked while its thread has no other task to run, so the kernel takes the thread off its core until the task is woken',
  'blocking system call: the thread is in the kernel':
    'the task made a blocking system call: its thread sleeps in the kernel until it returns, and leaves its core',
  'system call returned': 'the system call finished, so the kernel makes its thread runnable again',
  'woken: its thread is ready again':
    'the task the thread waits for was woken, so the kernel makes the thread runnable (futex_wake): it needs a core again',
  'work to do: a parked thread is woken':
    'there is work and this thread was parked, so it is woken (futex_wake)',
  'the task returned: its thread exits': 'the thread existed only for this task, so it exits with it',
  'waits for the scheduler lock':
    'another thread holds the scheduler lock, so this one spins or sleeps until it is released: the lock serialises every scheduling decision',
  'takes the scheduler lock': 'the scheduler’s shared state is guarded by one lock, taken for each decision',
  'back to running': 'the thread got what it was waiting for and continues its task',
  'probe T':
    'with nothing in its own queue the thread looks at every other thread’s queue in turn for work to steal: the probes grow with the number of threads',
};

/** The "why" of free-text kinds. */
export const KERNEL_WHY_OF_KIND: ExplainTable['whyOfKind'] = {
  output: 'the task wrote to standard output or standard error; it appears in the output in this order',
  'program.exit|runtime.main': 'main returned, so the program exits with every other task, as in Go',
  'program.exit':
    'the program cannot go on (a panic, a fatal error, os.Exit or a deadlock): it ends with Go’s exit status and message',
};

/** A model's table: the kernel's base, with the model's own reasons and restatements on top. */
export function modelExplainTable(why: ExplainTable['why']): ExplainTable {
  return { what: MODEL_WHAT, why: { ...KERNEL_WHY, ...why }, whyOfKind: KERNEL_WHY_OF_KIND };
}
