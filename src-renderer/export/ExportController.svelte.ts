import type { GoschedBridge } from '../../src-main/preload/bridge';
import type { Session } from '../state/Session.svelte';
import { DEFAULT_EXPORT, type ExportSettings } from './job';
import type { ExportProgress } from './runExport';
import { exporterById, exporterKinds } from './registry';
import { desktopSink, download, MemorySink, SaveCanceled } from './sinks';
import type { ByteSink, ExporterKind } from './types';
import type { PreparedInfo } from './worker/protocol';
import { WorkerExport, WorkerExportError } from './worker/WorkerExport';

/** A format as the dialog shows it: enabled, or disabled with the reason. */
export interface FormatChoice {
  readonly id: string;
  readonly label: string;
  readonly reason: string | null;
}

/**
 * The export dialog's state and actions: settings, the formats this machine can make at them, a running
 * export's progress and cancel, and stills of the current moment. The open scenario is only read: an export
 * runs the scenario privately and never moves the live playhead.
 */
export class ExportController {
  open = $state(false);
  phase = $state<'idle' | 'preparing' | 'running' | 'finished' | 'canceled' | 'failed'>('idle');
  progress = $state<ExportProgress | null>(null);
  /** The last result or error, in words. */
  message = $state('');
  settings = $state<ExportSettings>({ ...DEFAULT_EXPORT });
  formatId = $state('mp4-h264');
  saveVtt = $state(true);
  formats = $state<FormatChoice[]>([]);
  private abort: AbortController | undefined;
  private running: Promise<unknown> | undefined;

  /**
   * @param worker where exports and stills are made: a worker with its own offscreen stage, so the UI thread
   * only relays bytes and stays responsive (made on first use).
   */
  constructor(
    private readonly session: Session,
    private readonly bridge: GoschedBridge | undefined = window.gosched,
    private readonly makeWorker: () => WorkerExport = () => new WorkerExport(),
  ) {}

  private worker: WorkerExport | undefined;
  private get exportWorker(): WorkerExport {
    return (this.worker ??= this.makeWorker());
  }

  get busy(): boolean {
    return this.phase === 'preparing' || this.phase === 'running';
  }

  /** Asks the encoders which formats they can make at the current size and rate. */
  async refreshFormats(): Promise<void> {
    const { widthPx, heightPx, fps } = this.settings;
    const kinds = exporterKinds().filter((k) => k.video);
    this.formats = await Promise.all(
      kinds.map(async (k) => ({
        id: k.id,
        label: k.label,
        reason: await k.unsupportedReason(widthPx, heightPx, fps),
      })),
    );
    if (this.formats.find((f) => f.id === this.formatId)?.reason !== null) {
      this.formatId = this.formats.find((f) => f.reason === null)?.id ?? this.formatId;
    }
  }

  /** Models of the comparison view to export side by side, or null for the scenario's own run. */
  compare = $state<readonly string[] | null>(null);

  /** Opens the dialog, for the comparison of `compare` (2–6 model ids) when given. */
  show(compare?: readonly string[]): void {
    this.open = true;
    if (!this.busy) this.compare = compare ? [...compare] : null;
    if (!this.busy) this.phase = 'idle';
    void this.refreshFormats();
  }

  update(patch: Partial<ExportSettings>): void {
    this.settings = { ...this.settings, ...patch };
    if ('widthPx' in patch || 'fps' in patch) void this.refreshFormats();
  }

  private scenario() {
    const doc = this.session.doc;
    return { input: doc.toScenarioInput(), description: doc.scenario.description ?? '' };
  }

