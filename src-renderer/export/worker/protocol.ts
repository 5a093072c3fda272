import type { ExportScenario, ExportSettings } from '../job';
import type { ExportProgress } from '../runExport';

/**
 * Messages between the UI thread and the export worker. The worker does every heavy step (the private run, the
 * offscreen stage (Pixi's Canvas 2D renderer), the compositor, the encoder); the UI thread only relays bytes to the file and shows
 * progress, so it stays responsive. Writes are acknowledged one by one: the worker awaits each ack before going
 * on, which is the encoder's backpressure reaching the disk (or IPC to main).
 */
export type ToExportWorker =
  /** Runs the scenario and plans the frames (answered by `prepared` or `failed`). */
  | {
      readonly type: 'prepare';
      readonly scenario: ExportScenario;
      readonly settings: ExportSettings;
      /** The comparison of these models side by side, instead of the scenario's own run. */
      readonly compare?: readonly string[];
    }
  /** Encodes the prepared export with this format (answered by `write`s, `progress`, then `done` or `failed`). */
  | { readonly type: 'run'; readonly formatId: string }
  /** A write, commit or abort was carried out (`error`: it failed, with the user's words). */
  | { readonly type: 'ack'; readonly seq: number; readonly error?: string }
  /** Stop now; the sink is aborted. */
  | { readonly type: 'cancel' }
  /** A PNG of one moment (answered by `still` or `failed`). */
  | {
      readonly type: 'still';
      readonly scenario: ExportScenario;
      readonly settings: ExportSettings;
      readonly tNs: number | undefined;
    };

/** What the UI needs of a prepared export (the sink's name and sidecar, the message at the end). */
export interface PreparedInfo {
  readonly frameCount: number;
  readonly fps: number;
  readonly vtt: string;
  readonly cut: string | null;
}

export type FromExportWorker =
  | { readonly type: 'prepared'; readonly info: PreparedInfo }
  | {
      readonly type: 'sink';
      readonly seq: number;
      readonly op: 'write' | 'commit' | 'abort';
      readonly position?: number;
      readonly data?: Uint8Array;
    }
  | { readonly type: 'progress'; readonly progress: ExportProgress }
  | { readonly type: 'done'; readonly result: 'finished' | 'canceled' }
  | { readonly type: 'still'; readonly png: Uint8Array }
  /** `kind`: `abort` for a cancelled preparation, `plan` etc. for the rest (the message is the user's). */
  | { readonly type: 'failed'; readonly message: string; readonly aborted: boolean };
