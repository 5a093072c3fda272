import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeScenario, type ScenarioFile } from '../../src-engine/protocol/scenarioFile';
import { AutosaveStore } from '../files/AutosaveStore';
import { FileService } from '../files/FileService';
import { PathGrants } from '../files/grants';
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
  settings: { cores: 1, seed: 1, model: 'go' },
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
  const grants = new PathGrants();
  const c = new DocumentController(
    new FileService(),
    autosaves,
    new RecentFiles(join(dir, `${Math.random()}.json`)),
    dialogs,
    grants,
    (l) => recentChanges.push(l),
  );
  return { c, asked, autosaves, recentChanges, grants };
}

describe('DocumentController', () => {
  it('Save of a never-saved document asks where, with a safe name from the title, saves and records it', async () => {
    const target = join(dir, 'mutex.gosched');
    const { c, asked, recentChanges, grants } = setup({ save: target });
    const reply = await c.save({ scenario, file: null, saveAs: false });
    expect(reply).toEqual({ ok: true, file: { token: expect.any(String), name: 'mutex.gosched' } });
    expect(reply.canceled !== true && reply.ok && grants.pathFor(reply.file.token, 'write')).toBe(target);
    expect(asked).toEqual(['save:Mutex hand-over.gosched']);
    expect(await readFile(target, 'utf8')).toBe(writeScenario(scenario));
    expect(recentChanges.at(-1)?.[0]).toBe(target);
  });

  it('Save of a saved document writes in place without asking; Save As always asks', async () => {
    const target = join(dir, 'inplace.gosched');
    const { c, asked, grants } = setup({ save: join(dir, 'copy.gosched') });
    const file = grants.grant(target, ['read', 'write']);
    expect(await c.save({ scenario, file: file.token, saveAs: false })).toEqual({ ok: true, file });
    expect(asked).toEqual([]);
    expect(await readFile(target, 'utf8')).toBe(writeScenario(scenario));
    const copy = await c.save({ scenario, file: file.token, saveAs: true });
    expect(copy.canceled !== true && copy.ok && copy.file.name).toBe('copy.gosched');
    expect(asked).toEqual(['save:inplace.gosched']);
  });

  it('refuses to save an invalid scenario sent over IPC', async () => {
    const { c } = setup();
    const reply = await c.save({
      scenario: { ...scenario, settings: { cores: 0, seed: 1 } },
      file: null,
      saveAs: false,
    });
    expect(reply.canceled !== true && !reply.ok && reply.errors[0]).toMatch(
      /^Cannot save: the scenario is not valid/,
    );
  });

  it('a cancelled dialog changes nothing', async () => {
    const { c } = setup();
    expect(await c.openDialog()).toEqual({ canceled: true });
    expect(await c.save({ scenario, file: null, saveAs: false })).toEqual({ canceled: true });
  });

  it('opens a path and drops a vanished one from the recent list', async () => {
    const good = join(dir, 'good.gosched');
    await writeFile(good, writeScenario(scenario));
    const { c, recentChanges } = setup();
    const opened = await c.openPath(good);
    expect(opened.canceled !== true && opened.ok && opened.scenario.title).toBe('Mutex: hand-over');
    expect(opened.canceled !== true && opened.ok && opened.file.name).toBe('good.gosched');
    expect(JSON.stringify(opened)).not.toContain(dir);
    await rm(good);
    const again = await c.openPath(good);
    expect(again.canceled !== true && !again.ok && again.errors[0]).toMatch(/does not exist/);
    expect(recentChanges.at(-1)).toEqual([]);
  });

  it('closing with unsaved changes asks; cancel keeps the window, discard forgets the autosave', async () => {
    const keep = setup({ unsaved: 'cancel' });
    keep.c.reportState({ docId: 'd1', dirty: true, fileName: 'a.gosched', file: null });
    expect(await keep.c.onCloseRequested()).toBe('keep');
    expect(keep.asked).toEqual(['unsaved:a.gosched']);

    const discard = setup({ unsaved: 'discard' });
    discard.c.reportState({ docId: 'd2', dirty: true, fileName: 'b.gosched', file: null });
    expect(await discard.c.autosave({ docId: 'd2', scenario, file: null })).toBe(true);
    expect((await discard.autosaves.recoverable()).entries).toHaveLength(1);
    expect(await discard.c.onCloseRequested()).toBe('close');
    expect((await discard.autosaves.recoverable()).entries).toHaveLength(0);

    const save = setup({ unsaved: 'save' });
    save.c.reportState({ docId: 'd3', dirty: true, fileName: 'c.gosched', file: null });
    expect(await save.c.onCloseRequested()).toBe('save-then-close');
  });

  it('closing a clean document does not ask', async () => {
    const { c, asked } = setup();
    c.reportState({ docId: 'd4', dirty: false, fileName: 'a.gosched', file: null });
    expect(await c.onCloseRequested()).toBe('close');
    expect(asked).toEqual([]);
  });

  it('a successful save clears the autosave of that document', async () => {
    const { c, autosaves } = setup({ save: join(dir, 'auto.gosched') });
    c.reportState({ docId: 'd5', dirty: true, fileName: 'x', file: null });
    await c.autosave({ docId: 'd5', scenario, file: null });
    await c.save({ scenario, file: null, saveAs: false });
    expect((await autosaves.recoverable()).entries).toEqual([]);
  });
});

