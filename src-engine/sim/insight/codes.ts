/** State codes of timeline lanes (one family per lane kind), and their names for legends and CSV. */

/** P lane: what the P does. */
export const P_CODES = ['idle', 'running', 'scheduling', 'syscall', 'gcstop', 'dead'] as const;
/** M lane: what the thread does (the M states of docs/go-scheduler.md §1.2). */
export const M_CODES = [
  'running',
  'scheduling',
  'spinning',
  'syscall',
  'netpoll',
  'idle',
  'locked-idle',
  'sysmon',
] as const;
/** G lane: the goroutine's status (waiting carries its reason as the segment's label). */
export const G_CODES = ['runnable', 'running', 'waiting', 'syscall', 'dead'] as const;

export const P_IDLE = 0;
export const P_RUNNING = 1;
export const P_SCHEDULING = 2;
export const P_SYSCALL = 3;
export const P_GCSTOP = 4;
export const P_DEAD = 5;

export const G_RUNNABLE = 0;
export const G_RUNNING = 1;
export const G_WAITING = 2;
export const G_SYSCALL = 3;
export const G_DEAD = 4;

/** G code of a G status. */
export function gCode(status: string): number {
  switch (status) {
    case '_Grunnable':
      return G_RUNNABLE;
    case '_Grunning':
      return G_RUNNING;
    case '_Gsyscall':
      return G_SYSCALL;
    case '_Gdead':
      return G_DEAD;
    default:
      return G_WAITING;
  }
}

/** M code of an M state name (-1 when unknown). */
export function mCode(state: string | undefined): number {
  return (M_CODES as readonly string[]).indexOf(state ?? '');
}
