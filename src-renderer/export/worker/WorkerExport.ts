import type { ExportScenario, ExportSettings } from '../job';
import type { ExportProgress } from '../runExport';
import type { ByteSink } from '../types';
import type { FromExportWorker, PreparedInfo, ToExportWorker } from './protocol';

/** An export that failed in the worker, with the user's words; `aborted` when it was cancelled. */
export class WorkerExportError extends Error {
  override readonly name = 'WorkerExportError';
  constructor(
    message: string,
    readonly aborted: boolean,
  ) {
    super(message);
  }
}

/** Makes the export worker (a module worker bundled beside the app). */
export const createExportWorker = (): Worker =>
  new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });

/**
 * The UI thread's side of one export worker: it asks the worker to prepare, run or draw a still, and carries the
 * worker's writes out to the real {@link ByteSink}. Cancel is immediate: the sink is aborted here (the partial
 * file removed) and the worker ended, whatever frame it was in the middle of.
 */
export class WorkerExport {
  private worker: Worker;
  private sink: ByteSink | undefined;
  private waiter:
    | { resolve: (m: FromExportWorker) => void; reject: (e: Error) => void; want: FromExportWorker['type'] }
    | undefined;
  private onProgress: ((p: ExportProgress) => void) | undefined;
  /** The worker's file operations, in order: each waits for the one before (positioned writes, then commit). */
  private ops: Promise<void> = Promise.resolve();
  private ended = false;

  constructor(private readonly make: () => Worker = createExportWorker) {
    this.worker = this.start();
  }

  private start(): Worker {
    const w = this.make();
    w.onmessage = (ev: MessageEvent<FromExportWorker>) => this.receive(ev.data);
    w.onerror = (ev) => {
      ev.preventDefault();
      this.fail(new WorkerExportError(`the export worker stopped: ${ev.message || 'unknown error'}`, false));
    };
    return w;
  }

  private post(m: ToExportWorker): void {
    this.worker.postMessage(m);
  }

  private fail(err: Error): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.reject(err);
  }

  private receive(m: FromExportWorker): void {
    if (m.type === 'progress') return this.onProgress?.(m.progress);
    if (m.type === 'sink') {
      const sink = this.sink;
      const op = async (): Promise<void> => {
        if (this.ended || !sink) throw new Error('the export was cancelled');
        if (m.op === 'write') await sink.write(m.position!, m.data!);
        else if (m.op === 'commit') await sink.commit();
        else await sink.abort();
      };
      this.ops = this.ops.then(op).then(
        () => this.post({ type: 'ack', seq: m.seq }),
        (err: unknown) =>
          this.post({ type: 'ack', seq: m.seq, error: err instanceof Error ? err.message : String(err) }),
      );
      return;
    }
    if (m.type === 'failed') return this.fail(new WorkerExportError(m.message, m.aborted));
    const w = this.waiter;
    if (w && w.want === m.type) {
      this.waiter = undefined;
      w.resolve(m);
    }
  }

  private ask<T extends FromExportWorker['type']>(
    m: ToExportWorker,
    want: T,
  ): Promise<Extract<FromExportWorker, { type: T }>> {
    return new Promise((resolve, reject) => {
      this.waiter = { resolve: resolve as (m: FromExportWorker) => void, reject, want };
      this.post(m);
    });
  }

  /** Runs the scenario privately in the worker and plans the frames. */
  async prepare(
    scenario: ExportScenario,
    settings: ExportSettings,
    compare?: readonly string[],
  ): Promise<PreparedInfo> {
    return (
      await this.ask({ type: 'prepare', scenario, settings, ...(compare ? { compare } : {}) }, 'prepared')
    ).info;
  }

  /** Encodes what was prepared into `sink`; resolves with how it ended. */
  async run(
    formatId: string,
    sink: ByteSink,
    onProgress: (p: ExportProgress) => void,
  ): Promise<'finished' | 'canceled'> {
    this.sink = sink;
    this.onProgress = onProgress;
    try {
      const done = await this.ask({ type: 'run', formatId }, 'done');
      await this.ops;
      return done.result;
    } finally {
      this.onProgress = undefined;
    }
  }

  /** A PNG of the moment `tNs` drawn in the worker. */
  async still(
    scenario: ExportScenario,
    settings: ExportSettings,
    tNs: number | undefined,
  ): Promise<Uint8Array> {
    return (await this.ask({ type: 'still', scenario, settings, tNs }, 'still')).png;
  }

  /**
   * Stops at once: the file is aborted here (removed), the worker ended (a frame in the middle of its render is
   * not waited for) and a fresh one started for the next export. Resolves when the partial file is gone.
   */
  async cancel(): Promise<void> {
    this.ended = true;
    this.worker.terminate();
    const sink = this.sink;
    this.sink = undefined;
    // Operations already under way finish (a write cannot be half undone), then the file goes, then the
    // export's caller hears it was cancelled.
    await this.ops.catch(() => undefined);
    await sink?.abort().catch(() => undefined);
    this.fail(new WorkerExportError('export canceled', true));
    this.ops = Promise.resolve();
    this.ended = false;
    this.worker = this.start();
  }

  dispose(): void {
    this.ended = true;
    this.worker.terminate();
  }
}
