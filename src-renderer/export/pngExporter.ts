import type { AnyCanvas } from './compose';
import type { ByteSink, Exporter, ExporterKind, ExportResult } from './types';

/** PNG bytes of a canvas of either kind. */
export async function canvasToPng(canvas: AnyCanvas): Promise<Uint8Array> {
  const blob =
    'convertToBlob' in canvas
      ? await canvas.convertToBlob({ type: 'image/png' })
      : await new Promise<Blob>((resolve, reject) =>
          canvas.toBlob(
            (b) => (b ? resolve(b) : reject(new Error('the frame could not be made into a PNG'))),
            'image/png',
          ),
        );
  return new Uint8Array(await blob.arrayBuffer());
}

/** A still: the one frame it is given, as a PNG. */
class PngExporter implements Exporter {
  private written = false;

  constructor(private readonly sink: ByteSink) {}

  async start(): Promise<void> {}

  async handleFrame(canvas: AnyCanvas, frameIndex: number): Promise<void> {
    if (this.written) throw new Error(`a PNG still holds one frame; frame ${frameIndex} came after it`);
    await this.sink.write(0, await canvasToPng(canvas));
    this.written = true;
  }

  async stop(result: ExportResult): Promise<void> {
    if (result === 'finished' && this.written) await this.sink.commit();
    else await this.sink.abort();
  }
}

/** A PNG still of the current virtual time, at any export resolution. */
export const PNG_STILL: ExporterKind = {
  id: 'png',
  label: 'PNG still',
  extension: 'png',
  mimeType: 'image/png',
  video: false,
  unsupportedReason: async () => null,
  create: (sink) => new PngExporter(sink),
};
