/** A file-system error in words a teacher understands, naming the file. */
export function describeFsError(err: unknown, path: string, doing: 'open' | 'save' | 'read'): string {
  const code = (err as { code?: string } | null)?.code;
  const what: Record<string, string> = {
    ENOENT:
      doing === 'save' ? 'its folder does not exist' : 'the file does not exist (was it moved or deleted?)',
    EACCES:
      doing === 'save' ? 'permission denied: the folder or file is read-only for you' : 'permission denied',
    EPERM: 'the operation is not permitted',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is exceeded',
    EISDIR: 'it is a folder, not a file',
    ENOTDIR: 'a part of the path is not a folder',
    EMFILE: 'too many files are open; close some and try again',
    EBUSY: 'the file is in use by another program',
  };
  const reason = (code && what[code]) ?? (err instanceof Error ? err.message : String(err));
  return `Cannot ${doing} ${path}: ${reason}.`;
}
