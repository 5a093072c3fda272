import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeScenario, type ScenarioFile } from '../../src-engine/protocol/scenarioFile';
import { FileService } from './FileService';

const dir = await mkdtemp(join(tmpdir(), 'gosched-files-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
const files = new FileService();

const scenario: ScenarioFile = {
  $schema: 'x',
  format: 'gosched-scenario',
  version: 2,
  title: 'ping-pong',
  description: 'two goroutines',
  settings: { cores: 1, seed: 3, model: 'go' },
  program: 'package main\n\nfunc main() {}\n',
  breakpoints: [],
  beats: [],
  view: {},
};

describe('FileService.save (atomic)', () => {
  it('writes the scenario and leaves no temporary file behind', async () => {
    const path = join(dir, 'a.gosched');
    const saved = await files.save(path, scenario);
    expect(saved.ok).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(writeScenario(scenario));
    expect(await readdir(dir)).toEqual(['a.gosched']);
  });

  it('replaces an existing file whole, and reopens to the same scenario', async () => {
    const path = join(dir, 'b.gosched');
    await writeFile(path, 'old content that is longer than nothing at all'.repeat(100));
    expect((await files.save(path, scenario)).ok).toBe(true);
    const opened = await files.open(path);
    expect(opened.ok && opened.value.scenario).toEqual({ ...scenario, $schema: expect.any(String) });
  });

  it('saves only the program to a .go path', async () => {
    const path = join(dir, 'main.go');
    expect((await files.save(path, scenario)).ok).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(scenario.program);
  });

  it('fails cleanly into a missing folder, naming the file', async () => {
    const path = join(dir, 'nope', 'c.gosched');
    const saved = await files.save(path, scenario);
    expect(saved).toEqual({ ok: false, errors: [`Cannot save ${path}: its folder does not exist.`] });
  });

  it('leaves the original untouched when the target cannot be replaced', async () => {
    const target = join(dir, 'is-a-folder.gosched');
    await mkdir(target);
    await writeFile(join(target, 'keep'), 'precious');
    const saved = await files.save(target, scenario);
    expect(saved.ok).toBe(false);
    expect(await readFile(join(target, 'keep'), 'utf8')).toBe('precious');
    expect((await readdir(dir)).filter((n) => n.includes('is-a-folder.gosched.'))).toEqual([]);
  });

  it.runIf(process.platform === 'linux')('refuses a read-only location with a clear message', async () => {
    let target: string;
    if (process.getuid?.() === 0) {
      target = '/sys/gosched-test.gosched'; // sysfs refuses new files even to root
    } else {
      const ro = join(dir, 'ro');
      await mkdir(ro);
      await chmod(ro, 0o555);
      target = join(ro, 'x.gosched');
    }
    const saved = await files.save(target, scenario);
    expect(saved.ok).toBe(false);
    if (!saved.ok)
      expect(saved.errors[0]).toMatch(
        new RegExp(`^Cannot save ${target}: (permission denied|the disk is read-only)`),
      );
  });
});

describe('FileService.open', () => {
  it('explains a vanished file', async () => {
    const path = join(dir, 'gone.gosched');
    expect(await files.open(path)).toEqual({
      ok: false,
      errors: [`Cannot open ${path}: the file does not exist (was it moved or deleted?).`],
    });
  });

  it('locates a wrong field with file:line:col and JSON path', async () => {
    const path = join(dir, 'bad.gosched');
    await writeFile(path, writeScenario(scenario).replace('"cores": 1', '"cores": "one"'));
    const opened = await files.open(path);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.errors[0]).toMatch(new RegExp(`^${path}:\\d+:\\d+: settings\\.cores: `));
  });

  it('refuses non-UTF-8 and files over 5 MB without loading them as scenarios', async () => {
    const bin = join(dir, 'bin.gosched');
    await writeFile(bin, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await files.open(bin)).toEqual({
      ok: false,
      errors: [`${bin}:1:2: invalid UTF-8 encoding`],
    });
    const big = join(dir, 'big.gosched');
    await writeFile(big, Buffer.alloc(5 * 1024 * 1024 + 10, 0x20));
    expect(await files.open(big)).toEqual({
      ok: false,
      errors: [`Cannot open ${big}: it is 5.0 MB; scenarios are limited to 5 MB.`],
    });
  });

  it('opens a plain Go file as a scenario with default settings', async () => {
    const path = join(dir, 'hello.go');
    await writeFile(path, 'package main\n');
    const opened = await files.open(path);
    expect(opened.ok && opened.value).toMatchObject({
      name: 'hello.go',
      isGoFile: true,
      scenario: { title: 'hello' },
    });
  });
});
