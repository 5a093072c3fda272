import type { ModelView } from './models/kernel/view';

/**
 * The whole visible state of the scheduler at one moment: what a keyframe carries and what the stage
 * draws. Plain data (structured-clone safe) so it can cross a MessagePort.
 */
export interface WorldView {
  /** Virtual time, ns. */
  readonly t: number;
  /** Sequence number of the last event applied, -1 before the first. */
  readonly seq: number;
  readonly gomaxprocs: number;
  readonly ps: readonly PView[];
  readonly ms: readonly MView[];
  readonly gs: readonly GView[];
  /** Global run queue, head first. */
  readonly globrunq: readonly number[];
  /** Channels made so far, by id (a closed channel stays: it can still be received from). */
  readonly chans: readonly ChanView[];
  /** The stop-the-world in progress, or null while the world runs. */
  readonly stw: StwView | null;
  /**
   * Present when the host trimmed the view for the wire (very many goroutines): `gs`, each P's `runq` and
   * `globrunq` then list only the first goroutines of each place, and this says what was left out.
   */
  readonly trimmed?: TrimInfo;
  /**
   * Present for the historical models (docs/go-scheduler.md §11), which have no P: `ps` and `ms` are then
   * empty and the cores, threads, queues and lock are here.
   */
  readonly model?: ModelView;
}

/** What a trimmed view left out (see `sim/view/trimView.ts`). */
export interface TrimInfo {
  /** Goroutines in the engine's view (all of `gs` before trimming). */
  readonly total: number;
  readonly running: number;
  readonly runnable: number;
  /** Goroutines left out, by location (`runq(P3)`, `globrunq`, `recvq(ch2)`, `timers(P0)`, …). */
  readonly hidden: Readonly<Record<string, number>>;
  /** Wait places left out entirely (beyond the most crowded ones), and their goroutines. */
  readonly droppedPlaces: { readonly places: number; readonly goroutines: number };
  /**
   * Live goroutines left out, by their source line (those with one): the program's gutter counts them beside
   * the ones it names (80 000 goroutines at a `<-ch` line, not the 256 the wire carries).
   */
  readonly hiddenLines: Readonly<Record<number, number>>;
}

/** A channel: its buffer's capacity and fill; its waiters are the Gs at `sendq(chN)` / `recvq(chN)`. */
export interface ChanView {
  readonly id: number;
  /** Buffer slots (0 = unbuffered). */
  readonly cap: number;
  /** Values in the buffer, 0..cap. */
  readonly len: number;
  readonly closed: boolean;
  /** Made by `time.After` / `time.NewTimer` (the runtime sends the time into it). */
  readonly timer: boolean;
}

/** A stop-the-world: from `stopTheWorldWithSema` until `startTheWorldWithSema`. */
export interface StwView {
  /** Why, as the `stw` event says it, e.g. `stop the world (GC)`. */
  readonly reason: string;
  /** M that stops the world. */
  readonly m: number;
  /** Every P has reached `_Pgcstop` and the pause is under way (`stw.stopped`). */
  readonly stopped: boolean;
}

/** P status names as in runtime2.go. */
export type PStatus = '_Pidle' | '_Prunning' | '_Psyscall' | '_Pgcstop' | '_Pdead';

export interface PView {
  readonly id: number;
  readonly status: PStatus;
  /** M holding this P, if any. */
  readonly m: number | null;
  readonly runnext: number | null;
  /** Local ring, head first (at most 256). */
  readonly runq: readonly number[];
  readonly schedtick: number;
}

/** Derived M states (docs/go-scheduler.md §1.2). */
export type MState =
  'running' | 'scheduling' | 'spinning' | 'syscall' | 'netpoll' | 'idle' | 'locked-idle' | 'sysmon';

export interface MView {
  readonly id: number;
  readonly state: MState;
  readonly p: number | null;
  readonly g: number | null;
}

/** G status names as in runtime2.go. */
export type GStatus = '_Grunnable' | '_Grunning' | '_Gsyscall' | '_Gwaiting' | '_Gdead';

export interface GView {
  readonly id: number;
  readonly status: GStatus;
  /** Where it is, e.g. `runq(P1)`; see {@link Location}. */
  readonly loc: string;
  /** Wait reason as Go prints it (`chan receive`), when waiting. */
  readonly waitReason?: string;
  /** Current source line, when the body knows it. */
  readonly line?: number;
  /**
   * Order within its location: the seq of the event that put it there, negated when it went in at the head.
   * Sorting a wait queue's Gs by it gives the runtime's queue order (FIFO, LIFO re-queues at the front).
   */
  readonly order: number;
  /** Wake time (ns) of a G sleeping in `timers(Pn)`: the heap is ordered by it. */
  readonly wakeAt?: number;
}