describe('DocumentController: main touches only files the user chose', () => {
  it('Save with saveAs false and a path instead of a token never writes that path: it asks where', async () => {
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'keep me');
    const { c, asked } = setup({ save: undefined });
    const reply = await c.save({ scenario, file: victim, saveAs: false });
    expect(reply).toEqual({ canceled: true });
    expect(asked).toEqual(['save:Mutex hand-over.gosched']);
    expect(await readFile(victim, 'utf8')).toBe('keep me');
  });

  it('Save with a token main never issued asks where instead of writing', async () => {
    const { c, asked } = setup({ save: undefined });
    const forged = '00000000-0000-4000-8000-000000000000';
    expect(await c.save({ scenario, file: forged, saveAs: false })).toEqual({ canceled: true });
    expect(asked).toHaveLength(1);
  });

  it('a file opened through the dialog may be saved back by its token, without a dialog', async () => {
    const chosen = join(dir, 'chosen.gosched');
    await writeFile(chosen, writeScenario(scenario));
    const { c, asked } = setup({ open: chosen });
    const opened = await c.openDialog();
    if (opened.canceled === true || !opened.ok) throw new Error('not opened');
    const edited = { ...scenario, title: 'edited' };
    expect(await c.save({ scenario: edited, file: opened.file.token, saveAs: false })).toEqual({
      ok: true,
      file: opened.file,
    });
    expect(asked).toEqual([]);
    expect(await readFile(chosen, 'utf8')).toBe(writeScenario(edited));
  });

  it('a dropped file opens only when it is a scenario or a Go file', async () => {
    const secret = join(dir, 'id_rsa');
    await writeFile(secret, 'package main\n');
    const go = join(dir, 'dropped.go');
    await writeFile(go, 'package main\n\nfunc main() {}\n');
    const { c } = setup();
    const refused = await c.openDropped(secret);
    expect(refused.canceled !== true && !refused.ok && refused.errors[0]).toBe(
      `Cannot open ${secret}: only .gosched and .go files can be opened.`,
    );
    const ok = await c.openDropped(go);
    expect(ok.canceled !== true && ok.ok && ok.isGoFile).toBe(true);
  });

  it("the window title path is resolved from the reported token, on main's side", async () => {
    const { c, grants } = setup();
    const file = grants.grant(join(dir, 'titled.gosched'), ['read', 'write']);
    c.reportState({ docId: 'd6', dirty: false, fileName: file.name, file: file.token });
    expect(c.documentPath).toBe(join(dir, 'titled.gosched'));
  });

  it('recovered work gets its file back as a token', () => {
    const { c, grants } = setup();
    const [work] = c.recoverable([
      { docId: 'w', path: join(dir, 'lost.gosched'), title: 't', text: '{}', savedAt: 1 },
    ]);
    expect(work?.file?.name).toBe('lost.gosched');
    expect(grants.pathFor(work?.file?.token, 'write')).toBe(join(dir, 'lost.gosched'));
    expect(work).not.toHaveProperty('path');
  });
});

describe('DocumentController.autosave validates the payload before writing it', () => {
  it.each<[string, unknown]>([
    ['not an object', 'x'],
    ['a bad document id', { docId: '../../escape', scenario, file: null }],
    [
      'an invalid scenario',
      { docId: 'a1', scenario: { ...scenario, settings: { cores: 0, seed: 1 } }, file: null },
    ],
    ['no scenario at all', { docId: 'a1', scenario: { title: 't' }, file: null }],
    ['a path instead of a file token', { docId: 'a1', scenario, file: '/etc/passwd' }],
    ['a token main never issued', { docId: 'a1', scenario, file: '00000000-0000-4000-8000-000000000000' }],
    ['an unknown key', { docId: 'a1', scenario, file: null, path: '/tmp/x' }],
    [
      'a scenario too large to open again',
      { docId: 'a1', scenario: { ...scenario, view: { junk: 'x'.repeat(6 * 1024 * 1024) } }, file: null },
    ],
  ])('refuses %s and writes nothing', async (_what, payload) => {
    const { c, autosaves } = setup();
    expect(await c.autosave(payload)).toBe(false);
    expect((await autosaves.recoverable()).entries).toEqual([]);
  });

  it('keeps a valid one with the path of its granted file', async () => {
    const { c, autosaves, grants } = setup();
    const file = grants.grant(join(dir, 'work.gosched'), ['read', 'write']);
    expect(await c.autosave({ docId: 'a2', scenario, file: file.token })).toBe(true);
    const [entry] = (await autosaves.recoverable()).entries;
    expect(entry).toMatchObject({
      docId: 'a2',
      path: join(dir, 'work.gosched'),
      text: writeScenario(scenario),
    });
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
      new PathGrants(),
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
      new PathGrants(),
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
