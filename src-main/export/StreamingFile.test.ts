import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StreamingFile, writeTextAtomic } from './StreamingFile';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gosched-export-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (...xs: number[]) => new Uint8Array(xs);

describe('StreamingFile', () => {
  it('writes positioned chunks to a hidden temporary file and renames it into place on commit', async () => {
    const path = join(dir, 'lesson.mp4');
    const made = await StreamingFile.create(path);
    if (!made.ok) throw new Error(made.error);
    const f = made.file;
    expect(await f.write(0, bytes(0, 0, 0, 0))).toEqual({ ok: true });
    expect(await f.write(4, bytes(5, 6))).toEqual({ ok: true });
    // An MP4 patches its header at the end.
    expect(await f.write(0, bytes(1, 2))).toEqual({ ok: true });
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readdirSync(dir)[0]).toMatch(/^\.lesson\.mp4\.\d+\.[0-9a-f]+\.part$/);
    expect(await f.commit()).toEqual({ ok: true });
    expect([...readFileSync(path)]).toEqual([1, 2, 0, 0, 5, 6]);
    expect(readdirSync(dir)).toEqual(['lesson.mp4']);
  });

  it('abort leaves nothing behind and an existing file untouched', async () => {
    const path = join(dir, 'old.webm');
    writeFileSync(path, 'previous export');
    const made = await StreamingFile.create(path);
    if (!made.ok) throw new Error(made.error);
    await made.file.write(0, bytes(9, 9, 9));
    await made.file.abort();
    expect(readdirSync(dir)).toEqual(['old.webm']);
    expect(readFileSync(path, 'utf8')).toBe('previous export');
  });

  it('a vanished folder is a clear error naming the file', async () => {
    const made = await StreamingFile.create(join(dir, 'gone', 'x.mp4'));
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.error).toMatch(/Cannot save .*x\.mp4: its folder does not exist\./);
  });

  it('a folder removed mid-export fails the commit, and nothing is left', async () => {
    const sub = join(dir, 'sub');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub);
    const made = await StreamingFile.create(join(sub, 'x.mp4'));
    if (!made.ok) throw new Error(made.error);
    await made.file.write(0, bytes(1));
    rmSync(sub, { recursive: true, force: true });
    const r = await made.file.commit();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/x\.mp4/);
  });

  it('a full disk is reported as such and the partial file removed', async () => {
    // A real full disk cannot be made in a test: the file handle's writes fail the way a full disk fails them.
    const path = join(dir, 'full.mp4');
    const made = await StreamingFile.create(path);
    if (!made.ok) throw new Error(made.error);
    const f = made.file as unknown as { fh: { write: () => Promise<never> } };
    f.fh.write = () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }));
    const r = await made.file.write(0, bytes(1, 2, 3));
    expect(r).toEqual({ ok: false, error: `Cannot save ${path}: the disk is full.` });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes the captions file beside the video atomically', async () => {
    const path = join(dir, 'lesson.vtt');
    expect(await writeTextAtomic(path, 'WEBVTT\n')).toEqual({ ok: true });
    expect(readFileSync(path, 'utf8')).toBe('WEBVTT\n');
  });
});
