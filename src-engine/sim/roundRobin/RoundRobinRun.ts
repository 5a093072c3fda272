import type { SchedEvent } from '../events';
import type { OutputChunk, ProgramExit, SchedulerRun } from '../SchedulerRun';
import type { WorldView } from '../WorldView';
import { ShownState } from './ShownState';

/** Settings of the round-robin model. */
export interface RoundRobinSettings {
  /** Number of Ps (one M each). 1–256. */
  readonly cores: number;
  readonly seed: number;
  /** Worker goroutines main starts. */
  readonly workers: number;
  /** Base length of one time slice, ns. */
  readonly sliceNs: number;
}

interface Decided {
  /** Slices each G still needs, by goid. */
  slicesLeft: number[];
  /** G running on each P, or null. */
  running: (number | null)[];
  /** When each P's current slice ends, ns. */
  sliceEnd: number[];
  pRunning: boolean[];
  queue: number[];
  spawned: boolean;
}

/**
 * The walking skeleton's scheduling model: **plain round-robin**, not Go's scheduler. One FIFO queue,
 * one M per P, every G runs a slice and goes back to the tail. It exists so that the whole pipe (engine
 * host, protocol, stage) is real before the Go scheduler model replaces it.
 *
 * @remarks Deterministic: slice lengths derive from the seed; ties between Ps go to the lowest id.
 * Decisions are made a step ahead of the log, so what {@link view} shows is kept apart from them.
 */
export class RoundRobinRun implements SchedulerRun {
  readonly modelName = 'round-robin (walking skeleton)';
  private readonly log: SchedEvent[] = [];
  private readonly pending: SchedEvent[] = [];
  private decided!: Decided;
  private shown!: ShownState;
  private clock = 0;
  private finished: ProgramExit | undefined;

  constructor(private readonly settings: RoundRobinSettings) {
    if (!Number.isInteger(settings.cores) || settings.cores < 1 || settings.cores > 256) {
      throw new RangeError(`cores must be an integer from 1 to 256, got ${settings.cores}`);
    }
    this.reset();
  }

  get now(): number {
    return this.shown.t;
  }
  get eventCount(): number {
    return this.log.length;
  }
  get exit(): ProgramExit | undefined {
    return this.pending.length === 0 ? this.finished : undefined;
  }

  step(): SchedEvent | undefined {
    while (this.pending.length === 0 && this.finished === undefined) this.advance();
    const next = this.pending.shift();
    if (next === undefined) return undefined;
    const ev: SchedEvent = { ...next, seq: this.log.length };
    this.log.push(ev);
    this.shown.apply(ev);
    return ev;
  }

  runUntil(tNs: number): void {
    for (;;) {
      while (this.pending.length === 0 && this.finished === undefined) this.advance();
      const next = this.pending[0];
      if (next === undefined || next.t > tNs) return;
      this.step();
    }
  }

  event(seq: number): SchedEvent {
    const ev = this.log[seq];
    if (ev === undefined) throw new RangeError(`no event ${seq}; the log has ${this.log.length}`);
    return ev;
  }

  output(): readonly OutputChunk[] {
    return [];
  }

  view(): WorldView {
    return this.shown.view();
  }

  /** Replays from the start: this model is cheap, so it keeps no keyframes. */
  seekToEvent(seq: number): void {
    this.reset();
    while (this.log.length <= seq && this.step() !== undefined);
  }

  private reset(): void {
    const n = this.settings.cores;
    this.log.length = 0;
    this.pending.length = 0;
    this.clock = 0;
    this.finished = undefined;
    this.shown = new ShownState(n);
    this.decided = {
      slicesLeft: [],
      running: new Array<number | null>(n).fill(null),
      sliceEnd: new Array<number>(n).fill(0),
      pRunning: new Array<boolean>(n).fill(false),
      queue: [],
      spawned: false,
    };
    this.spawn(1, 'runtime.main starts main.main', 2);
  }

  /** Moves the model forward by one decision, queueing the events it makes. */
  private advance(): void {
    const d = this.decided;
    if (d.queue.length > 0) {
      // A P that just finished a slice keeps going before an idle P is woken.
      let free = d.running.findIndex((g, p) => g === null && d.pRunning[p]);
      if (free < 0) free = d.running.indexOf(null);
      if (free >= 0) return this.dispatch(free);
    } else {
      const done = d.running.findIndex((g, p) => g === null && d.pRunning[p]);
      if (done >= 0) return this.release(done);
    }
    let soonest = -1;
    for (let p = 0; p < d.running.length; p++) {
      if (d.running[p] !== null && (soonest < 0 || d.sliceEnd[p]! < d.sliceEnd[soonest]!)) soonest = p;
    }
    if (soonest < 0) {
      this.finished = { code: 0, t: this.clock, reason: 'all goroutines finished' };
      this.emit({ kind: 'program.exit', reason: 'all goroutines finished', fn: 'roundrobin.exit' });
      return;
    }
    this.clock = d.sliceEnd[soonest]!;
    this.endSlice(soonest);
  }

  private spawn(g: number, reason: string, slices: number): void {
    this.decided.slicesLeft[g] = slices;
    this.decided.queue.push(g);
    this.emit({ kind: 'g.create', g, from: 'dead', to: 'globrunq', reason, fn: 'roundrobin.spawn' });
  }

  private dispatch(p: number): void {
    const d = this.decided;
    const g = d.queue.shift()!;
    if (!d.pRunning[p]) {
      d.pRunning[p] = true;
      this.emit({
        kind: 'p.status',
        p,
        m: p,
        from: '_Pidle',
        to: '_Prunning',
        reason: 'work queued',
        fn: 'roundrobin.acquire',
      });
    }
    d.running[p] = g;
    d.sliceEnd[p] = this.clock + this.settings.sliceNs + ((g * 2654435761 + this.settings.seed) % 7) * 1000;
    const to = `running(P${p})`;
    this.emit({
      kind: 'g.move',
      g,
      p,
      m: p,
      from: 'globrunq',
      to,
      reason: 'head of the run queue',
      fn: 'roundrobin.dispatch',
    });
  }

  private endSlice(p: number): void {
    const d = this.decided;
    const g = d.running[p]!;
    const from = `running(P${p})`;
    d.running[p] = null;
    d.slicesLeft[g]! -= 1;
    if (g === 1 && !d.spawned) {
      d.spawned = true;
      for (let i = 0; i < this.settings.workers; i++) {
        this.spawn(2 + i, 'go statement in main', 2 + ((this.settings.seed + 7919 * (i + 1)) % 5));
      }
    }
    if (d.slicesLeft[g]! > 0) {
      d.queue.push(g);
      this.emit({
        kind: 'g.move',
        g,
        p,
        m: p,
        from,
        to: 'globrunq',
        reason: 'time slice over',
        fn: 'roundrobin.yield',
      });
    } else {
      this.emit({
        kind: 'g.exit',
        g,
        p,
        m: p,
        from,
        to: 'dead',
        reason: 'function returned',
        fn: 'roundrobin.exit',
      });
    }
  }

  private release(p: number): void {
    this.decided.pRunning[p] = false;
    this.emit({
      kind: 'p.status',
      p,
      m: p,
      from: '_Prunning',
      to: '_Pidle',
      reason: 'run queue empty',
      fn: 'roundrobin.release',
    });
  }

  private emit(e: Omit<SchedEvent, 'seq' | 't'>): void {
    this.pending.push({ ...e, t: this.clock, seq: -1 });
  }
}
