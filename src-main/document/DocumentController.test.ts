import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeScenario, type ScenarioFile } from '../../src-engine/protocol/scenarioFile';
import { AutosaveStore } from '../files/AutosaveStore';
import { FileService } from '../files/FileService';
import { RecentFiles } from '../files/RecentFiles';
import { DocumentController, type Dialogs } from './DocumentController';

const dir = await mkdtemp(join(tmpdir(), 'gosched-doc-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const scenario: ScenarioFile = {
  $schema: 'x',
  format: 'gosched-scenario',
  version: 2,
  title: 'Mutex: hand-over',
  description: '',
  settings: { cores: 1, seed: 1 },
  program: 'package main\n\nfunc main() {}\n',
  breakpoints: [],
  beats: [],
  view: {},
};

function setup(answers: { open?: string; save?: string; unsaved?: 'save' | 'discard' | 'cancel' } = {}) {
  const asked: string[] = [];
  const dialogs: Dialogs = {
    chooseOpen: async () => answers.open,
    chooseFolder: async () => undefined,
    chooseSave: async (name) => {
      asked.push(`save:${name}`);
      return answers.save;
    },
    askUnsaved: async (name) => {
      asked.push(`unsaved:${name}`);
      return answers.unsaved ?? 'cancel';
    },
    showError: () => undefined,
  };
  const sub = join(dir, String(Math.random()).slice(2));
  const autosaves = new AutosaveStore(sub);
  const recentChanges: string[][] = [];
  const c = new DocumentController(
    new FileService(),
    autosaves,
    new RecentFiles(join(dir, `${Math.random()}.json`)),
    dialogs,
    (l) => recentChanges.push(l),
  );
  return { c, asked, autosaves, recentChanges };
}

describe('DocumentController', () => {
  it('Save of a never-saved document asks where, with a safe name from the title, saves and records it', async () => {
    const target = join(dir, 'mutex.gosched');
    const { c, asked, recentChanges } = setup({ save: target });
    const reply = await c.save({ scenario, path: null, saveAs: false });
    expect(reply).toEqual({ ok: true, path: target });
    expect(asked).toEqual(['save:Mutex hand-over.gosched']);
    expect(await readFile(target, 'utf8')).toBe(writeScenario(scenario));
    expect(recentChanges.at(-1)?.[0]).toBe(target);
  });

  it('Save of a saved document writes in place without asking; Save As always asks', async () => {
    const target = join(dir, 'inplace.gosched');
    const { c, asked } = setup({ save: join(dir, 'copy.gosched') });
    expect(await c.save({ scenario, path: target, saveAs: false })).toEqual({ ok: true, path: target });
    expect(asked).toEqual([]);
    expect(await c.save({ scenario, path: target, saveAs: true })).toEqual({
      ok: true,
      path: join(dir, 'copy.gosched'),
    });
    expect(asked).toEqual(['save:inplace.gosched']);
  });

  it('refuses to save an invalid scenario sent over IPC', async () => {
    const { c } = setup();
    const reply = await c.save({
      scenario: { ...scenario, settings: { cores: 0, seed: 1 } },
      path: join(dir, 'x.gosched'),
      saveAs: false,
    });
    expect(reply.canceled !== true && !reply.ok && reply.errors[0]).toMatch(
      /^Cannot save: the scenario is not valid/,
    );
  });

  it('a cancelled dialog changes nothing', async () => {
    const { c } = setup();
    expect(await c.openDialog()).toEqual({ canceled: true });
    expect(await c.save({ scenario, path: null, saveAs: false })).toEqual({ canceled: true });
  });

  it('opens a path and drops a vanished one from the recent list', async () => {
    const good = join(dir, 'good.gosched');
    await writeFile(good, writeScenario(scenario));
    const { c, recentChanges } = setup();
    const opened = await c.openPath(good);
    expect(opened.canceled !== true && opened.ok && opened.scenario.title).toBe('Mutex: hand-over');
    await rm(good);
    const again = await c.openPath(good);
    expect(again.canceled !== true && !again.ok && again.errors[0]).toMatch(/does not exist/);
    expect(recentChanges.at(-1)).toEqual([]);
  });

  it('closing with unsaved changes asks; cancel keeps the window, discard forgets the autosave', async () => {
    const keep = setup({ unsaved: 'cancel' });
    keep.c.reportState({ docId: 'd1', dirty: true, fileName: 'a.gosched', path: null });
    expect(await keep.c.onCloseRequested()).toBe('keep');
    expect(keep.asked).toEqual(['unsaved:a.gosched']);

    const discard = setup({ unsaved: 'discard' });
    discard.c.reportState({ docId: 'd2', dirty: true, fileName: 'b.gosched', path: null });
    await discard.c.autosave('d2', scenario, null);
    expect((await discard.autosaves.recoverable()).entries).toHaveLength(1);
    expect(await discard.c.onCloseRequested()).toBe('close');
    expect((await discard.autosaves.recoverable()).entries).toHaveLength(0);

    const save = setup({ unsaved: 'save' });
    save.c.reportState({ docId: 'd3', dirty: true, fileName: 'c.gosched', path: null });
    expect(await save.c.onCloseRequested()).toBe('save-then-close');
  });

  it('closing a clean document does not ask', async () => {
    const { c, asked } = setup();
    c.reportState({ docId: 'd4', dirty: false, fileName: 'a.gosched', path: null });
    expect(await c.onCloseRequested()).toBe('close');
    expect(asked).toEqual([]);
  });

  it('a successful save clears the autosave of that document', async () => {
    const { c, autosaves } = setup({ save: join(dir, 'auto.gosched') });
    c.reportState({ docId: 'd5', dirty: true, fileName: 'x', path: null });
    await c.autosave('d5', scenario, null);
    await c.save({ scenario, path: null, saveAs: false });
    expect((await autosaves.recoverable()).entries).toEqual([]);
  });
});

describe('DocumentController.exportGo', () => {
  it('writes the module into the chosen folder, and explains a failure naming the folder', async () => {
    const target = join(dir, 'exported');
    const written: [string, string][] = [];
    const dialogs: Dialogs = {
      chooseOpen: async () => undefined,
      chooseSave: async () => undefined,
      chooseFolder: async () => target,
      askUnsaved: async () => 'cancel',
      showError: () => undefined,
    };
    const ok = new DocumentController(
      new FileService(),
      new AutosaveStore(dir),
      new RecentFiles(join(dir, 'r.json')),
      dialogs,
      () => undefined,
      (p, d) => written.push([p, d]),
    );
    expect(await ok.exportGo(scenario)).toEqual({ ok: true, dir: target });
    expect(written).toEqual([[scenario.program, target]]);
    const failing = new DocumentController(
      new FileService(),
      new AutosaveStore(dir),
      new RecentFiles(join(dir, 'r.json')),
      dialogs,
      () => undefined,
      () => {
        throw Object.assign(new Error('nope'), { code: 'EACCES' });
      },
    );
    expect(await failing.exportGo(scenario)).toEqual({
      ok: false,
      errors: [`Cannot save ${target}: permission denied: the folder or file is read-only for you.`],
    });
  });
});
