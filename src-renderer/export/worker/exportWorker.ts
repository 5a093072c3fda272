/**
 * The export worker: prepares and encodes exports and draws stills off the UI thread, with the same code as
 * `gosched render` (`prepareExport`, `executeExport`, `captureStill`) over a stage in an OffscreenCanvas
 * (Pixi's WebWorkerAdapter).
 */
import { DOMAdapter, WebWorkerAdapter } from 'pixi.js';
import { engineServices } from '../../../src-engine/host/services';
import { prepareCompareExport } from '../compare/compareExport';
import { executeExport, prepareExport, type PreparedExport } from '../job';
import { offscreenStageFactory } from '../offscreenStage';
import { exporterById } from '../registry';
import { captureStill } from '../still';
import type { ByteSink } from '../types';
import type { FromExportWorker, ToExportWorker } from './protocol';

DOMAdapter.set(WebWorkerAdapter);

/** Shortest wall time between two progress messages, ms. */
const PROGRESS_MS = 250;

const post = (m: FromExportWorker, transfer: Transferable[] = []): void =>
  (self as unknown as Worker).postMessage(m, transfer);

let prepared: PreparedExport | undefined;
let abort = new AbortController();
let seq = 0;
const pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();

/** The UI thread's file, reached by messages; each operation resolves when the UI thread has done it. */
const sink: ByteSink = {
  name: 'export',
  write: (position, data) => request('write', position, data),
  commit: () => request('commit'),
  abort: () => request('abort'),
};

function request(op: 'write' | 'commit' | 'abort', position?: number, data?: Uint8Array): Promise<void> {
  const n = ++seq;
  return new Promise<void>((resolve, reject) => {
    pending.set(n, { resolve, reject });
    // The chunk is mediabunny's own buffer: copied, so transferring it cannot detach what the muxer still uses.
    const copy = data?.slice();
    post(
      {
        type: 'sink',
        seq: n,
        op,
        ...(position !== undefined ? { position } : {}),
        ...(copy ? { data: copy } : {}),
      },
      copy ? [copy.buffer] : [],
    );
  });
}

const describe = (err: unknown): string => (err instanceof Error ? err.message : String(err));
const isAbort = (err: unknown): boolean => err instanceof DOMException && err.name === 'AbortError';

self.onmessage = async (ev: MessageEvent<ToExportWorker>) => {
  const m = ev.data;
  try {
    switch (m.type) {
      case 'ack': {
        const p = pending.get(m.seq);
        pending.delete(m.seq);
        if (m.error === undefined) p?.resolve();
        else p?.reject(new Error(m.error));
        return;
      }
      case 'cancel':
        abort.abort();
        return;
      case 'prepare':
        abort = new AbortController();
        prepared = m.compare
          ? await prepareCompareExport(m.scenario, m.compare, m.settings)
          : await prepareExport(m.scenario, m.settings, engineServices.createRun, abort.signal);
        post({
          type: 'prepared',
          info: {
            frameCount: prepared.plan.frameCount,
            fps: prepared.plan.fps,
            vtt: prepared.vtt,
            cut: prepared.cut,
          },
        });
        return;
      case 'run': {
        const kind = exporterById(m.formatId);
        if (!prepared || !kind) throw new Error(`nothing prepared to export as "${m.formatId}"`);
        // Progress at most every PROGRESS_MS (and the last): each one is UI work on the thread kept free.
        let postedMs = -Infinity;
        const result = await executeExport(prepared, kind, sink, offscreenStageFactory, abort.signal, (p) => {
          const now = performance.now();
          if (now - postedMs < PROGRESS_MS && p.framesDone < p.framesTotal) return;
          postedMs = now;
          post({ type: 'progress', progress: p });
        });
        prepared = undefined;
        post({ type: 'done', result });
        return;
      }
      case 'still': {
        const png = await captureStill(m.scenario, m.settings, m.tNs, offscreenStageFactory);
        post({ type: 'still', png }, [png.buffer]);
        return;
      }
    }
  } catch (err) {
    post({ type: 'failed', message: describe(err), aborted: isAbort(err) || abort.signal.aborted });
  }
};
