import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { describeFsError } from './fsErrors';

/** Unsaved work kept in the app's data folder until it is saved, discarded or recovered. */
export interface AutosaveEntry {
  /** Stable id of the document (one per window/tab). */
  readonly docId: string;
  /** The file the work belongs to, if it was ever saved. */
  readonly path: string | null;
  readonly title: string;
  /** The whole scenario file text, as it would be saved. */
  readonly text: string;
  /** Wall time of the autosave, ms since the epoch. */
  readonly savedAt: number;
}

/** Result of {@link AutosaveStore.recoverable}: entries to offer, and files that could not be read. */
export interface Recoverable {
  readonly entries: readonly AutosaveEntry[];
  /** Unreadable autosave files, moved aside (never deleted) with the reason. */
  readonly damaged: readonly string[];
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Autosave for crash recovery. While a document has unsaved changes its text is written here (atomically);
 * a save or a deliberate discard removes it. Whatever is still here when the app starts was left by a crash
 * and is offered for recovery.
 */
export class AutosaveStore {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'autosave');
  }

  async write(entry: AutosaveEntry): Promise<void> {
    if (!ID.test(entry.docId)) throw new Error(`invalid autosave id ${JSON.stringify(entry.docId)}`);
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(this.file(entry.docId), JSON.stringify(entry), { encoding: 'utf8', fsync: true });
  }

  /** Forgets a document's autosave (after a save or a deliberate discard). */
  async clear(docId: string): Promise<void> {
    if (!ID.test(docId)) return;
    await rm(this.file(docId), { force: true });
  }

  /** What a previous session left behind, newest first. */
  async recoverable(): Promise<Recoverable> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter((n) => n.endsWith('.json'));
    } catch (err) {
      if ((err as { code?: string }).code === 'ENOENT') return { entries: [], damaged: [] };
      return { entries: [], damaged: [describeFsError(err, this.dir, 'read')] };
    }
    const entries: AutosaveEntry[] = [];
    const damaged: string[] = [];
    for (const name of names) {
      const path = join(this.dir, name);
      try {
        const entry = JSON.parse(await readFile(path, 'utf8')) as AutosaveEntry;
        if (
          typeof entry.text !== 'string' ||
          typeof entry.docId !== 'string' ||
          typeof entry.savedAt !== 'number' ||
          (entry.path !== null && typeof entry.path !== 'string')
        ) {
          throw new Error('it is not an autosave entry');
        }
        entries.push(entry);
      } catch (err) {
        const aside = `${path}.damaged`;
        await rename(path, aside).catch(() => undefined);
        damaged.push(
          `Could not read the autosave ${path} (${err instanceof Error ? err.message : String(err)}); kept as ${aside}.`,
        );
      }
    }
    entries.sort((a, b) => b.savedAt - a.savedAt);
    return { entries, damaged };
  }

  private file(docId: string): string {
    return join(this.dir, `${docId}.json`);
  }
}
