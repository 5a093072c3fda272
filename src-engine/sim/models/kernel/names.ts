/** Registered names (event kinds, locations, reasons, functions) of the historical models' events. */
import { name, nameCache } from '../../core/names';

export const K_G_CREATE = name('g.create');
export const K_G_MOVE = name('g.move');
/** An OS thread changed state: `m` thread, `p` core (-1 off-core), `g` its task, `from` → `to` state. */
export const K_THREAD_STATUS = name('thread.status');
/** An OS thread (or process) was created: `m`, `arg` = stack bytes reserved, `p` = process. */
export const K_THREAD_CREATE = name('thread.create');
/** A core switched threads (save/restore): `p` core, `m` the incoming thread, `from` outgoing, `arg` cost ns. */
export const K_CORE_SWITCH = name('core.switch');
/** A user-level task switch on a thread: `m`, `g` incoming task, `arg` cost ns. */
export const K_TASK_SWITCH = name('task.switch');
/** The scheduler lock was taken: `m`, `arg` = ns waited for it (0 uncontended). */
export const K_LOCK = name('lock.acquire');
/** A thief looked at one victim's queue: `m` thief, `arg` victim thread. */
export const K_STEAL_PROBE = name('steal.probe');
/** A task reached a source line with a line breakpoint (recorded only while one is set): `g`, `line`. */
export const K_LINE_REACHED = name('line.reached');

export const L_DEAD = name('dead');
export const L_GLOBRUNQ = name('globrunq');
export const L_POOLQ = name('poolq');
export const L_TIMERS = name('timers');
export const L_NILCHAN = name('nilchan');
export const runningT = nameCache((t) => `running(T${t})`);
export const readyT = nameCache((t) => `ready(T${t})`);
export const runqT = nameCache((t) => `runq(T${t})`);
export const syscallT = nameCache((t) => `syscall(T${t})`);
export const recvqC = nameCache((c) => `recvq(ch${c})`);
export const sendqC = nameCache((c) => `sendq(ch${c})`);
export const semaMu = nameCache((s) => `sema(mu${s})`);
export const semaWg = nameCache((s) => `sema(wg${s})`);
export const threadName = nameCache((t) => `T${t}`);
export const victimReason = nameCache((t) => `probe T${t}`);

export const S_RUNNING = name('running');
export const S_READY = name('ready');
export const S_BLOCKED = name('blocked');
export const S_SYSCALL = name('syscall');
export const S_IDLE = name('idle');
export const S_LOCK = name('lock');
export const S_EXITED = name('exited');
export const S_NONE = name('none');
