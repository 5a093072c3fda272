import type { GoschedBridge } from '../../src-main/preload/bridge';
import type { ByteSink } from './types';

/** A file the user refused to pick (the save dialog was cancelled). */
export class SaveCanceled extends Error {}

/** An export streamed to main, which writes it atomically to the path the user chose in its save dialog. */
export async function desktopSink(
  bridge: GoschedBridge,
  defaultName: string,
  extension: 'mp4' | 'webm' | 'png',
  sidecars: () => readonly { extension: 'vtt'; text: string }[] = () => [],
): Promise<ByteSink> {
  const begun = await bridge.exportFile.begin(defaultName, extension);
  if (!begun.ok) {
    if (begun.canceled) throw new SaveCanceled('no file was chosen');
    throw new Error(begun.error);
  }
  const { id, name } = begun;
  return {
    name,
    write: async (position, data) => {
      const r = await bridge.exportFile.write(id, position, data);
      if (!r.ok) throw new Error(r.error);
    },
    commit: async () => {
      const r = await bridge.exportFile.commit(id, sidecars());
      if (!r.ok) throw new Error(r.error);
    },
    abort: () => bridge.exportFile.abort(id),
  };
}

/**
 * An export gathered in memory (positioned writes), handed over on commit: the browser build's download,
 * the tests' decode checks, the command line's page.
 */
export class MemorySink implements ByteSink {
  private parts: { position: number; data: Uint8Array }[] = [];
  private size = 0;
  committed: Uint8Array | undefined;
  aborted = false;

  constructor(
    readonly name: string,
    private readonly onCommit: (bytes: Uint8Array) => void | Promise<void> = () => undefined,
  ) {}

  async write(position: number, data: Uint8Array): Promise<void> {
    this.parts.push({ position, data: data.slice() });
    this.size = Math.max(this.size, position + data.byteLength);
  }

  /** The bytes written so far, in file order. */
  bytes(): Uint8Array {
    const out = new Uint8Array(this.size);
    for (const p of this.parts) out.set(p.data, p.position);
    return out;
  }

  async commit(): Promise<void> {
    this.committed = this.bytes();
    this.parts = [];
    await this.onCommit(this.committed);
  }

  async abort(): Promise<void> {
    this.parts = [];
    this.aborted = true;
  }
}

/** Starts a browser download of `bytes` as `name`. */
export function download(bytes: Uint8Array | string, name: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
