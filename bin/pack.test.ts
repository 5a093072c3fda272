import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The package as a user gets it: the CLI is built to plain JavaScript, packed with `npm pack`, installed from
// the tarball into an empty folder without dev dependencies, and run there (no tsx, no TypeScript, no
// Electron download). The build goes to a staging copy so that it never races other tests using out/cli.

const ROOT = join(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'gosched-pack-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello", 6*7)\n}\n';
const BAD = 'package main\n\nfunc main() {\n\tx := 1\n}\n';

/** This process's environment without `GOSCHED_WEB_DIST`: the installed package must find its own web app. */
function withoutWebDist(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['GOSCHED_WEB_DIST'];
  return env;
}

/** Runs npm quietly; throws with its output when it fails. */
function npm(args: string[], cwd: string): string {
  const r = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (r.status !== 0)
    throw new Error(`npm ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe('the gosched package (npm pack, install --omit=dev, run)', () => {
  const stage = join(tmp, 'stage');
  const app = join(tmp, 'app');
  let tarball = '';

  it('packs the built command line and nothing of the TypeScript sources', () => {
    mkdirSync(join(stage, 'bin'), { recursive: true });
    for (const f of ['package.json', 'README.md', 'bin/gosched.mjs', 'bin/codeCache.mjs'])
      copyFileSync(join(ROOT, f), join(stage, f));
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'vite.cli.config.ts',
        '--outDir',
        join(stage, 'out/cli'),
      ],
      { cwd: ROOT, stdio: 'pipe' },
    );
    // `gosched render` runs the built web app in headless Chromium: the package carries it.
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'vite.web.config.ts',
        '--outDir',
        join(stage, 'dist-web'),
        '--emptyOutDir',
      ],
      { cwd: ROOT, stdio: 'pipe' },
    );
    const packed = JSON.parse(
      npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], stage),
    ) as { filename: string; files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path).sort();
    expect(files).toContain('bin/gosched.mjs');
    expect(files).toContain('out/cli/main.mjs');
    expect(files).toContain('out/cli/cli.cjs');
    expect(files).toContain('bin/codeCache.mjs');
    expect(files).toContain('dist-web/index.html');
    expect(files.some((f) => /^dist-web\/assets\/.+\.js$/.test(f))).toBe(true);
    expect(files.filter((f) => /\.(ts|mts|svelte)$/.test(f))).toEqual([]);
    tarball = join(tmp, packed[0]!.filename);
    expect(existsSync(tarball)).toBe(true);
  });

  it('installs from the tarball into an empty folder without dev dependencies', () => {
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'gosched-user', private: true }));
    npm(['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', tarball], app);
    const modules = readdirSync(join(app, 'node_modules'));
    expect(modules).toContain('gosched-studio');
    for (const dev of ['tsx', 'electron', 'vite', 'typescript']) expect(modules).not.toContain(dev);
    expect(existsSync(join(app, 'node_modules/.bin/gosched'))).toBe(true);
  });

  const gosched = (...args: string[]) =>
    spawnSync(join(app, 'node_modules/.bin/gosched'), args, { cwd: app, encoding: 'utf8' });

  it('gosched run prints what the program prints', () => {
    writeFileSync(join(app, 'hello.go'), HELLO);
    expect(gosched('run', 'hello.go')).toMatchObject({ status: 0, stdout: 'hello 42\n', stderr: '' });
    // The first run left a V8 code cache beside the script build; the next run starts from it.
    const built = join(app, 'node_modules/gosched-studio/out/cli');
    expect(readdirSync(built).filter((f) => f.endsWith('.cache'))).toHaveLength(1);
    expect(gosched('run', 'hello.go')).toMatchObject({ status: 0, stdout: 'hello 42\n', stderr: '' });
  });

  it('gosched check reports located diagnostics', () => {
    writeFileSync(join(app, 'bad.go'), BAD);
    expect(gosched('check', 'hello.go')).toMatchObject({ status: 0, stderr: '' });
    expect(gosched('check', 'bad.go')).toMatchObject({
      status: 1,
      stderr: 'bad.go:4:2: declared and not used: x\n',
    });
  });

  it('gosched export-go writes a Go module', () => {
    expect(gosched('export-go', 'hello.go', 'mod')).toMatchObject({ status: 0 });
    expect(readFileSync(join(app, 'mod/main.go'), 'utf8')).toBe(HELLO);
    expect(readFileSync(join(app, 'mod/go.mod'), 'utf8')).toContain('module scenario');
    expect(readFileSync(join(app, 'mod/helpers.go'), 'utf8')).toContain('func work(');
  });

  it('gosched render makes a PNG still with the packaged web app in headless Chromium', () => {
    const lesson = join(ROOT, 'lessons/06-failures/01-deadlock.gosched');
    copyFileSync(lesson, join(app, 'deadlock.gosched'));
    const r = spawnSync(
      join(app, 'node_modules/.bin/gosched'),
      ['render', 'deadlock.gosched', 'still.png', '--width', '1280', '--height', '720'],
      // Found the way the tests find it (CHROMIUM_PATH, else /usr/bin/chromium); no web app outside the package.
      { cwd: app, encoding: 'utf8', env: withoutWebDist(), timeout: 120_000 },
    );
    expect(r.stderr).not.toMatch(/not built|error/i);
    expect(r.status).toBe(0);
    const png = readFileSync(join(app, 'still.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16–23.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 720]);
    expect(png.length).toBeGreaterThan(10_000);
  }, 180_000);

  it('gosched render makes a WebM and its WebVTT captions beside it', () => {
    const r = spawnSync(
      join(app, 'node_modules/.bin/gosched'),
      ['render', 'deadlock.gosched', 'lesson.webm', '--width', '256', '--height', '144', '--fps', '10'],
      { cwd: app, encoding: 'utf8', env: withoutWebDist(), timeout: 170_000 },
    );
    expect(r.stderr).not.toMatch(/cannot|error/i);
    expect(r.status).toBe(0);
    const webm = readFileSync(join(app, 'lesson.webm'));
    // The EBML magic of a Matroska/WebM file.
    expect(webm.readUInt32BE(0)).toBe(0x1a45dfa3);
    expect(readFileSync(join(app, 'lesson.vtt'), 'utf8')).toMatch(
      /^WEBVTT[\s\S]*fatal error: all goroutines are asleep - deadlock!/,
    );
    expect(readdirSync(app).filter((f) => f.includes('.tmp') || /\.webm\.\w+$/.test(f))).toEqual([]);
  }, 180_000);

  it('gosched --help prints the usage', () => {
    const r = gosched('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage:\n {2}gosched run FILE/);
  });
});
