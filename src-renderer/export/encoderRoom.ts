/**
 * Backpressure on a WebCodecs encoder's queue, tighter than mediabunny's: mediabunny lets 4 frames wait in the
 * encoder's queue, and at 4K each one is a 33 MB copy of the canvas. Waiting on `encodeQueueSize` (frames the
 * encoder has not taken yet) never waits for output, so codecs that hold frames back before emitting any
 * (VP9, AV1 look-ahead) cannot stall on it.
 */

/** Bytes of queued frames allowed: 2 frames at 4K, mediabunny's own 4 at 1080p and below. */
export const QUEUED_FRAME_BYTES = 72 * 1024 * 1024;

/** How many frames of `widthPx`×`heightPx` (4 bytes a pixel) may wait in the encoder's queue; at least 1. */
export function maxQueuedFrames(widthPx: number, heightPx: number): number {
  return Math.max(1, Math.floor(QUEUED_FRAME_BYTES / (widthPx * heightPx * 4)));
}

/** What {@link waitForEncoderRoom} reads of a `VideoEncoder`. */
export interface QueuedEncoder extends Pick<EventTarget, 'addEventListener' | 'removeEventListener'> {
  readonly encodeQueueSize: number;
  readonly state: string;
}

/** Re-check period, ms: a closed or failed encoder sends no `dequeue`, so the wait never relies on one alone. */
const RECHECK_MS = 50;

/**
 * Resolves once fewer than `maxQueued` frames wait in `encoder`'s queue, or at once when the encoder is not
 * configured (not made yet, closed, or failed: its own error surfaces through mediabunny).
 */
export async function waitForEncoderRoom(
  encoder: QueuedEncoder | undefined,
  maxQueued: number,
): Promise<void> {
  while (encoder && encoder.state === 'configured' && encoder.encodeQueueSize >= maxQueued) {
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        encoder.removeEventListener('dequeue', done);
        resolve();
      };
      const timer = setTimeout(done, RECHECK_MS);
      encoder.addEventListener('dequeue', done);
    });
  }
}

/**
 * The `VideoEncoder` inside a mediabunny `VideoSampleSource` (its private `_encoder.encoder`), or undefined before
 * the first frame or if a mediabunny version names it otherwise (then only mediabunny's own backpressure applies).
 */
export function sourceEncoder(source: unknown): QueuedEncoder | undefined {
  const enc = (source as { _encoder?: { encoder?: unknown } } | undefined)?._encoder?.encoder;
  if (typeof enc !== 'object' || enc === null) return undefined;
  const e = enc as Partial<QueuedEncoder>;
  return typeof e.encodeQueueSize === 'number' && typeof e.addEventListener === 'function'
    ? (enc as QueuedEncoder)
    : undefined;
}
