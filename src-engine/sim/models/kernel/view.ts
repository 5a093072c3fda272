/**
 * The generalised view of a historical-model run: cores, OS threads (with their process, state, core and
 * task), tasks, queues, the scheduler lock and the kernel's run queue. Built by folding the event log
 * (so it is exact at any position), plain data so it crosses a MessagePort inside a {@link WorldView}.
 */
import type { SchedEvent } from '../../events';
import { parseLocation } from '../../events';
import type { GStatus, GView, WorldView } from '../../WorldView';

/** One OS thread as drawn. */
export interface ModelThreadView {
  readonly id: number;
  /** Process it belongs to. */
  readonly proc: number;
  readonly state: 'running' | 'ready' | 'blocked' | 'syscall' | 'idle' | 'lock' | 'exited';
  readonly core: number | null;
  readonly task: number | null;
  /** Stack reserved, bytes. */
  readonly stackBytes: number;
}

/** What a model's stage draws beyond the goroutines. */
export interface ModelView {
  /** Model id (`n-to-1`, …). */
  readonly id: string;
  /** Model name for titles. */
  readonly name: string;
  readonly cores: readonly { readonly id: number; readonly thread: number | null }[];
  readonly threads: readonly ModelThreadView[];
  /** Task queues by location (`globrunq`, `poolq`, `runq(T3)`), head first. */
  readonly queues: readonly { readonly loc: string; readonly tasks: readonly number[] }[];
  /** Threads ready for a core (the kernel's run queue), in arrival order. */
  readonly kernelRunq: readonly number[];
  /** Threads waiting for the scheduler lock. */
  readonly lockWaiters: readonly number[];
  /** Context switches so far (kernel and user-level) and their total cost, ns. */
  readonly switches: number;
  readonly switchNs: number;
}

/** One task as the fold knows it. */
export interface TaskRec {
  loc: string;
  order: number;
  line: number;
  wakeAt?: number;
}

/**
 * Tasks that have exited, in exit order, with their last record. A task never changes after its exit and the
 * exit order is a function of the log, so one list is shared by the fold and every keyframe (each knows only
 * how many of its entries it has seen): keyframes cost the live tasks, not every task the run ever made.
 */
export interface ExitedTasks {
  readonly ids: number[];
  readonly recs: TaskRec[];
}

/** The reducer's state. */
export interface ModelFold {
  t: number;
  seq: number;
  /** Tasks that have not exited (created ones included). */
  tasks: Map<number, TaskRec>;
  /** Shared exited tasks; the first `exitedCount` have exited at this position. */
  exited: ExitedTasks;
  exitedCount: number;
  /** Thread records by id, replaced on change and never mutated (keyframes share them). */
  threads: {
    readonly id: number;
    proc: number;
    state: ModelThreadView['state'];
    core: number;
    task: number;
    stackBytes: number;
    order: number;
  }[];
  cores: number[];
  queues: Map<string, number[]>;
  switches: number;
  switchNs: number;
}

export function emptyFold(cores: number, exited: ExitedTasks = { ids: [], recs: [] }): ModelFold {
  return {
    t: 0,
    seq: -1,
    tasks: new Map(),
    exited,
    exitedCount: 0,
    threads: [],
    cores: new Array<number>(cores).fill(-1),
    queues: new Map(),
    switches: 0,
    switchNs: 0,
  };
}

const QUEUE_KINDS = new Set(['runq', 'globrunq', 'poolq']);

function isQueue(loc: string): boolean {
  return QUEUE_KINDS.has(parseLocation(loc).kind);
}

