import { randomUUID } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { z } from 'zod';

/**
 * What a grant lets main do with a path: `read` (open it again) and/or `write` (save over it, stream into
 * it). A path the user opened may be saved back (read + write); a path chosen in a save dialog is write.
 */
export type FileAccess = 'read' | 'write';

/** What the renderer holds for a file: an opaque token, and the file's name for titles and messages. */
export interface FileHandle {
  /** Opaque, unguessable; meaningful only to the main process that issued it. */
  readonly token: string;
  /** The file's base name (`lesson.gosched`), for display only. */
  readonly name: string;
}

/** The shape of a token on the wire (IPC payloads are validated against it before any lookup). */
export const fileTokenSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

interface Grant {
  readonly path: string;
  readonly access: Set<FileAccess>;
}

/**
 * The paths main may touch on the renderer's behalf: only those the user chose in a native dialog, opened
 * (menu, recent list, command line, OS file association) or dropped on the window. Paths stay in main; the
 * renderer refers to them by {@link FileHandle.token}, so a compromised page can neither name nor guess a
 * file to read or overwrite. Tokens live as long as the main process (a reload keeps the document's file).
 *
 * @remarks Granting the same path again returns the same token with the union of the accesses, so the map
 * grows only with the distinct files a person picks.
 */
export class PathGrants {
  private readonly byToken = new Map<string, Grant>();
  private readonly byPath = new Map<string, string>();

  constructor(private readonly newToken: () => string = randomUUID) {}

  /** Records that the user chose `path` for `access`; returns the handle the renderer may hold. */
  grant(path: string, access: readonly FileAccess[]): FileHandle {
    const full = resolve(path);
    let token = this.byPath.get(full);
    let entry = token === undefined ? undefined : this.byToken.get(token);
    if (token === undefined || entry === undefined) {
      token = this.newToken();
      entry = { path: full, access: new Set() };
      this.byToken.set(token, entry);
      this.byPath.set(full, token);
    }
    for (const a of access) entry.access.add(a);
    return { token, name: basename(full) };
  }

  /** The path behind `token` when it was granted `access`; undefined for anything else (never throws). */
  pathFor(token: unknown, access: FileAccess): string | undefined {
    if (typeof token !== 'string') return undefined;
    const entry = this.byToken.get(token);
    return entry?.access.has(access) ? entry.path : undefined;
  }

  /** The handle of a path already granted (any access), without granting anything. */
  handleFor(path: string): FileHandle | undefined {
    const full = resolve(path);
    const token = this.byPath.get(full);
    return token === undefined ? undefined : { token, name: basename(full) };
  }

  /** Forgets a grant (e.g. a file that no longer exists). */
  revoke(token: string): void {
    const entry = this.byToken.get(token);
    if (!entry) return;
    this.byToken.delete(token);
    this.byPath.delete(entry.path);
  }
}
