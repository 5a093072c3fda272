import type { AnyCanvas } from './compose';

/**
 * What the exporter draws from: a picture of the stage at any virtual time. The stage's `renderAt` seam
 * (issue 11 item 1) is adapted to this; tests use a deterministic picture of their own.
 */
export interface FrameSource {
  readonly widthPx: number;
  readonly heightPx: number;
  /** The picture, valid once `renderAt` resolved and until the next call. */
  readonly canvas: CanvasImageSource;
  /**
   * Draws exactly the picture of virtual time `virtualNs`; the same frames before it always give the same
   * pixels. `settle` (a hold, a still of a beat): every token stands at its place in the state of that time,
   * and moves begun before it count as finished for the frames after. Resolves `false` when the picture is
   * exactly the one already in {@link canvas} (nothing moved since: the frame may repeat the previous one's
   * pixels), anything else when it may have changed.
   */
  renderAt(virtualNs: number, settle?: boolean): Promise<boolean | void>;
  /** Feeds the state of `virtualNs` as {@link renderAt} does, without drawing (a still's warm-up frames). */
  advanceTo?(virtualNs: number, settle?: boolean): void;
  /** Goroutines drawn away from their place in the last frame drawn (a test probe; empty when settled). */
  tokensAwayFromPlace?(): readonly number[];
  /** How fast motion runs from now on, virtual ns per ms of video (pacing changes at beats). */
  setPace?(nsPerVideoMs: number): void;
  dispose(): void;
}

/**
 * Where an exporter's bytes go: positioned writes (an MP4's header is patched at the end), then commit (the file
 * appears under its name) or abort (nothing is left). Implemented over IPC to main in the desktop app and in
 * memory for a browser download.
 */
export interface ByteSink {
  /** File name shown in messages. */
  readonly name: string;
  write(position: number, data: Uint8Array): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** How an export ended. */
export type ExportResult = 'finished' | 'canceled' | 'error';

/** Settings every exporter gets. */
export interface ExporterOptions {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly fps: number;
  readonly frameCount: number;
  /** Scenario title, written into the file's metadata where the format has it. */
  readonly title: string;
}

/**
 * One output format (Motion Canvas's exporter shape): `start` once, `handleFrame` for each frame in order
 * (awaiting it is the backpressure), then `stop` with how the export ended; `stop('finished')` commits the
 * sink, anything else aborts it.
 */
export interface Exporter {
  start(): Promise<void>;
  /**
   * Adds frame `frameIndex` (at `frameIndex / fps` s). `repeat`: the canvas holds exactly the previous frame's
   * pixels (a hold, or a span where nothing moves), which the exporter may reuse instead of reading them again;
   * it is still one frame of its own, at its own timestamp.
   */
  handleFrame(canvas: AnyCanvas, frameIndex: number, repeat?: boolean): Promise<void>;
  stop(result: ExportResult): Promise<void>;
}

/** A format the export dialog offers. */
export interface ExporterKind {
  readonly id: string;
  /** Label in the dialog, e.g. `MP4 (H.264)`. */
  readonly label: string;
  readonly extension: string;
  readonly mimeType: string;
  /** True for a video (frames over time); false for a still of one moment. */
  readonly video: boolean;
  /** Null when this machine can make it at this size and rate, else why not (shown beside the disabled option). */
  unsupportedReason(widthPx: number, heightPx: number, fps: number): Promise<string | null>;
  create(sink: ByteSink, options: ExporterOptions): Exporter;
}
