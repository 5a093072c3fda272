/**
 * The scheduler rule behind each runtime function an event names: the "why" half of an explanation.
 *
 * @remarks Keyed by the event's `fn`, or `fn|reason` where one function does different things (the more
 * specific key wins). Every runtime function the engine emits must be here: explain.test.ts walks them.
 * Rules cite docs/go-scheduler.md's vocabulary; the numbers are Go 1.22–1.24's (proc.go, runtime2.go).
 */
export const RULES: Readonly<Record<string, string>> = {
  'runtime.timerchandrain':
    'Go 1.23 timer channels are synchronous: Stop or Reset drains a value the timer sent but nobody received, so no stale tick is read afterwards',
  'sync.runtime_notifyListNotifyOne':
    'Cond.Signal wakes the waiter that has waited longest (notifyListNotifyOne takes the lowest ticket) and readies it into the signaller’s runnext; it relocks c.L before Wait returns',
  'sync.runtime_notifyListNotifyAll':
    'Cond.Broadcast wakes every waiter in ticket order (notifyListNotifyAll), each readied into the waker’s runnext in turn; each relocks c.L before Wait returns',
  'sync.Cond.Wait':
    'Cond.Wait takes a ticket on the notify list, unlocks c.L and parks until Signal or Broadcast reaches its ticket',
  'sync.(*Mutex).Lock':
    'the mutex is held by another task, so this one waits in the lock’s queue until Unlock hands it over (a historical model’s mutex)',
  'sync.(*Mutex).Unlock': 'Unlock releases the mutex and makes the first task waiting for it runnable',
  'sync.(*WaitGroup).Wait':
    'Wait blocks while the counter is above zero; the Done that brings it to zero wakes every waiter',
  'sync.(*Once).Do':
    'Once.Do runs its function once; a caller that arrives while it runs waits until it has finished',
  'runtime.newproc|main goroutine':
    'the runtime starts main in P0’s runnext, so it is the first goroutine to run',
  'runtime.newproc':
    'a go statement puts the new goroutine in its creator’s runnext, so it runs next on that P; whatever was in runnext moves to the tail of the local run queue',
  'runtime.newproc1': 'newproc1 allocates the goroutine and its stack before it is made runnable',
  'runtime.runqput':
    'runnext holds one goroutine, so the newer one takes it and the older one goes to the tail of the local run queue',
  'runtime.runqputslow':
    'the local run queue holds 256 goroutines; when it is full, half of it moves to the global run queue in one batch',
  'runtime.runqputbatch': 'readied goroutines are put on the local run queue in one batch',
  'runtime.globrunqget':
    'findRunnable takes a batch from the global run queue (up to its length ÷ GOMAXPROCS + 1, at most half the local queue)',
  'runtime.runqsteal':
    'a P with nothing to run steals half of another P’s local run queue (findRunnable → stealWork → runqsteal)',
  'runtime.runqgrab':
    'before taking a victim’s runnext, a thief sleeps 3 µs: the victim is probably about to run it',
  'runtime.execute|execute (inheritTime: continues the slice)':
    'schedule picked it from runnext, so it inherits the rest of the current time slice and schedtick does not advance',
  'runtime.execute':
    'schedule picked it (every 61st schedtick from the global queue first, then runnext, the local queue, the global queue, netpoll and stealing) and execute makes it _Grunning',
  'runtime.goexit0': 'its function returned: goexit0 makes it _Gdead and the M schedules the next goroutine',
  'runtime.gopreempt_m':
    'it ran for 10 ms without yielding, so it was preempted; a preempted goroutine goes to the tail of the global run queue',
  'runtime.gosched_m': 'runtime.Gosched yields the P: the goroutine goes to the tail of the global run queue',
  'runtime.goyield_m':
    'goyield (a starving mutex’s handoff) puts it at the tail of its own P’s local run queue',
  'runtime.chansend|value into the buffer':
    'no receiver is waiting and the buffer has room, so the value is copied into the buffer and the sender goes on',
  'runtime.chansend':
    'no receiver is waiting and there is no room in the buffer, so the sender parks on the channel’s sendq',
  'runtime.chanrecv|value taken from the buffer':
    'the buffer holds a value, so the receiver takes the oldest one and goes on',
  'runtime.chanrecv': 'there is nothing to receive, so the receiver parks on the channel’s recvq',
  'runtime.send':
    'a receiver was waiting: the value is copied straight to it and goready puts it in the sender’s runnext',
  'runtime.recv':
    'the receive takes the value of the first blocked sender (or the buffer’s head, refilled from that sender), and goready puts the sender in the receiver’s runnext',
  'runtime.closechan|channel closed':
    'close marks the channel closed; receivers then get the buffered values and after them the zero value',
  'runtime.closechan':
    'close readies every goroutine waiting on the channel (receivers get the zero value, senders panic)',
  'time.goFunc':
    'a time.AfterFunc timer fired: time.goFunc starts its function in a new goroutine, put in the runnext of the P whose timers were being run (what was there moves to the tail of its local run queue)',
  'runtime.sendTime':
    'the timer fired: the current time is sent on the timer’s channel, waking a waiting receiver',
  'runtime.makechan': 'make creates the channel with its buffer',
  'time.NewTimer': 'time.After / NewTimer creates a channel with a one-slot buffer and a runtime timer',
  'runtime.selectgo':
    'no case of the select is ready, so selectgo queues the goroutine on every channel of the select and parks it',
  'runtime.block': 'a select with no cases blocks forever',
  'runtime.gopark': 'an operation on a nil channel parks forever',
  'runtime.timeSleep':
    'time.Sleep adds a timer to its P’s timer heap and parks the goroutine until the wake time',
  'runtime.goroutineReady':
    'its sleep timer fired: goready puts it in runnext of the P whose M ran the timer',
  'runtime.(*timers).take': 'a P that stops running gives its timers to another P, so sleepers still wake',
  'runtime.semacquire1|sync.Mutex.Lock':
    'the mutex is locked, so Lock parks the goroutine in the mutex’s semaphore queue (a goroutine that already waited goes to the head)',
  'runtime.semacquire1|sync.RWMutex.RLock':
    'a writer holds or waits for the lock, so the reader parks until it unlocks',
  'runtime.semacquire1|sync.RWMutex.Lock':
    'readers still hold the lock, so the writer parks until the last one leaves',
  'runtime.semacquire1':
    'the lock is not free, so the goroutine parks in the semaphore’s queue (a goroutine that already waited goes to the head)',
  'sync.(*Mutex).unlockSlow|semrelease (handoff)':
    'the mutex is starving: Unlock hands ownership directly to the first waiter',
  'sync.(*Mutex).unlockSlow': 'Unlock found waiters, so semrelease wakes one of them',
  'sync.(*RWMutex).rUnlockSlow': 'the last reader left, so the waiting writer is woken',
  'sync.(*RWMutex).Unlock': 'the writer unlocked, so every waiting reader is woken',
  'sync.(*WaitGroup).Add': 'the counter reached zero, so every goroutine blocked in Wait is readied',
  'runtime.entersyscall':
    'a blocking system call: the goroutine’s M goes into the kernel with it, and its P waits in _Psyscall until sysmon retakes it or the call returns',
  'runtime.entersyscall_gcwait':
    'a stop-the-world is pending, so the P is stopped as the M enters the kernel',
  'runtime.reentersyscall':
    'the P stays attached to the M but is in _Psyscall: sysmon may retake it while the call blocks',
  'runtime.exitsyscall': 'the system call returned and the M got a P back, so the goroutine keeps running',
  'runtime.exitsyscallfast': 'the system call returned and its old P was still free, so it takes it back',
  'runtime.exitsyscallfast_pidle': 'the system call returned but its P was taken, so the M takes an idle P',
  'runtime.exitsyscall0':
    'the system call returned and no P is free, so the goroutine goes to the global run queue and the M parks',
  'runtime.retake':
    'sysmon saw the P in a system call for a whole tick (20 µs or more) with work to do, so it retakes it and hands it off',
  'runtime.handoffp':
    'handoffp: the P of a blocked M is given to another M if it has work (or someone must poll), else it is parked idle',
  'runtime.startm': 'startm wakes a parked M (or creates one) to run a P',
  'runtime.newm': 'no parked M was available, so the runtime creates a new OS thread (newm)',
  'runtime.stopm': 'nothing to run: the M parks on the idle M list until startm wakes it',
  'runtime.mstart': 'a new or woken M starts with the P it was given',
  'runtime.findRunnable|looking for work to steal':
    'the local and global queues were empty, so the M spins: it tries to steal from other Ps before parking',
  'runtime.findRunnable|stop spinning, recheck':
    'the spinning M found nothing; it stops spinning and checks all queues once more so no work is missed',
  'runtime.findRunnable|M releases P':
    'findRunnable found no work anywhere, so the M gives its P back to the idle list',
  'runtime.findRunnable': 'findRunnable: an M without work takes an idle P when there is work for it',
  'runtime.resetspinning':
    'the spinning M found work: it stops spinning and wakes another M if others might need one',
  'runtime.netpoll':
    'no goroutine to run anywhere: one M blocks in netpoll (epoll_wait) until a file descriptor or a timer is ready',
  'runtime.netpollblock':
    'the goroutine waits for its file descriptor: the network poller holds it, and no thread is blocked for it',
  'runtime.netpollBreak':
    'a timer earlier than netpoll’s deadline was added, so the blocked netpoll is woken',
  'runtime.injectglist':
    'goroutines readied by netpoll are put on idle Ps’ queues or the global run queue, and Ms are started for them',
  'runtime.checkRunqsNoP': 'after dropping its P the M saw work, so it takes an idle P back',
  'runtime.gcstopm': 'a stop-the-world is pending: the M gives up its P (_Pgcstop) and parks',
  'runtime.stopTheWorldWithSema':
    'stop-the-world: every P is stopped (_Pgcstop) — running ones at their next safe point, idle and syscall ones at once',
  'runtime.startTheWorldWithSema': 'start the world: Ps get their Ms back and Ps with work are started',
  'runtime.procresize':
    'procresize sets the number of Ps to GOMAXPROCS; Ps with work get Ms, the rest go idle',
  'runtime.schedinit': 'schedinit sets GOMAXPROCS from the number of CPUs (or the GOMAXPROCS setting)',
  'runtime.(*p).destroy':
    'a P beyond GOMAXPROCS is destroyed: its goroutines go to the head of the global run queue',
  'runtime.pidleput': 'a P with no work goes on the idle P list',
  'runtime.acquirep': 'the M takes the P: from now on it runs that P’s goroutines',
  'runtime.releasep': 'the M lets go of its P',
  'runtime.preemptone':
    'sysmon saw the same schedtick for 10 ms (forcePreemptNS), so it asks the running goroutine to stop at its next safe point',
  'runtime.sysmon|sysmon: deep sleep (all Ps idle)':
    'every P is idle, so sysmon sleeps longer until something happens',
  'runtime.sysmon':
    'sysmon is the runtime’s monitor thread: it runs without a P, retakes Ps from syscalls, preempts long runners and polls the network',
  'runtime.LockOSThread': 'LockOSThread wires the goroutine to its current thread: only that M will run it',
  'runtime.UnlockOSThread': 'UnlockOSThread unwires the goroutine from its thread',
  'runtime.startlockedm': 'a locked goroutine can only run on its own M, so the P is handed to that thread',
  'runtime.stoplockedm': 'the locked thread gives up its P and waits until its goroutine is runnable again',
  'runtime.mexit': 'a goroutine that exits while locked takes its thread with it',
  'runtime.main': 'main returned, so the program exits (other goroutines are not waited for)',
  'runtime.fatal': 'the runtime stops the program with a fatal error',
  'os.(*File).Write': 'the program wrote output',
  'runtime.printpanics': 'the runtime printed the panic or fatal error',
  '(interpreter) line reached':
    'a line breakpoint is set on this line, so the interpreter records the goroutine reaching it even where the scheduler does nothing (recorded only while such a breakpoint is set)',
};

/** Rules found, by function then reason (both come from bounded sets): saves building a key per event. */
const cache = new Map<string, Map<string, string | undefined>>();

/** The rule for an event's function and reason, or undefined when none is known. */
export function ruleFor(fn: string, reason: string): string | undefined {
  let byReason = cache.get(fn);
  if (byReason === undefined) cache.set(fn, (byReason = new Map()));
  if (byReason.has(reason)) return byReason.get(reason);
  const rule = RULES[`${fn}|${reason}`] ?? RULES[fn];
  // Reasons with free text (panic messages) would grow the cache without bound: keep it small.
  if (byReason.size < 4096) byReason.set(reason, rule);
  return rule;
}
