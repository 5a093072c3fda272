import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AutosaveStore } from './AutosaveStore';
import { RecentFiles } from './RecentFiles';

const dir = await mkdtemp(join(tmpdir(), 'gosched-autosave-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('AutosaveStore (crash recovery)', () => {
  it('offers what a crashed session left, newest first, and forgets what was saved', async () => {
    const store = new AutosaveStore(dir);
    await store.write({ docId: 'a', path: null, title: 'Untitled', text: '{"x":1}', savedAt: 1 });
    await store.write({ docId: 'b', path: '/l/b.gosched', title: 'b', text: '{"x":2}', savedAt: 2 });
    await store.write({ docId: 'a', path: null, title: 'Untitled', text: '{"x":3}', savedAt: 3 });
    const after = new AutosaveStore(dir);
    const found = await after.recoverable();
    expect(found.entries.map((e) => [e.docId, e.text])).toEqual([
      ['a', '{"x":3}'],
      ['b', '{"x":2}'],
    ]);
    await after.clear('a');
    expect((await after.recoverable()).entries.map((e) => e.docId)).toEqual(['b']);
  });

  it('moves a damaged autosave aside instead of deleting it', async () => {
    const own = await mkdtemp(join(dir, 'damaged-'));
    const store = new AutosaveStore(own);
    await store.write({ docId: 'ok', path: null, title: 't', text: 'x', savedAt: 5 });
    await writeFile(join(own, 'autosave', 'broken.json'), '{ not json');
    await writeFile(
      join(own, 'autosave', 'badpath.json'),
      JSON.stringify({ docId: 'badpath', path: 42, title: 't', text: 'x', savedAt: 6 }),
    );
    const found = await store.recoverable();
    expect(found.entries.map((e) => e.docId)).toEqual(['ok']);
    expect(found.damaged.some((d) => d.includes('badpath.json'))).toBe(true);
    expect(found.damaged.find((d) => d.includes('broken.json'))).toMatch(
      /broken\.json .*kept as .*broken\.json\.damaged/,
    );
    expect((await readdir(join(own, 'autosave'))).sort()).toEqual([
      'badpath.json.damaged',
      'broken.json.damaged',
      'ok.json',
    ]);
  });

  it('has nothing to offer on a first start, and rejects ids that could escape its folder', async () => {
    const fresh = new AutosaveStore(join(dir, 'never-used'));
    expect(await fresh.recoverable()).toEqual({ entries: [], damaged: [] });
    await expect(
      fresh.write({ docId: '../evil', path: null, title: '', text: '', savedAt: 0 }),
    ).rejects.toThrow(/invalid autosave id/);
  });
});

describe('RecentFiles', () => {
  it('keeps the ten most recent, most recent first, without duplicates', async () => {
    const recent = new RecentFiles(join(dir, 'recent.json'));
    for (let i = 0; i < 12; i++) await recent.add(`/l/${i}.gosched`);
    await recent.add('/l/5.gosched');
    const list = await recent.list();
    expect(list).toHaveLength(10);
    expect(list[0]).toBe('/l/5.gosched');
    expect(new Set(list).size).toBe(10);
    expect(await recent.remove('/l/5.gosched')).not.toContain('/l/5.gosched');
  });
});
