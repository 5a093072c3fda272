import { ALL_FORMATS, BufferSource, CanvasSink, Input, VideoSampleSink } from 'mediabunny';

/** What a decoded video holds. */
export interface VideoInspection {
  readonly codec: string | null;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Every decoded frame's presentation time and duration, s, in order. */
  readonly frames: readonly { readonly timestampS: number; readonly durationS: number }[];
  readonly durationS: number;
}

/** How far apart two pictures are (RGB, 0–255). */
export interface PixelDiff {
  readonly meanAbs: number;
  readonly maxAbs: number;
  /** Peak signal-to-noise ratio, dB (Infinity when identical). */
  readonly psnrDb: number;
  /**
   * The largest mean difference over any 16×16 block: codec loss spreads thin, while one token drawn in the
   * wrong place makes one block differ a lot (the whole-frame mean hides it).
   */
  readonly worstBlockMeanAbs: number;
}

/** Side of the blocks of {@link PixelDiff.worstBlockMeanAbs}, px. */
const BLOCK_PX = 16;

function inputOf(bytes: Uint8Array): Input {
  return new Input({ formats: ALL_FORMATS, source: new BufferSource(bytes) });
}

/**
 * Decodes every frame of an MP4 or WebM (mediabunny over WebCodecs) and reports their timestamps: the
 * export tests' proof that a file holds exactly the frames planned.
 */
export async function inspectVideo(bytes: Uint8Array): Promise<VideoInspection> {
  const input = inputOf(bytes);
  const track = await input.getPrimaryVideoTrack();
  if (!track) throw new Error('the file has no video track');
  const frames: { timestampS: number; durationS: number }[] = [];
  for await (const sample of new VideoSampleSink(track).samples()) {
    frames.push({ timestampS: sample.timestamp, durationS: sample.duration });
    sample.close();
  }
  return {
    codec: track.codec,
    widthPx: track.codedWidth,
    heightPx: track.codedHeight,
    frames,
    durationS: await input.computeDuration(),
  };
}

function pixelsOf(source: CanvasImageSource, w: number, h: number): ImageData {
  const c = new OffscreenCanvas(w, h);
  const ctx = c.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(source, 0, 0, w, h);
  return ctx.getImageData(0, 0, w, h);
}

/** The RGBA pixels of the decoded frame shown at `timestampS`. */
export async function decodedFrame(bytes: Uint8Array, timestampS: number): Promise<ImageData> {
  const track = await inputOf(bytes).getPrimaryVideoTrack();
  if (!track) throw new Error('the file has no video track');
  const wrapped = await new CanvasSink(track).getCanvas(timestampS);
  if (!wrapped) throw new Error(`no frame at ${timestampS} s`);
  return pixelsOf(wrapped.canvas, track.codedWidth, track.codedHeight);
}

/** The RGBA pixels of a PNG. */
export async function pngPixels(png: Uint8Array): Promise<ImageData> {
  const bitmap = await createImageBitmap(new Blob([png as BlobPart], { type: 'image/png' }));
  return pixelsOf(bitmap, bitmap.width, bitmap.height);
}

/** A PNG of RGBA pixels (to look at a decoded frame). */
export async function pixelsToPng(img: ImageData): Promise<Uint8Array> {
  const c = new OffscreenCanvas(img.width, img.height);
  c.getContext('2d')!.putImageData(img, 0, 0);
  return new Uint8Array(await (await c.convertToBlob({ type: 'image/png' })).arrayBuffer());
}

/** Compares two pictures of one size, RGB only. */
export function diffPixels(a: ImageData, b: ImageData): PixelDiff {
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`sizes differ: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  let sum = 0;
  let sq = 0;
  let max = 0;
  const n = a.width * a.height * 3;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      const d = Math.abs(a.data[i + c]! - b.data[i + c]!);
      sum += d;
      sq += d * d;
      if (d > max) max = d;
    }
  }
  const mse = sq / n;
  return {
    meanAbs: sum / n,
    maxAbs: max,
    psnrDb: mse === 0 ? Infinity : 10 * Math.log10((255 * 255) / mse),
    worstBlockMeanAbs: worstBlock(a, b),
  };
}

function worstBlock(a: ImageData, b: ImageData): number {
  const bw = Math.ceil(a.width / BLOCK_PX);
  const sums = new Float64Array(bw * Math.ceil(a.height / BLOCK_PX));
  const counts = new Float64Array(sums.length);
  for (let y = 0; y < a.height; y++)
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      const k = Math.floor(y / BLOCK_PX) * bw + Math.floor(x / BLOCK_PX);
      let d = 0;
      for (let c = 0; c < 3; c++) d += Math.abs(a.data[i + c]! - b.data[i + c]!);
      sums[k] = sums[k]! + d;
      counts[k] = counts[k]! + 3;
    }
  let worst = 0;
  for (let k = 0; k < sums.length; k++) worst = Math.max(worst, sums[k]! / counts[k]!);
  return worst;
}
