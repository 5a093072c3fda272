/**
 * Bad input on the command line (issue 10, item 7): every problem is one located line, and nothing the user
 * made is lost or overwritten.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './main';

const dir = mkdtempSync(join(tmpdir(), 'gosched-bad-'));
function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}\n';

describe('export-go never overwrites a folder that is not empty unless --force', () => {
  it('refuses a folder holding go.mod and main.go, names them, and leaves them as they were', async () => {
    const out = join(dir, 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'go.mod'), 'module mine\n');
    writeFileSync(join(out, 'main.go'), '// my own work\n');
    const r = await cli('export-go', file('a.go', HELLO), out);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `gosched: ${out}: refusing to export into a folder that is not empty (it already has go.mod, main.go); choose an empty or new folder, or add --force to overwrite go.mod, main.go, helpers.go\n`,
    );
    expect(readFileSync(join(out, 'go.mod'), 'utf8')).toBe('module mine\n');
    expect(readFileSync(join(out, 'main.go'), 'utf8')).toBe('// my own work\n');
    expect(readdirSync(out).sort()).toEqual(['go.mod', 'main.go']);
  });
  it('refuses a folder with any other file too', async () => {
    const out = join(dir, 'notes');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'x');
    const r = await cli('export-go', file('b.go', HELLO), out);
    expect([r.code, r.stderr]).toEqual([
      1,
      expect.stringMatching(/notes: refusing to export into a folder that is not empty \(it is not empty\)/),
    ]);
  });
  it('refuses a path that is a file', async () => {
    const target = file('target.txt', 'keep');
    const r = await cli('export-go', file('c.go', HELLO), target);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `gosched: ${target}: exists and is not a folder\n` });
    expect(readFileSync(target, 'utf8')).toBe('keep');
  });
  it('overwrites the three files with --force and keeps the others', async () => {
    const out = join(dir, 'forced');
    mkdirSync(out);
    writeFileSync(join(out, 'main.go'), 'old');
    writeFileSync(join(out, 'README'), 'mine');
    expect((await cli('export-go', file('d.go', HELLO), out, '--force')).code).toBe(0);
    expect(readFileSync(join(out, 'main.go'), 'utf8')).toBe(HELLO);
    expect(readFileSync(join(out, 'README'), 'utf8')).toBe('mine');
  });
  it('writes into an empty or a new folder without --force', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect((await cli('export-go', file('e.go', HELLO), empty)).code).toBe(0);
    expect((await cli('export-go', file('f.go', HELLO), join(dir, 'new', 'deep'))).code).toBe(0);
    expect(readdirSync(join(dir, 'new', 'deep')).sort()).toEqual(['go.mod', 'helpers.go', 'main.go']);
  });
  it('--force takes no value and is only for export-go', async () => {
    expect((await cli('export-go', 'x.go', 'out', '--force=yes')).stderr).toMatch(
      /flag --force takes no value/,
    );
    expect((await cli('run', 'x.go', '--force')).stderr).toMatch(/unknown flag --force/);
  });
});
