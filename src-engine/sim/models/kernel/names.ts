/** Registered names (event kinds, locations, reasons, functions) of the historical models' events. */
import { name, nameCache, type Name } from '../../core/names';
import { KERNEL_REASONS } from './reasons';

const kinds: string[] = [];
/** Declares an event kind the historical models emit. */
function kind(s: string): Name {
  kinds.push(s);
  return name(s);
}

export const K_G_CREATE = kind('g.create');
export const K_G_MOVE = kind('g.move');
/** An OS thread changed state: `m` thread, `p` core (-1 off-core), `g` its task, `from` → `to` state. */
export const K_THREAD_STATUS = kind('thread.status');
/** An OS thread (or process) was created: `m`, `arg` = stack bytes reserved, `p` = process. */
export const K_THREAD_CREATE = kind('thread.create');
/** A core switched threads (save/restore): `p` core, `m` the incoming thread, `from` outgoing, `arg` cost ns. */
export const K_CORE_SWITCH = kind('core.switch');
/** A user-level task switch on a thread: `m`, `g` incoming task, `arg` cost ns. */
export const K_TASK_SWITCH = kind('task.switch');
/** The scheduler lock was taken: `m`, `arg` = ns waited for it (0 uncontended). */
export const K_LOCK = kind('lock.acquire');
/** A thief looked at one victim's queue: `m` thief, `arg` victim thread. */
export const K_STEAL_PROBE = kind('steal.probe');
/** A task reached a source line with a line breakpoint (recorded only while one is set): `g`, `line`. */
export const K_LINE_REACHED = kind('line.reached');

/** Program output (`reason` = the stream). */
export const K_OUTPUT = kind('output');
/** The program ended (`reason` = why, `arg` = exit status). */
export const K_EXIT = kind('program.exit');
/** Every event kind the historical models emit (each model's explanation table covers each). */
export const MODEL_EVENT_KINDS: readonly string[] = kinds;

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
/** The reason of a `steal.probe`: the victim looked at. */
export const victimReason = KERNEL_REASONS.family('probe T', (t) => `probe T${t}`);

export const S_RUNNING = name('running');
export const S_READY = name('ready');
export const S_BLOCKED = name('blocked');
export const S_SYSCALL = name('syscall');
export const S_IDLE = name('idle');
export const S_LOCK = name('lock');
export const S_EXITED = name('exited');
export const S_NONE = name('none');
