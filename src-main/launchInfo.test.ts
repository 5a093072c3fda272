import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from './cli/parseArgs';
import { DocumentController, type Dialogs } from './document/DocumentController';
import { AutosaveStore } from './files/AutosaveStore';
import { FileService } from './files/FileService';
import { PathGrants } from './files/grants';
import { RecentFiles } from './files/RecentFiles';
import { loadLaunchInfo } from './launchInfo';

const dir = await mkdtemp(join(tmpdir(), 'gosched-launch-'));
const noDialogs: Dialogs = {
  chooseOpen: async () => undefined,
  chooseSave: async () => undefined,
  chooseFolder: async () => undefined,
  askUnsaved: async () => 'cancel',
  showError: () => undefined,
};
const autosaves = new AutosaveStore(join(dir, 'data'));
const grants = new PathGrants();
const documents = new DocumentController(
  new FileService(),
  autosaves,
  new RecentFiles(join(dir, 'recent.json')),
  noDialogs,
  grants,
);
const launch = (argv: string[]) => loadLaunchInfo(parseArgs(argv), dir, documents, autosaves);

describe('loadLaunchInfo (real files)', () => {
  it('opens a scenario given on the command line, relative to the working folder', async () => {
    await writeFile(join(dir, 'a.go'), 'package main\n');
    const info = await launch(['a.go', '--cores', '2']);
    const token = info.opened?.canceled !== true && info.opened?.ok ? info.opened.file.token : undefined;
    expect(grants.pathFor(token, 'write')).toBe(join(dir, 'a.go'));
    expect(info.cores).toBe(2);
    expect(info.warnings).toEqual([]);
  });

  it('says plainly that a missing file does not exist, and still opens', async () => {
    const info = await launch(['gone.gosched', '--bogus']);
    expect(info.opened).toBeUndefined();
    expect(info.warnings).toEqual([
      'unknown option --bogus (known: --cores N, --seed N, a scenario file)',
      `Cannot open ${join(dir, 'gone.gosched')}: the file does not exist (was it moved or deleted?).`,
    ]);
  });

  it('offers unsaved work left by a crash', async () => {
    await autosaves.write({ docId: 'crashed', path: null, title: 'Lost work', text: '{}', savedAt: 42 });
    const info = await launch([]);
    expect(info.recoverable.map((e) => e.title)).toEqual(['Lost work']);
    expect(info.recoverable[0]?.file).toBeNull();
  });
});
