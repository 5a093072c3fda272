/**
 * Keyframes of a historical model's view: the fold ({@link ModelFold}) every few thousand events, kept in
 * proportion to the live state. A keyframe copies the live tasks' records, the queues and the cores; it shares
 * the exited tasks (one list for the whole run, {@link ExitedTasks}) and the thread records (replaced on change,
 * never mutated), so a run of a million short-lived tasks does not make every keyframe a million entries long.
 */
import type { ExitedTasks, ModelFold, TaskRec } from './view';
import { lastIndexAtOrBefore } from '../../util/search';

interface Frame {
  readonly pos: number;
  readonly t: number;
  readonly seq: number;
  /** Live tasks: goid, record (copied). */
  readonly tasks: readonly (readonly [number, TaskRec])[];
  readonly exitedCount: number;
  readonly threads: ModelFold['threads'];
  readonly cores: readonly number[];
  readonly queues: readonly (readonly [string, readonly number[]])[];
  readonly switches: number;
  readonly switchNs: number;
}

/** The keyframes of one model run, sorted by position (the first is the start, before any event). */
export class ModelKeyframes {
  private readonly frames: Frame[] = [];
  /** Exited tasks, shared by every fold and keyframe of the run. */
  readonly exited: ExitedTasks = { ids: [], recs: [] };

  constructor(cores: number) {
    this.frames.push({
      pos: 0,
      t: 0,
      seq: -1,
      tasks: [],
      exitedCount: 0,
      threads: [],
      cores: new Array<number>(cores).fill(-1),
      queues: [],
      switches: 0,
      switchNs: 0,
    });
  }

  /** Number of keyframes (the first is the start). */
  get count(): number {
    return this.frames.length;
  }

  /** Entries held by the keyframes (live task records, thread references, queued tasks): their memory. */
  get entries(): number {
    let n = 0;
    for (const f of this.frames) {
      n += f.tasks.length + f.threads.length + f.cores.length;
      for (const [, q] of f.queues) n += q.length + 1;
    }
    return n;
  }

  /** Keeps `f`, the fold of the first `pos` events (once per position). */
  add(pos: number, f: ModelFold): void {
    const i = this.indexAtOrBefore(pos);
    if ((this.frames[i] as Frame).pos === pos) return;
    const tasks: [number, TaskRec][] = [];
    for (const [g, r] of f.tasks) tasks.push([g, { ...r }]);
    this.frames.splice(i + 1, 0, {
      pos,
      t: f.t,
      seq: f.seq,
      tasks,
      exitedCount: f.exitedCount,
      threads: f.threads.slice(),
      cores: f.cores.slice(),
      queues: [...f.queues].map(([loc, q]) => [loc, q.slice()] as const),
      switches: f.switches,
      switchNs: f.switchNs,
    });
  }

  /** Position of the latest keyframe at or before `pos`. */
  posAtOrBefore(pos: number): number {
    return (this.frames[this.indexAtOrBefore(pos)] as Frame).pos;
  }

  /** A fresh fold at the latest keyframe at or before `pos`. */
  restore(pos: number): { pos: number; f: ModelFold } {
    const k = this.frames[this.indexAtOrBefore(pos)] as Frame;
    const tasks = new Map<number, TaskRec>();
    for (const [g, r] of k.tasks) tasks.set(g, { ...r });
    return {
      pos: k.pos,
      f: {
        t: k.t,
        seq: k.seq,
        tasks,
        exited: this.exited,
        exitedCount: k.exitedCount,
        threads: k.threads.slice(),
        cores: k.cores.slice(),
        queues: new Map(k.queues.map(([loc, q]) => [loc, q.slice()])),
        switches: k.switches,
        switchNs: k.switchNs,
      },
    };
  }

  private indexAtOrBefore(pos: number): number {
    return lastIndexAtOrBefore(this.frames, (f) => f.pos, pos);
  }
}
