import {
  canEncodeVideo,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  StreamTarget,
  VideoSample,
  VideoSampleSource,
  WebMOutputFormat,
  type StreamTargetChunk,
  type VideoCodec,
} from 'mediabunny';
import type { AnyCanvas } from './compose';
import { maxQueuedFrames, sourceEncoder, waitForEncoderRoom } from './encoderRoom';
import type { ByteSink, Exporter, ExporterKind, ExporterOptions, ExportResult } from './types';

/**
 * Bytes gathered before one write to the sink. Small enough that each chunk, and its base64 form on the way to
 * `gosched render`'s Node side, stays out of V8's large-object space and dies young (4 MiB chunks piled up as
 * large-object garbage on both sides: ≈ 390 MiB in the Node process during a 60-s 4K export); large enough that
 * the messages stay few (≈ 1 000 for a 60-s 1080p lecture).
 */
const CHUNK_BYTES = 64 * 1024;

/** Seconds between key frames: seeking in a lecture video stays quick. */
const KEY_FRAME_INTERVAL_S = 2;

/**
 * A video made with mediabunny over WebCodecs, streamed to a {@link ByteSink}: nothing but the encoder's
 * queue and one chunk is held in memory, so a long 4K export fits.
 */
class MediabunnyVideoExporter implements Exporter {
  private output: Output | undefined;
  private source: VideoSampleSource | undefined;
  /** The last frame's pixels, read once from the canvas and given again to the frames that repeat them. */
  private held: VideoFrame | undefined;
  private failed: unknown;

  constructor(
    private readonly sink: ByteSink,
    private readonly options: ExporterOptions,
    private readonly codec: VideoCodec,
    private readonly container: 'mp4' | 'webm',
  ) {}

  async start(): Promise<void> {
    const sink = this.sink;
    const writable = new WritableStream<StreamTargetChunk>({
      // Awaited by mediabunny: a slow disk (or IPC) slows the encoder instead of piling up chunks.
      write: async (chunk) => {
        try {
          await sink.write(chunk.position, chunk.data);
        } catch (err) {
          this.failed = err;
          throw err;
        }
      },
    });
    this.output = new Output({
      format: this.container === 'mp4' ? new Mp4OutputFormat({ fastStart: false }) : new WebMOutputFormat(),
      target: new StreamTarget(writable, { chunked: true, chunkSize: CHUNK_BYTES }),
    });
  }

  /** Makes the track on the first frame. */
  private async begin(): Promise<VideoSampleSource> {
    const output = this.output!;
    const source = new VideoSampleSource({
      codec: this.codec,
      quality: QUALITY_HIGH,
      keyFrameInterval: KEY_FRAME_INTERVAL_S,
      latencyMode: 'quality',
    });
    output.addVideoTrack(source, { frameRate: this.options.fps });
    if (this.options.title) output.setMetadataTags({ title: this.options.title });
    await output.start();
    return source;
  }

  /**
   * Encodes the canvas as frame `frameIndex`. A `repeat` frame shares the previous frame's pixels (a new
   * `VideoFrame` over the same buffer, no read of the canvas); every frame still gets its own exact timestamp.
   * Awaiting `add` is the encoder's and the file's backpressure (mediabunny waits while 4 frames are queued;
   * {@link waitForEncoderRoom} holds large frames to fewer).
   */
  async handleFrame(canvas: AnyCanvas, frameIndex: number, repeat = false): Promise<void> {
    this.source ??= await this.begin();
    const fps = this.options.fps;
    // Before the canvas is copied into a new frame: at 4K only 2 frames wait in the encoder's queue, not 4.
    if (!repeat) {
      await waitForEncoderRoom(
        sourceEncoder(this.source),
        maxQueuedFrames(this.options.widthPx, this.options.heightPx),
      );
    }
    if (!repeat || this.held === undefined) {
      this.held?.close();
      this.held = new VideoFrame(canvas, { timestamp: 0 });
    }
    // The sample owns (and closes) its frame: a clone of the held one, which stays open for the next repeat.
    const sample = new VideoSample(this.held.clone(), { timestamp: frameIndex / fps, duration: 1 / fps });
    try {
      await this.source.add(sample);
    } finally {
      sample.close();
    }
    if (this.failed !== undefined) throw this.failed;
  }

  async stop(result: ExportResult): Promise<void> {
    const output = this.output;
    this.held?.close();
    this.held = undefined;
    try {
      if (result === 'finished' && output && this.source) {
        await output.finalize();
        if (this.failed !== undefined) throw this.failed;
        await this.sink.commit();
        return;
      }
      if (output && output.state !== 'finalized' && output.state !== 'canceled') await output.cancel();
    } catch (err) {
      await this.sink.abort();
      throw err;
    }
    await this.sink.abort();
  }
}

/** Why the machine's encoder will not make `codec` at this size and rate, or null when it will. */
async function encoderRefusal(
  codec: VideoCodec,
  name: string,
  w: number,
  h: number,
  fps: number,
): Promise<string | null> {
  if (typeof VideoEncoder === 'undefined') return 'this browser has no WebCodecs video encoder';
  if (w % 2 !== 0 || h % 2 !== 0) return `${w}×${h}: video sizes must be even`;
  try {
    const ok = await canEncodeVideo(codec, { width: w, height: h, frameRate: fps, quality: QUALITY_HIGH });
    return ok ? null : `this machine's ${name} encoder does not support ${w}×${h} at ${fps} fps`;
  } catch (err) {
    return `the ${name} encoder could not be queried: ${err instanceof Error ? err.message : String(err)}`;
  }
}

function videoKind(
  id: string,
  label: string,
  codec: VideoCodec,
  codecName: string,
  container: 'mp4' | 'webm',
): ExporterKind {
  return {
    id,
    label,
    extension: container,
    mimeType: container === 'mp4' ? 'video/mp4' : 'video/webm',
    video: true,
    unsupportedReason: (w, h, fps) => encoderRefusal(codec, codecName, w, h, fps),
    create: (sink, options) => new MediabunnyVideoExporter(sink, options, codec, container),
  };
}

/** MP4 with H.264: plays everywhere (PowerPoint, Keynote, every browser). */
export const MP4_H264 = videoKind('mp4-h264', 'MP4 (H.264)', 'avc', 'H.264', 'mp4');
/** WebM with VP9. */
export const WEBM_VP9 = videoKind('webm-vp9', 'WebM (VP9)', 'vp9', 'VP9', 'webm');
/** MP4 with AV1: smallest files, where the machine can encode it. */
export const MP4_AV1 = videoKind('mp4-av1', 'MP4 (AV1)', 'av1', 'AV1', 'mp4');
