import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportSessions, exportWriteSchema } from './ExportSessions';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gosched-sessions-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ExportSessions', () => {
  it('writes only where the dialog chose, and the captions beside the video', async () => {
    const s = new ExportSessions(async (name, ext) => join(dir, `${name}.${ext}`));
    const b = await s.begin({ defaultName: 'ping-pong', extension: 'mp4' });
    if (!b.ok) throw new Error('begin failed');
    expect(b.name).toBe('ping-pong.mp4');
    expect(await s.write(b.id, 0, new Uint8Array([1, 2, 3]))).toEqual({ ok: true });
    expect(await s.commit(b.id, [{ extension: 'vtt', text: 'WEBVTT\n' }])).toEqual({ ok: true });
    expect(readdirSync(dir).sort()).toEqual(['ping-pong.mp4', 'ping-pong.vtt']);
    expect(readFileSync(join(dir, 'ping-pong.vtt'), 'utf8')).toBe('WEBVTT\n');
  });

  it('a cancelled dialog starts nothing; an unknown id writes nothing', async () => {
    const s = new ExportSessions(async () => undefined);
    expect(await s.begin({ defaultName: 'x', extension: 'webm' })).toEqual({ ok: false, canceled: true });
    const w = await s.write('00000000-0000-4000-8000-000000000000', 0, new Uint8Array([1]));
    expect(w.ok).toBe(false);
  });

  it('abort removes the partial file', async () => {
    const s = new ExportSessions(async (name, ext) => join(dir, `${name}.${ext}`));
    const b = await s.begin({ defaultName: 'a', extension: 'webm' });
    if (!b.ok) throw new Error('begin failed');
    await s.write(b.id, 0, new Uint8Array(1000));
    await s.abort(b.id);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('rejects malformed writes from the renderer', () => {
    expect(exportWriteSchema.safeParse({ id: 'x', position: 0, data: new Uint8Array(1) }).success).toBe(
      false,
    );
    expect(
      exportWriteSchema.safeParse({
        id: '00000000-0000-4000-8000-000000000000',
        position: -1,
        data: new Uint8Array(1),
      }).success,
    ).toBe(false);
  });
});
