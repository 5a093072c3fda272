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

/** Derived M states (go-scheduler.md §1.2). */
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
}
