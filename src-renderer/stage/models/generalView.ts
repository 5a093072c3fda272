/**
 * The generalised view the model stage draws: cores, OS threads, tasks (goroutines), queues, the scheduler
 * lock and the kernel's run queue. Built from a historical model's view (`WorldView.model`) or from a Go
 * view (Ps as the cores' slots, Ms as threads), so one stage draws every model without fake P cards.
 */
import { parseLocation } from '../../../src-engine/sim/events';
import type { GView, WorldView } from '../../../src-engine/sim/WorldView';

export interface GeneralCore {
  readonly label: string;
  /** Thread on it (`T2`, `M3`), or null when idle. */
  readonly thread: string | null;
  /** Goroutine it runs, or null. */
  readonly task: number | null;
  /** Extra state (a P's status), or empty. */
  readonly note: string;
}

export interface GeneralThread {
  readonly label: string;
  /** running, ready, blocked, syscall, idle, lock, exited (or an M state). */
  readonly state: string;
  readonly task: number | null;
  /** Its own run queue (per-thread queues, N:1), head first. */
  readonly queue: readonly number[];
}

export interface GeneralPlace {
  readonly label: string;
  readonly tasks: readonly number[];
}

export interface GeneralView {
  readonly title: string;
  readonly t: number;
  readonly cores: readonly GeneralCore[];
  /** Threads that exist and have not exited. */
  readonly threads: readonly GeneralThread[];
  /** Threads waiting for a core (the kernel's run queue). */
  readonly kernelRunq: readonly string[];
  /** Threads waiting for the scheduler lock. */
  readonly lockWaiters: readonly string[];
  /** Shared queues (global run queue, the pool's queue, Go's per-P queues). */
  readonly queues: readonly GeneralPlace[];
  /** Where goroutines wait (channels, locks, timers, syscalls, the poller). */
  readonly waits: readonly GeneralPlace[];
  readonly live: number;
}

const WAITING = new Set(['_Gwaiting', '_Gsyscall']);

/** Goroutines grouped by location, each group in queue order. */
function waitsOf(gs: readonly GView[]): GeneralPlace[] {
  const by = new Map<string, GView[]>();
  for (const g of gs) {
    if (!WAITING.has(g.status)) continue;
    let list = by.get(g.loc);
    if (list === undefined) by.set(g.loc, (list = []));
    list.push(g);
  }
  // Code-unit order, not localeCompare: a run's wait places are ASCII, and with 1 000 goroutines each in its
  // own syscall the collator's sort was most of a comparison pane's frame.
  return [...by]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([label, list]) => ({ label, tasks: list.sort((x, y) => x.order - y.order).map((g) => g.id) }));
}

/** The general view of any run's view; `title` names the model. */
export function generalView(view: WorldView, title: string): GeneralView {
  const live = view.gs.filter((g) => g.status !== '_Gdead').length;
  const m = view.model;
  if (m !== undefined) {
    const threadQueue = new Map<string, readonly number[]>();
    const shared: GeneralPlace[] = [];
    for (const q of m.queues) {
      const p = parseLocation(q.loc);
      if (p.kind === 'runq' && p.arg !== undefined) threadQueue.set(p.arg, q.tasks);
      else shared.push({ label: q.loc, tasks: q.tasks });
    }
    return {
      title,
      t: view.t,
      cores: m.cores.map((c) => {
        const th = c.thread === null ? undefined : m.threads[c.thread];
        return {
          label: `core ${c.id}`,
          thread: c.thread === null ? null : `T${c.thread}`,
          task: th?.task ?? null,
          note: '',
        };
      }),
      threads: m.threads
        .filter((t) => t.state !== 'exited')
        .map((t) => ({
          label: `T${t.id}`,
          state: t.state,
          task: t.task,
          queue: threadQueue.get(`T${t.id}`) ?? [],
        })),
      kernelRunq: m.kernelRunq.map((t) => `T${t}`),
      lockWaiters: m.lockWaiters.map((t) => `T${t}`),
      queues: shared,
      waits: waitsOf(view.gs),
      live,
    };
  }
  const running = new Map<number, number>();
  for (const g of view.gs) {
    const p = parseLocation(g.loc);
    if (p.kind === 'running' && p.arg !== undefined) running.set(Number(p.arg.slice(1)), g.id);
  }
  return {
    title,
    t: view.t,
    cores: view.ps.map((p) => ({
      label: `P${p.id}`,
      thread: p.m === null ? null : `M${p.m}`,
      task: running.get(p.id) ?? null,
      note: p.status,
    })),
    threads: view.ms.map((mv) => ({ label: `M${mv.id}`, state: mv.state, task: mv.g, queue: [] })),
    kernelRunq: [],
    lockWaiters: [],
    queues: [
      ...view.ps.map((p) => ({
        label: `runq(P${p.id})`,
        tasks: [...(p.runnext === null ? [] : [p.runnext]), ...p.runq],
      })),
      { label: 'globrunq', tasks: view.globrunq },
    ],
    waits: waitsOf(view.gs),
    live,
  };
}