  private baseName(): string {
    return (this.session.doc.fileName.replace(/\.[^.]+$/, '') || 'gosched').replace(/[\\/:*?"<>|]/g, '_');
  }

  /** A sink for `kind`: main's save dialog and streamed file on the desktop, a download in the browser. */
  private async sinkFor(kind: ExporterKind, prepared: PreparedInfo | undefined): Promise<ByteSink> {
    const name = this.baseName();
    const ext = kind.extension as 'mp4' | 'webm' | 'png';
    // No captions file without a cue (a comparison has no beats).
    const withVtt =
      kind.video &&
      this.saveVtt &&
      this.settings.contents.captions &&
      prepared !== undefined &&
      prepared.vtt.includes('-->');
    if (this.bridge)
      return desktopSink(this.bridge, name, ext, () =>
        withVtt ? [{ extension: 'vtt', text: prepared.vtt }] : [],
      );
    return new MemorySink(`${name}.${ext}`, (bytes) => {
      download(bytes, `${name}.${ext}`, kind.mimeType);
      if (withVtt) download(prepared.vtt, `${name}.vtt`, 'text/vtt');
    });
  }

  /** Runs the export with the current settings; errors end up in {@link message}, never thrown. */
  async start(): Promise<void> {
    // A cancelled export may still be removing its file.
    if (this.busy || this.running) return;
    const kind = exporterById(this.formatId);
    if (!kind) return;
    this.abort = new AbortController();
    const signal = this.abort.signal;
    this.phase = 'preparing';
    this.progress = null;
    this.message = 'Running the scenario…';
    const worker = this.exportWorker;
    const job = (async () => {
      try {
        const compare = this.compare ? [...this.compare] : undefined;
        const prepared = await worker.prepare(this.scenario(), $state.snapshot(this.settings), compare);
        if (signal.aborted) return this.finish('canceled', 'Export cancelled; nothing was written.');
        const sink = await this.sinkFor(kind, prepared);
        if (signal.aborted) {
          await sink.abort();
          return this.finish('canceled', 'Export cancelled; nothing was written.');
        }
        this.phase = 'running';
        this.message = `Exporting ${sink.name}…`;
        const result = await worker.run(kind.id, sink, (p) => (this.progress = p));
        if (result === 'canceled')
          return this.finish('canceled', 'Export cancelled; the partial file was removed.');
        const cut = prepared.cut ? ` ${prepared.cut}` : '';
        this.finish(
          'finished',
          `Exported ${sink.name}: ${prepared.frameCount} frames at ${prepared.fps} fps.${cut}`,
        );
      } catch (err) {
        if (err instanceof SaveCanceled) return this.finish('idle', '');
        if (signal.aborted || (err instanceof WorkerExportError && err.aborted))
          return this.finish('canceled', 'Export cancelled; the partial file was removed.');
        this.finish('failed', `Export failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    })();
    this.running = job;
    await job;
  }

  private finish(phase: ExportController['phase'], message: string): void {
    this.phase = phase;
    this.message = message;
    this.abort = undefined;
    this.running = undefined;
  }

  /**
   * Stops the export at once (the frame in flight is dropped, see `runExport`); the exporter then removes the
   * partial file, and the message says so when it is gone.
   */
  async cancel(): Promise<void> {
    if (!this.busy) return;
    this.abort?.abort();
    this.phase = 'canceled';
    this.message = 'Export cancelled; removing the partial file…';
    // The worker is ended mid-frame and the file aborted here: nothing waits for a render to finish.
    await this.worker?.cancel();
    const job = this.running;
    if (job) await job;
  }

  /**
   * A still of the moment the live stage shows, at the dialog's resolution, contents and theme: saved as a
   * PNG (`save`) or put on the clipboard (`copy`).
   */
  async still(action: 'save' | 'copy'): Promise<void> {
    try {
      const png = await this.exportWorker.still(
        this.scenario(),
        $state.snapshot(this.settings),
        this.session.t,
      );
      if (action === 'copy') {
        await navigator.clipboard.write([
          new ClipboardItem({ 'image/png': new Blob([png as BlobPart], { type: 'image/png' }) }),
        ]);
        this.message = 'Frame copied to the clipboard.';
        return;
      }
      const sink = await this.sinkFor(exporterById('png')!, undefined);
      await sink.write(0, png);
      await sink.commit();
      this.message = `Saved ${sink.name}.`;
    } catch (err) {
      if (err instanceof SaveCanceled) return;
      this.message = `The frame could not be ${action === 'copy' ? 'copied' : 'saved'}: ${err instanceof Error ? err.message : String(err)}`;
    }
  }
}
