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

interface TaskRec {
  loc: string;
  order: number;
  line: number;
  wakeAt?: number;
}

/** The reducer's state (Maps and arrays; structured-clone safe, which keyframes rely on). */
export interface ModelFold {
  t: number;
  seq: number;
  tasks: Map<number, TaskRec>;
  threads: {
    id: number;
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

export function emptyFold(cores: number): ModelFold {
  return {
    t: 0,
    seq: -1,
    tasks: new Map(),
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
      if (isQueue(to)) {
        let q = f.queues.get(to);
        if (q === undefined) f.queues.set(to, (q = []));
        if (e.at === 'head') q.unshift(g);
        else q.push(g);
      }
      f.tasks.set(g, rec);
      // A thread's task follows the moves into and out of `running(Tn)` (user-level switches emit no
      // thread.status); a task that keeps its thread while it waits is re-attached by the thread's status.
      const from = parseLocation((e.from as string | undefined) ?? 'dead');
      const into = parseLocation(to);
      if (from.kind === 'running' && from.arg !== undefined) {
        const th = f.threads[Number(from.arg.slice(1))];
        if (th !== undefined && th.task === g && into.arg !== from.arg) th.task = -1;
      }
      if (into.kind === 'running' && into.arg !== undefined) {
        const th = f.threads[Number(into.arg.slice(1))];
        if (th !== undefined) th.task = g;
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
      const th = f.threads[e.m as number];
      if (th === undefined) return;
      if (th.core >= 0 && f.cores[th.core] === th.id) f.cores[th.core] = -1;
      th.state = e.to as ModelThreadView['state'];
      th.core = th.state === 'running' || th.state === 'lock' ? (e.p ?? -1) : -1;
      if (th.core >= 0) f.cores[th.core] = th.id;
      th.task = e.g ?? -1;
      th.order = e.seq;
      return;
    }
    case 'core.switch':
    case 'task.switch':
      f.switches++;
      f.switchNs += e.arg ?? 0;
      return;
  }
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
  for (const [gid, r] of f.tasks) {
    gs.push({
      id: gid,
      status: status(r.loc),
      loc: r.loc,
      order: r.order,
      ...(r.line > 0 ? { line: r.line } : {}),
      ...(r.wakeAt !== undefined ? { wakeAt: r.wakeAt } : {}),
    });
  }
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