/** Applies one event. */
export function foldEvent(f: ModelFold, e: SchedEvent): void {
  f.t = e.t;
  f.seq = e.seq;
  switch (e.kind) {
    case 'g.create':
      f.tasks.set(e.g as number, { loc: 'dead', order: e.seq, line: e.line ?? 0 });
      return;
    case 'g.move': {
      const g = e.g as number;
      const rec = f.tasks.get(g) ?? { loc: 'dead', order: 0, line: 0 };
      if (isQueue(rec.loc)) {
        const q = f.queues.get(rec.loc);
        const i = q === undefined ? -1 : q.indexOf(g);
        if (q !== undefined && i >= 0) q.splice(i, 1);
      }
      const to = e.to as string;
      rec.loc = to;
      rec.order = e.at === 'head' ? -e.seq : e.seq;
      rec.line = e.line ?? rec.line;
      if (to === 'timers' && e.arg !== undefined) rec.wakeAt = e.arg;
      else delete rec.wakeAt;
      if (to === 'dead') exit(f, g, rec);
      else f.tasks.set(g, rec);
      if (isQueue(to)) {
        let q = f.queues.get(to);
        if (q === undefined) f.queues.set(to, (q = []));
        if (e.at === 'head') q.unshift(g);
        else q.push(g);
      }
      // A thread's task follows the moves into and out of `running(Tn)` (user-level switches emit no
      // thread.status); a task that keeps its thread while it waits is re-attached by the thread's status.
      const from = parseLocation((e.from as string | undefined) ?? 'dead');
      const into = parseLocation(to);
      // Thread records are replaced, never mutated: keyframes share them (copy on write).
      if (from.kind === 'running' && from.arg !== undefined) {
        const i = Number(from.arg.slice(1));
        const th = f.threads[i];
        if (th !== undefined && th.task === g && into.arg !== from.arg) f.threads[i] = { ...th, task: -1 };
      }
      if (into.kind === 'running' && into.arg !== undefined) {
        const i = Number(into.arg.slice(1));
        const th = f.threads[i];
        if (th !== undefined) f.threads[i] = { ...th, task: g };
      }
      return;
    }
    case 'thread.create':
      f.threads[e.m as number] = {
        id: e.m as number,
        proc: e.p ?? 0,
        state: 'idle',
        core: -1,
        task: -1,
        stackBytes: e.arg ?? 0,
        order: e.seq,
      };
      return;
    case 'thread.status': {
      const old = f.threads[e.m as number];
      if (old === undefined) return;
      if (old.core >= 0 && f.cores[old.core] === old.id) f.cores[old.core] = -1;
      const state = e.to as ModelThreadView['state'];
      const core = state === 'running' || state === 'lock' ? (e.p ?? -1) : -1;
      f.threads[old.id] = { ...old, state, core, task: e.g ?? -1, order: e.seq };
      if (core >= 0) f.cores[core] = old.id;
      return;
    }
    case 'core.switch':
    case 'task.switch':
      f.switches++;
      f.switchNs += e.arg ?? 0;
      return;
  }
}

/** `g` exited (its only move to `dead`): it leaves the live tasks for the shared exited list. */
function exit(f: ModelFold, g: number, rec: TaskRec): void {
  f.tasks.delete(g);
  const x = f.exited;
  const k = f.exitedCount++;
  if (k < x.ids.length) {
    // Folding again from an earlier keyframe: the list already holds this exit.
    if (x.ids[k] !== g) throw new Error(`model fold: exit ${k} is task ${x.ids[k]}, not ${g}`);
    return;
  }
  x.ids.push(g);
  x.recs.push({ ...rec });
}

function status(loc: string): GStatus {
  const k = parseLocation(loc).kind;
  if (k === 'running') return '_Grunning';
  if (k === 'ready' || isQueue(loc)) return '_Grunnable';
  if (k === 'syscall') return '_Gsyscall';
  if (k === 'dead') return '_Gdead';
  return '_Gwaiting';
}

/** The {@link WorldView} of a fold: goroutines as usual, no P (`ps` empty), the rest in `model`. */
export function foldToView(f: ModelFold, id: string, name: string): WorldView {
  const gs: GView[] = [];
  const add = (gid: number, r: TaskRec): void => {
    gs.push({
      id: gid,
      status: status(r.loc),
      loc: r.loc,
      order: r.order,
      ...(r.line > 0 ? { line: r.line } : {}),
      ...(r.wakeAt !== undefined ? { wakeAt: r.wakeAt } : {}),
    });
  };
  for (const [gid, r] of f.tasks) add(gid, r);
  for (let i = 0; i < f.exitedCount; i++) add(f.exited.ids[i] as number, f.exited.recs[i] as TaskRec);
  gs.sort((a, b) => a.id - b.id);
  const threads = f.threads.filter((t) => t !== undefined);
  const byOrder = (state: string) =>
    threads
      .filter((t) => t.state === state)
      .sort((a, b) => a.order - b.order)
      .map((t) => t.id);
  const model: ModelView = {
    id,
    name,
    cores: f.cores.map((t, i) => ({ id: i, thread: t >= 0 ? t : null })),
    threads: threads.map((t) => ({
      id: t.id,
      proc: t.proc,
      state: t.state,
      core: t.core >= 0 ? t.core : null,
      task: t.task >= 0 ? t.task : null,
      stackBytes: t.stackBytes,
    })),
    queues: [...f.queues]
      .filter(([, q]) => q.length > 0 || true)
      .map(([loc, q]) => ({ loc, tasks: q.slice() })),
    kernelRunq: byOrder('ready'),
    lockWaiters: byOrder('lock'),
    switches: f.switches,
    switchNs: f.switchNs,
  };
  return {
    t: f.t,
    seq: f.seq,
    gomaxprocs: f.cores.length,
    ps: [],
    ms: [],
    gs,
    globrunq: f.queues.get('globrunq')?.slice() ?? [],
    chans: [],
    stw: null,
    model,
  };
}
