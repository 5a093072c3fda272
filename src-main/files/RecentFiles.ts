import { readFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';

/** How many recent files the File menu lists. */
export const MAX_RECENT = 10;

/** The Open Recent list, most recent first, kept in a small JSON file in the app's data folder. */
export class RecentFiles {
  constructor(private readonly file: string) {}

  async list(): Promise<string[]> {
    try {
      const data: unknown = JSON.parse(await readFile(this.file, 'utf8'));
      return Array.isArray(data)
        ? data.filter((p): p is string => typeof p === 'string').slice(0, MAX_RECENT)
        : [];
    } catch {
      return [];
    }
  }

  /** Moves `path` to the top. */
  async add(path: string): Promise<string[]> {
    const next = [path, ...(await this.list()).filter((p) => p !== path)].slice(0, MAX_RECENT);
    await writeFileAtomic(this.file, JSON.stringify(next), 'utf8');
    return next;
  }

  /** Drops `path` (e.g. when it no longer exists). */
  async remove(path: string): Promise<string[]> {
    const next = (await this.list()).filter((p) => p !== path);
    await writeFileAtomic(this.file, JSON.stringify(next), 'utf8');
    return next;
  }
}
