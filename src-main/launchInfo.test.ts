import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from './cli/parseArgs';
import { loadLaunchInfo } from './launchInfo';

describe('loadLaunchInfo (real files)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gosched-launch-'));

  it('reads a scenario given on the command line', async () => {
    await writeFile(join(dir, 'a.go'), 'package main\n');
    const info = await loadLaunchInfo(parseArgs(['a.go', '--cores', '2']), dir);
    expect(info.scenario).toEqual({ path: join(dir, 'a.go'), name: 'a.go', text: 'package main\n' });
    expect(info.cores).toBe(2);
    expect(info.warnings).toEqual([]);
  });

  it('says plainly that a missing file does not exist, and still opens', async () => {
    const info = await loadLaunchInfo(parseArgs(['gone.go']), dir);
    expect(info.scenario).toBeUndefined();
    expect(info.warnings).toEqual([`Cannot open ${join(dir, 'gone.go')}: the file does not exist.`]);
  });

  it('rejects a folder and a file that is not UTF-8', async () => {
    await writeFile(join(dir, 'bad.go'), Buffer.from([0x70, 0xff, 0xfe]));
    const info = await loadLaunchInfo(parseArgs(['bad.go']), dir);
    expect(info.warnings[0]).toMatch(/bad\.go: it is not valid UTF-8 text/);
    const folder = await loadLaunchInfo(parseArgs(['.']), dir);
    expect(folder.warnings[0]).toMatch(/it is a folder, not a file/);
  });

  it('rejects a file over 5 MB without reading it', async () => {
    await writeFile(join(dir, 'big.go'), Buffer.alloc(6 * 1024 * 1024, 0x20));
    const info = await loadLaunchInfo(parseArgs(['big.go']), dir);
    expect(info.warnings[0]).toMatch(/6\.0 MB; scenarios are limited to 5 MB/);
  });
});
