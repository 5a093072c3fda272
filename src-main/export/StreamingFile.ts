import { randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { describeFsError } from '../files/fsErrors';

/** Either done, or the message that says why not (naming the file). */
export type WriteOutcome = { readonly ok: true } | { readonly ok: false; readonly error: string };

/**
 * A file written as it is produced (a video streamed from the renderer) with the atomic-write guarantee the
 * scenarios have: bytes go to a hidden temporary file in the target's folder, which is flushed (fsync) and
 * renamed over the target on {@link commit}; {@link abort}, or any failure, deletes it. The target never
 * exists half-written, and nothing of a failed or cancelled export is left behind.
 */
export class StreamingFile {
  private bytes = 0;
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly tempPath: string,
    private readonly fh: FileHandle,
  ) {}

  /** Creates the temporary file beside `path`. */
  static async create(
    path: string,
  ): Promise<{ ok: true; file: StreamingFile } | { ok: false; error: string }> {
    const temp = join(
      dirname(path),
      `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.part`,
    );
    try {
      const fh = await open(temp, 'wx');
      return { ok: true, file: new StreamingFile(path, temp, fh) };
    } catch (err) {
      return { ok: false, error: describeFsError(err, path, 'save') };
    }
  }

  /** Bytes written so far (the highest end of any write). */
  get size(): number {
    return this.bytes;
  }

  /** Writes `data` at byte `position`; a failure (disk full, folder gone) removes the temporary file. */
  async write(position: number, data: Uint8Array): Promise<WriteOutcome> {
    if (this.closed) return { ok: false, error: `Cannot save ${this.path}: the export was already closed.` };
    try {
      let done = 0;
      while (done < data.byteLength) {
        const { bytesWritten } = await this.fh.write(data, done, data.byteLength - done, position + done);
        if (bytesWritten <= 0) throw Object.assign(new Error('no bytes written'), { code: 'ENOSPC' });
        done += bytesWritten;
      }
      this.bytes = Math.max(this.bytes, position + data.byteLength);
      return { ok: true };
    } catch (err) {
      await this.abort();
      return { ok: false, error: describeFsError(err, this.path, 'save') };
    }
  }

  /** Flushes and renames into place; on failure the temporary file is removed and the target untouched. */
  async commit(): Promise<WriteOutcome> {
    if (this.closed) return { ok: false, error: `Cannot save ${this.path}: the export was already closed.` };
    try {
      await this.fh.sync();
      await this.fh.close();
      this.closed = true;
      await rename(this.tempPath, this.path);
      return { ok: true };
    } catch (err) {
      await this.abort();
      return { ok: false, error: describeFsError(err, this.path, 'save') };
    }
  }

  /** Closes and deletes the temporary file (idempotent; never throws). */
  async abort(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      await this.fh.close().catch(() => undefined);
    }
    await unlink(this.tempPath).catch(() => undefined);
  }
}

/** Writes a small text file beside an export (the WebVTT captions) atomically, as scenarios are saved. */
export async function writeTextAtomic(path: string, text: string): Promise<WriteOutcome> {
  try {
    await writeFileAtomic(path, text, { encoding: 'utf8', fsync: true });
    return { ok: true };
  } catch (err) {
    return { ok: false, error: describeFsError(err, path, 'save') };
  }
}
