import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { StreamingFile, writeTextAtomic, type WriteOutcome } from './StreamingFile';

/** Asks the user where to save an export (a native save dialog); undefined when they cancel. */
export type ChooseExportPath = (defaultName: string, extension: string) => Promise<string | undefined>;

/** What the renderer asks for when an export starts. */
export const exportBeginSchema = z.strictObject({
  defaultName: z.string().min(1).max(255),
  extension: z.enum(['mp4', 'webm', 'png']),
});
export type ExportBeginRequest = z.infer<typeof exportBeginSchema>;

/** An export's id on the wire. */
export const exportIdSchema = z.string().uuid();

/** A positioned chunk of an export. */
export const exportWriteSchema = z.strictObject({
  id: exportIdSchema,
  position: z
    .number()
    .int()
    .min(0)
    .max(2 ** 50),
  data: z.instanceof(Uint8Array),
});

/** Files written beside the export when it commits (the WebVTT captions). */
export const exportCommitSchema = z.strictObject({
  id: exportIdSchema,
  sidecars: z.array(z.strictObject({ extension: z.enum(['vtt']), text: z.string().max(10_000_000) })).max(4),
});

/** How an export's start went. */
export type ExportBeginReply =
  | { readonly ok: true; readonly id: string; readonly name: string }
  | { readonly ok: false; readonly canceled: true }
  | { readonly ok: false; readonly canceled: false; readonly error: string };

/**
 * The exports in progress, by id: main writes only to the path the user chose in the save dialog it showed
 * itself, and the renderer refers to it only by an unguessable id. Node only (the dialog is injected), so it is
 * tested against a real temporary folder.
 */
export class ExportSessions {
  private readonly open = new Map<string, StreamingFile>();

  constructor(private readonly choose: ChooseExportPath) {}

  async begin(req: ExportBeginRequest): Promise<ExportBeginReply> {
    const path = await this.choose(req.defaultName, req.extension);
    if (path === undefined) return { ok: false, canceled: true };
    const made = await StreamingFile.create(path);
    if (!made.ok) return { ok: false, canceled: false, error: made.error };
    const id = randomUUID();
    this.open.set(id, made.file);
    return { ok: true, id, name: path.split(/[\\/]/).pop() ?? path };
  }

  async write(id: string, position: number, data: Uint8Array): Promise<WriteOutcome> {
    const f = this.open.get(id);
    if (!f) return { ok: false, error: 'The export was closed (cancelled or failed) before this write.' };
    const r = await f.write(position, data);
    if (!r.ok) this.open.delete(id);
    return r;
  }

  /** Commits the export and writes its sidecars (same name, their extension) beside it. */
  async commit(id: string, sidecars: readonly { extension: 'vtt'; text: string }[]): Promise<WriteOutcome> {
    const f = this.open.get(id);
    if (!f)
      return { ok: false, error: 'The export was closed (cancelled or failed) before it was finished.' };
    this.open.delete(id);
    const r = await f.commit();
    if (!r.ok) return r;
    for (const s of sidecars) {
      const side = await writeTextAtomic(f.path.replace(/\.[^./\\]+$/, '') + `.${s.extension}`, s.text);
      if (!side.ok) return side;
    }
    return { ok: true };
  }

  async abort(id: string): Promise<void> {
    const f = this.open.get(id);
    this.open.delete(id);
    await f?.abort();
  }

  /** Aborts every export (the window closed or reloaded mid-export). */
  async abortAll(): Promise<void> {
    await Promise.all([...this.open.keys()].map((id) => this.abort(id)));
  }
}
