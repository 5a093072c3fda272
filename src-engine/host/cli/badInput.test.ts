/**
 * Bad input on the command line (issue 10, item 7): every problem is one located line, and nothing the user
 * made is lost or overwritten.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

const GO = '/usr/lib/go-1.23/bin/go';
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

describe('invalid UTF-8 is located as go build locates it', () => {
  const bad = new Uint8Array([
    ...new TextEncoder().encode('package main\n\nfunc main() {\n\t'),
    0xff,
    ...new TextEncoder().encode('x := 1\n\t_ = x\n}\n'),
  ]);
  it('check and run print main.go:4:2: invalid UTF-8 encoding', async () => {
    const sub = join(dir, 'utf');
    mkdirSync(sub);
    const p = join(sub, 'main.go');
    writeFileSync(p, bad);
    for (const cmd of ['check', 'run'])
      expect(await cli(cmd, p)).toEqual({
        code: 1,
        stdout: '',
        stderr: 'gosched: main.go:4:2: invalid UTF-8 encoding\n',
      });
  });
  it('in a scenario file, at the line and column of the byte in the file', async () => {
    const head =
      '{"format":"gosched-scenario","version":1,"title":"t",\n"settings":{"cores":1,"seed":1},\n"program":"';
    const p = file('utf.gosched', new Uint8Array([...new TextEncoder().encode(head), 0xfe, 0x22, 0x7d]));
    expect((await cli('check', p)).stderr).toBe('gosched: utf.gosched:3:12: invalid UTF-8 encoding\n');
  });
  it.skipIf(!existsSync(GO))(
    'the same position as go build (Go 1.23)',
    () => {
      const mod = join(dir, 'utfmod');
      mkdirSync(mod);
      writeFileSync(join(mod, 'go.mod'), 'module x\n\ngo 1.23\n');
      writeFileSync(join(mod, 'main.go'), bad);
      const env = {
        ...process.env,
        GOTOOLCHAIN: 'local',
        GOFLAGS: '-mod=mod',
        GOCACHE: process.env['GOCACHE'] ?? join(tmpdir(), 'gosched-test-gocache'),
      };
      const r = spawnSync(GO, ['build', '-o', join(mod, 'prog'), '.'], { cwd: mod, env, encoding: 'utf8' });
      expect(r.stderr).toContain('main.go:4:2: invalid UTF-8 encoding');
    },
    60_000,
  );
});

describe('scenario files: check and run give the same located answer', () => {
  const scenario = (settings: string, extra = ''): string =>
    `{"format":"gosched-scenario","version":1,"title":"t",\n"settings":${settings},\n"program":"package main\\n\\nfunc main() {}\\n"${extra}}`;
  it.each<[string, string, string]>([
    [
      'an unknown cost',
      '{"cores":1,"seed":1,"cost":{"turbo":1}}',
      'c1.gosched:2:40: settings.cost.turbo: unknown field "turbo"',
    ],
    [
      'a 0 ns step',
      '{"cores":1,"seed":1,"cost":{"statementStepNs":0}}',
      'c2.gosched:2:58: settings.cost.statementStepNs: must be at least 1 ns',
    ],
    [
      'a cost above an hour',
      '{"cores":1,"seed":1,"cost":{"gcStwNs":4000000000000}}',
      'c3.gosched:2:50: settings.cost.gcStwNs: must be at most 3600000000000 ns (1 hour)',
    ],
    [
      'constructor as a cost',
      '{"cores":1,"seed":1,"cost":{"constructor":1}}',
      'c4.gosched:2:40: settings.cost.constructor: unknown field',
    ],
  ])('%s', async (_name, settings, message) => {
    const name = message.slice(0, message.indexOf(':'));
    const p = file(name, scenario(settings));
    for (const cmd of ['check', 'run']) {
      const r = await cli(cmd, p);
      expect(r.code).toBe(1);
      expect(r.stderr.startsWith(`gosched: ${message}`)).toBe(true);
    }
  });
  it('a file nested 3 000 levels deep: a located message, not an internal error', async () => {
    const p = file(
      'deep.gosched',
      scenario('{"cores":1,"seed":1}', `,"x":${'['.repeat(3000)}${']'.repeat(3000)}`),
    );
    const r = await cli('check', p);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'gosched: deep.gosched:3:149: nested more than 100 levels deep; scenario files are limited to 100 levels of objects and arrays\n',
    });
  });
  it('a top-level "__proto__" is refused, not applied', async () => {
    const p = file(
      'proto.gosched',
      scenario('{"cores":1,"seed":1}', ',"__proto__":{"settings":{"cores":9}}'),
    );
    expect((await cli('run', p)).stderr).toMatch(
      /^gosched: proto\.gosched:3:46: the key "__proto__" is not allowed/,
    );
  });
});

describe('the launcher (node bin/gosched.mjs, default stack): long chains go build accepts', () => {
  const BIN = fileURLToPath(new URL('../../../bin/gosched.mjs', import.meta.url));
  const main = (body: string): string =>
    `package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 7\n${body}\n}\n`;
  it.each<[string, string, string]>([
    ['a sum of 2 001 terms', main(`\tfmt.Println(${Array(2001).fill('x').join(' + ')})`), '14007\n'],
    [
      '2 500 else-ifs',
      main(
        '\tif x == 0 {\n\t}' +
          Array.from(
            { length: 2500 },
            (_, i) => ` else if x == ${i + 1} {\n\t\tfmt.Println(${i + 1})\n\t}`,
          ).join(''),
      ),
      '7\n',
    ],
  ])(
    '%s',
    (_name, src, out) => {
      const p = file(`chain${out.length}.go`, src);
      const r = spawnSync('node', [BIN, 'run', p], { encoding: 'utf8' });
      expect([r.stdout, r.stderr, r.status]).toEqual([out, '', 0]);
    },
    60_000,
  );
});
